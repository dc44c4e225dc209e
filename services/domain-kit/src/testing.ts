import "reflect-metadata";

import { clock, domainFieldName, domainTaskTypeName, type RunningSubgraph, startSubgraph } from "@hpig/kit";
import {
  createTestAuth,
  createTestDatabase,
  openMigratedDataSource,
  pendingSchemaChanges,
  TEST_DATABASE_KIND,
  type TestAuth,
  type TestDatabase,
} from "@hpig/kit/testing";

import type { DomainSubgraph } from "./domain/domain-subgraph";

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/**
 * What every domain subgraph proves on its own, in its package's `subgraph.test.ts`: its
 * migrations build exactly the schema its entities describe, and over HTTP it answers nothing
 * without a token, resolves its task entities, records a report and refuses another domain's task.
 * A department adds the tests of its own rules beside this call.
 */
export function describeDomainSubgraph(subgraph: DomainSubgraph): void {
  const { name, domain } = subgraph;
  const namespace = domainFieldName(domain);
  const taskType = domainTaskTypeName(domain);
  const year = clock.now().getUTCFullYear();
  // The registry copy is seeded directly (plan is not running). The task runs from last year to
  // next, so a report recorded today is known on AS_OF, a date inside its years.
  const ownTask = {
    code: "T.1",
    domain,
    startYear: year - 1,
    endYear: year + 1,
    leadAgencies: ["LEAD"],
    coordinatingAgencies: ["COORDINATOR"],
  };
  const otherTask = { ...ownTask, code: "T.2", domain: domain === "INDUSTRY" ? "LABOUR" : "INDUSTRY" };
  const asOf = `${year + 1}-06-30`;
  const statusQuery = `query Status($representations: [_Any!]!, $asOf: LocalDate) {
    _entities(representations: $representations) { ... on ${taskType} { code status(asOf: $asOf) } }
  }`;
  const reportMutation = `mutation Report($input: ReportTaskProgressInput!) {
    ${namespace} { reportTaskProgress(input: $input) { revision state } }
  }`;

  describe(`${name} subgraph (${TEST_DATABASE_KIND})`, () => {
    it("migrates to exactly the schema its entities describe", async () => {
      const database = await createTestDatabase(TEST_DATABASE_KIND, name);
      const db = await openMigratedDataSource(subgraph, database.url);
      try {
        expect(await pendingSchemaChanges(db)).toEqual([]);
      } finally {
        await db.destroy();
        await database.drop();
      }
    });

    describe("over HTTP", () => {
      let database: TestDatabase;
      let running: RunningSubgraph;
      let auth: TestAuth;
      let editor: string;

      const post = async <T>(
        query: string,
        variables: Record<string, unknown>,
        token: string | null = editor,
      ): Promise<GraphQLResponse<T> & { status: number }> => {
        const response = await fetch(running.graphqlUrl, {
          method: "POST",
          headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify({ query, variables }),
        });
        return { status: response.status, ...((await response.json()) as GraphQLResponse<T>) };
      };
      const statusOf = async (code: string) => {
        const body = await post<{ _entities: Array<{ status: string }> }>(statusQuery, {
          representations: [{ __typename: taskType, code }],
          asOf,
        });
        expect(body.errors).toBeUndefined();
        return body.data?._entities[0]?.status;
      };
      const report = (taskCode: string) =>
        post<Record<string, { reportTaskProgress: { revision: number; state: string } }>>(reportMutation, {
          input: {
            taskCode,
            period: String(year),
            state: "IN_PROGRESS",
            percentComplete: 40,
            summary: "Đã triển khai",
          },
        });
      const reportCount = () => running.db.getRepository("progress_report").count();

      beforeAll(async () => {
        auth = await createTestAuth();
        editor = await auth.token({ agency: "LEAD", roles: ["editor"], name: "Nguyễn Văn A" });
        database = await createTestDatabase(TEST_DATABASE_KIND, name);
        running = await startSubgraph(subgraph, {
          ...auth.env,
          PORT: "0",
          HOST: "127.0.0.1",
          DATABASE_URL: database.url,
          LOG_LEVEL: "silent",
          // Nothing listens there: the registry copy is seeded below instead of synced.
          SUBGRAPH_PLAN_URL: "http://127.0.0.1:9/graphql",
        });
        await running.db.getRepository("task_reference").insert([ownTask, otherTask]);
      });
      afterAll(async () => {
        await running?.close();
        await database?.drop();
        auth?.cleanup();
      });

      it("answers nothing without a token", async () => {
        const body = await post(statusQuery, { representations: [{ __typename: taskType, code: ownTask.code }] }, null);

        expect(body.status).toBe(401);
        expect(body.errors?.map((error) => error.extensions?.code)).toEqual(["UNAUTHENTICATED"]);
      });

      it(`resolves ${taskType} entities, records a report as revision 1, and the status follows it`, async () => {
        expect(await statusOf(ownTask.code)).toBe("NOT_REPORTED");

        const body = await report(ownTask.code);

        expect(body.errors).toBeUndefined();
        expect(body.data?.[namespace]?.reportTaskProgress).toEqual({ revision: 1, state: "IN_PROGRESS" });
        expect(await statusOf(ownTask.code)).toBe("IN_PROGRESS");
      });

      it("refuses a report on another domain's task and writes nothing", async () => {
        const before = await reportCount();

        const body = await report(otherTask.code);

        expect(body.errors?.map((error) => error.extensions?.code)).toEqual(["TASK_NOT_OWNED"]);
        expect(await reportCount()).toBe(before);
      });
    });
  });
}
