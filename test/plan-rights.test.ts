import { TEST_DATABASE_KIND } from "@hpig/kit/testing";

import { AUDIT_ENTRY_FIELDS, type AuditEntryView } from "./testkit/audit";
import { startTestFederation, type TestFederation } from "./testkit/federation";
import { answeredWrites, dataOf, type GraphQLResult } from "./testkit/http";

/** The callers of the rights table; "anonymous" sends no token. */
const CALLERS = {
  committee: { subject: "test:committee-member", name: "Thành viên Ban chỉ đạo", roles: ["committee" as const] },
  "standing-office": {
    subject: "test:so-binh",
    name: "Trần Thị Bình",
    agency: "CT",
    roles: ["standing-office" as const],
  },
  editor: { subject: "test:editor-ldtbxh", name: "Nguyễn Văn An", agency: "LDTBXH", roles: ["editor" as const] },
  viewer: { subject: "test:viewer-khdt", name: "Phạm Thu Hà", agency: "KHDT", roles: ["viewer" as const] },
  service: { subject: "test:service-labour", name: "labour registry sync", roles: ["service" as const] },
};
type Role = keyof typeof CALLERS | "anonymous";
const ROLES: Role[] = ["committee", "standing-office", "editor", "viewer", "service", "anonymous"];
/** Roles that may sign in but write nothing in plan. */
const NON_WRITERS = ["committee", "editor", "viewer", "service"] as const;

/** Everything the plan serves to every signed-in caller. */
const READ = `{
  plan { number targets { code min max version } reportingRequirements { agency { code } } }
  tasks { code title version registryHistory { action actor { name } } }
  agencies { code }
  programGroups { code }
  indicators { code }
  reportingCycle(year: 2015) { year obligations { agencyCode deadline } }
}`;
const TRAIL = `query ($filter: AuditTrailFilter, $limit: Int) { plan { auditTrail(filter: $filter, limit: $limit) {
  ${AUDIT_ENTRY_FIELDS}
} } }`;
const TASK = `query ($code: ID!) { task(code: $code) {
  code title coordinationNote startYear endYear periodText version
  registryHistory { action entityKey before after actor { subject name agency roles } }
} }`;
const UPDATE_TASK = `mutation ($input: UpdateTaskInput!) { committee { updateTask(input: $input) {
  code title startYear endYear periodText version
} } }`;
const UPDATE_TARGET = `mutation ($input: UpdateTargetInput!) { committee { updateTarget(input: $input) { code min max version } } }`;
const SET_DEADLINE = `mutation ($input: SetReportingDeadlineInput!) { committee { setReportingDeadline(input: $input) {
  agencyCode year deadline deadlineSetBy
} } }`;

interface TaskView {
  code: string;
  title: string;
  coordinationNote: string;
  startYear: number;
  endYear: number;
  periodText: string;
  version: number;
  registryHistory: AuditEntryView[];
}

describe(`rights and the audit trail of the plan subgraph, through the gateway and directly (${TEST_DATABASE_KIND})`, () => {
  let federation: TestFederation;
  const headers: Partial<Record<Role, Record<string, string>>> = {};

  beforeAll(async () => {
    federation = await startTestFederation(TEST_DATABASE_KIND, { subgraphs: ["industry", "investment", "labour"] });
    for (const role of ROLES) {
      headers[role] = role === "anonymous" ? { authorization: "" } : await federation.as(CALLERS[role]);
    }
  });
  afterAll(() => federation?.stop());

  /** The two ways in: the gateway, and the plan subgraph's own /graphql, around the gateway. */
  const via = {
    gateway: (query: string, variables: Record<string, unknown>, role: Role) =>
      federation.query(query, variables, headers[role]),
    subgraph: (query: string, variables: Record<string, unknown>, role: Role) =>
      federation.subgraphQuery("plan", query, variables, headers[role]),
  };
  const PATHS = Object.keys(via) as Array<keyof typeof via>;

  /** The registry, the deadlines and the whole audit trail, read by the standing office. */
  const state = async () =>
    dataOf(
      await federation.query(
        `{
          tasks { code title coordinationNote startYear endYear periodText version }
          plan { targets { code min max version } auditTrail(limit: 500) { at action entityKey requestId } }
          y2016: reportingCycle(year: 2016) { obligations { agencyCode deadline deadlineSetBy } }
        }`,
        {},
        headers["standing-office"],
      ),
    );
  const trail = async (variables: Record<string, unknown> = {}) =>
    dataOf(await federation.query<{ plan: { auditTrail: AuditEntryView[] } }>(TRAIL, variables, headers["committee"]))
      .plan.auditTrail;
  const task = async (code: string) =>
    dataOf(await federation.query<{ task: TaskView }>(TASK, { code }, headers["viewer"])).task;

  describe("an anonymous caller", () => {
    it.each(PATHS)("gets 401 UNAUTHENTICATED and no data for a read (%s)", async (path) => {
      const result = await via[path]("{ tasks { code title } plan { number } }", {}, "anonymous");

      expect(result.status).toBe(401);
      expect(result.errors?.[0]?.extensions?.["code"]).toBe("UNAUTHENTICATED");
      expect(result.data ?? null).toBeNull();
    });

    it.each(PATHS)("gets 401 for a write, which changes and records nothing (%s)", async (path) => {
      const before = await state();
      const { version } = await task("I.2");

      const result = await via[path](
        UPDATE_TASK,
        { input: { code: "I.2", expectedVersion: version, title: "Sửa ẩn danh" } },
        "anonymous",
      );

      expect(result.status).toBe(401);
      expect(result.errors?.[0]?.extensions?.["code"]).toBe("UNAUTHENTICATED");
      expect(result.data ?? null).toBeNull();
      expect(await state()).toEqual(before);
    });
  });

  describe("every signed-in role reads everything the plan serves", () => {
    it.each(ROLES.filter((r) => r !== "anonymous").flatMap((role) => PATHS.map((path) => [role, path] as const)))(
      "%s (%s)",
      async (role, path) => {
        const result = await via[path](READ, {}, role);

        const data = dataOf(result as GraphQLResult<{ tasks: Array<{ version: number; registryHistory: unknown[] }> }>);
        expect(data.tasks).toHaveLength(55);
        // Every task has at least the seed in its history.
        expect(data.tasks.every((t) => t.version >= 1 && t.registryHistory.length >= 1)).toBe(true);
      },
    );
  });

  describe("the audit trail is the committee's and the standing office's", () => {
    it.each(PATHS.flatMap((path) => (["committee", "standing-office"] as const).map((role) => [role, path] as const)))(
      "%s reads it (%s)",
      async (role, path) => {
        const result = await via[path](TRAIL, { limit: 500 }, role);

        const entries = dataOf(result as GraphQLResult<{ plan: { auditTrail: AuditEntryView[] } }>).plan.auditTrail;
        // Oldest last: the seed at start, by the system.
        expect(entries.at(-1)).toMatchObject({
          action: "plan.import",
          entityType: "Plan",
          entityKey: "3438/KH-UBND",
          before: null,
          actor: { subject: "system:seed", agency: null, roles: ["standing-office"] },
        });
        expect(entries.at(-1)!.after).toMatchObject({
          plan: "3438/KH-UBND",
          changes: { task: { inserted: 55, updated: 0, deleted: 0 } },
        });
      },
    );

    it.each(PATHS.flatMap((path) => (["editor", "viewer", "service"] as const).map((role) => [role, path] as const)))(
      "%s gets FORBIDDEN (%s)",
      async (role, path) => {
        const result = await via[path](TRAIL, {}, role);

        expect(result.errors?.[0]?.extensions?.["code"]).toBe("FORBIDDEN");
        expect(result.errors?.[0]?.message).toBe("This needs the role committee or standing-office.");
        expect(result.data?.["plan"] ?? null).toBeNull();
      },
    );
  });

  describe("only the standing office writes", () => {
    const writes = (version: number): Array<[string, string, Record<string, unknown>]> => [
      ["updateTask", UPDATE_TASK, { input: { code: "I.1", expectedVersion: version, title: "Sửa trái phép" } }],
      [
        "updateTarget",
        UPDATE_TARGET,
        { input: { code: "IIP_GROWTH_2011_2015", expectedVersion: 1, min: 10, max: 11 } },
      ],
      [
        "setReportingDeadline",
        SET_DEADLINE,
        { input: { agencyCode: "LDTBXH", year: 2016, deadline: "2016-12-01", setBy: "Không được phép" } },
      ],
    ];

    it.each(
      NON_WRITERS.flatMap((role) => PATHS.flatMap((path) => writes(1).map(([name]) => [role, name, path] as const))),
    )("%s: %s is FORBIDDEN and changes and records nothing (%s)", async (role, name, path) => {
      const before = await state();
      const { version } = await task("I.1");
      const [, source, variables] = writes(version).find(([n]) => n === name)!;

      const result = await via[path](source, variables, role);

      expect(result.errors?.[0]?.extensions?.["code"]).toBe("FORBIDDEN");
      expect(result.errors?.[0]?.message).toBe("This needs the role standing-office.");
      expect(answeredWrites(result, "committee")).toEqual({});
      expect(await state()).toEqual(before);
    });

    it.each(PATHS)(
      "standing office: updateTask changes the task and records exactly one entry with before and after (%s)",
      async (path) => {
        const code = path === "gateway" ? "V.1" : "V.2";
        const before = await task(code);
        const entries = await trail({ limit: 500 });

        const result = await via[path](
          UPDATE_TASK,
          { input: { code, expectedVersion: before.version, title: `${before.title} (sửa ${path})`, endYear: 2016 } },
          "standing-office",
        );

        expect(dataOf(result as GraphQLResult<{ committee: { updateTask: unknown } }>).committee.updateTask).toEqual({
          code,
          title: `${before.title} (sửa ${path})`,
          startYear: before.startYear,
          endYear: 2016,
          periodText: `${before.startYear}-2016`,
          version: before.version + 1,
        });
        const after = await trail({ limit: 500 });
        expect(after).toHaveLength(entries.length + 1);
        expect(after.slice(1)).toEqual(entries);
        const entry = after[0];
        expect(entry).toMatchObject({
          action: "task.update",
          entityType: "Task",
          entityKey: code,
          actor: { subject: "test:so-binh", name: "Trần Thị Bình", agency: "CT", roles: ["standing-office"] },
          before: { code, title: before.title, endYear: before.endYear, version: before.version },
          after: { code, title: `${before.title} (sửa ${path})`, endYear: 2016, version: before.version + 1 },
        });
        const history = (await task(code)).registryHistory;
        expect(history).toHaveLength(before.registryHistory.length + 1);
        expect(history.slice(0, -1)).toEqual(before.registryHistory);
        expect(history.at(-1)).toEqual({
          action: entry.action,
          entityKey: entry.entityKey,
          before: entry.before,
          after: entry.after,
          actor: entry.actor,
        });
      },
    );

    it("standing office: setReportingDeadline records the caller and exactly one entry with the deadline before and after", async () => {
      const entries = await trail({ limit: 500 });

      const result = await federation.query<{ committee: { setReportingDeadline: unknown } }>(
        SET_DEADLINE,
        { input: { agencyCode: "LDTBXH", year: 2016, deadline: "2016-12-05", setBy: "Thông báo 45/TB-BCĐ" } },
        headers["standing-office"],
      );

      expect(dataOf(result).committee.setReportingDeadline).toEqual({
        agencyCode: "LDTBXH",
        year: 2016,
        deadline: "2016-12-05",
        deadlineSetBy: "Trần Thị Bình",
      });
      const after = await trail({ limit: 500 });
      expect(after).toHaveLength(entries.length + 1);
      expect(after[0]).toMatchObject({
        action: "deadline.set",
        entityType: "ReportingObligation",
        entityKey: "LDTBXH/2016",
        before: { deadline: "2016-12-31", setBy: null },
        after: { deadline: "2016-12-05", setBy: "Trần Thị Bình", reference: "Thông báo 45/TB-BCĐ" },
        actor: { subject: "test:so-binh" },
      });
      expect(await trail({ filter: { entityType: "ReportingObligation" } })).toEqual([after[0]]);
    });

    it("standing office: updateTarget changes the band, which the indicator's domain assesses against", async () => {
      const entries = await trail({ limit: 500 });

      const result = await federation.query<{ committee: { updateTarget: unknown } }>(
        UPDATE_TARGET,
        { input: { code: "IIP_GROWTH_2016_2020", expectedVersion: 1, min: 13.5, max: 15 } },
        headers["standing-office"],
      );
      const read = await federation.query<{ plan: { targets: Array<{ code: string; min: number; version: number }> } }>(
        `{ plan { targets { code min max version assessment(year: 2017) { min max } } } }`,
        {},
        headers["viewer"],
      );

      expect(dataOf(result).committee.updateTarget).toEqual({
        code: "IIP_GROWTH_2016_2020",
        min: 13.5,
        max: 15,
        version: 2,
      });
      expect(dataOf(read).plan.targets.find((t) => t.code === "IIP_GROWTH_2016_2020")).toEqual({
        code: "IIP_GROWTH_2016_2020",
        min: 13.5,
        max: 15,
        version: 2,
        assessment: { min: 13.5, max: 15 },
      });
      const after = await trail({ limit: 500 });
      expect(after).toHaveLength(entries.length + 1);
      expect(after[0]).toMatchObject({
        action: "target.update",
        entityKey: "IIP_GROWTH_2016_2020",
        before: { min: 14, max: 15, version: 1 },
        after: { min: 13.5, max: 15, version: 2 },
      });
    });
  });

  describe("a write that fails leaves no entry", () => {
    it.each([
      [
        "a stale expectedVersion",
        (version: number) => ({ expectedVersion: version + 5, title: "Cũ" }),
        "VERSION_CONFLICT",
      ],
      ["a blank title", (version: number) => ({ expectedVersion: version, title: "  " }), "BAD_USER_INPUT"],
      [
        "a first year after the last",
        (version: number) => ({ expectedVersion: version, startYear: 2020, endYear: 2019 }),
        "BAD_USER_INPUT",
      ],
      ["years out of range", (version: number) => ({ expectedVersion: version, endYear: 2200 }), "BAD_USER_INPUT"],
    ])("%s", async (_name, fields, code) => {
      const before = await state();
      const { version } = await task("VII.2");

      const result = await federation.query(
        UPDATE_TASK,
        { input: { code: "VII.2", ...fields(version) } },
        headers["standing-office"],
      );

      expect(result.errors?.[0]?.extensions?.["code"]).toBe(code);
      expect(answeredWrites(result, "committee")).toEqual({});
      expect(await state()).toEqual(before);
    });

    it("names the current version in a VERSION_CONFLICT", async () => {
      const { version } = await task("VII.3");
      await federation.query(
        UPDATE_TASK,
        { input: { code: "VII.3", expectedVersion: version, coordinationNote: "Các Sở, ngành liên quan" } },
        headers["standing-office"],
      );

      const stale = await federation.query(
        UPDATE_TASK,
        { input: { code: "VII.3", expectedVersion: version, title: "Bản dựa trên phiên bản cũ" } },
        headers["standing-office"],
      );

      expect(stale.errors?.[0]?.extensions?.["code"]).toBe("VERSION_CONFLICT");
      expect(stale.errors?.[0]?.message).toContain(`Task VII.3 is at version ${version + 1}, not ${version}`);
    });
  });

  it("lets exactly one of two standing-office editors sending the same expectedVersion at once win", async () => {
    const before = await task("IV.2");
    const entries = await trail({ limit: 500 });
    const second = await federation.as({
      subject: "test:so-cuong",
      name: "Lê Văn Cường",
      agency: "CT",
      roles: ["standing-office"],
    });

    const results = await Promise.all([
      federation.query(
        UPDATE_TASK,
        { input: { code: "IV.2", expectedVersion: before.version, title: "Bản của chị Bình" } },
        headers["standing-office"],
      ),
      federation.query(
        UPDATE_TASK,
        { input: { code: "IV.2", expectedVersion: before.version, title: "Bản của anh Cường" } },
        second,
      ),
    ]);

    const won = results.filter((r) => !r.errors);
    const lost = results.filter((r) => r.errors);
    expect([won.length, lost.length]).toEqual([1, 1]);
    expect(lost[0].errors?.[0]?.extensions?.["code"]).toBe("VERSION_CONFLICT");
    expect(lost[0].errors?.[0]?.message).toContain(`is at version ${before.version + 1}, not ${before.version}`);
    const after = await task("IV.2");
    expect(after.version).toBe(before.version + 1);
    expect(after.title).toBe(
      (won[0].data as { committee: { updateTask: { title: string } } }).committee.updateTask.title,
    );
    expect(await trail({ limit: 500 })).toHaveLength(entries.length + 1);
    expect(after.registryHistory).toHaveLength(before.registryHistory.length + 1);
    expect(after.registryHistory.at(-1)!.after).toMatchObject({ title: after.title, version: before.version + 1 });
  });

  it("reads the registry history of all 55 tasks in one batch", async () => {
    const result = await federation.subgraphQuery(
      "plan",
      "{ tasks { code registryHistory { action actor { name } } } }",
      {},
      headers["viewer"],
    );

    dataOf(result);
    // The tasks, then the history (the kit's loader: its subjects, then its entries), whatever the number of tasks.
    expect(result.extensions?.["sqlStatements"]).toBeLessThanOrEqual(3);
  });
});
