import { TEST_DATABASE_KIND } from "@hpig/kit/testing";

import { NO_CACHE } from "./testkit/cache";
import { startTestFederation, type TestFederation } from "./testkit/federation";
import { dataOf, type GraphQLResult } from "./testkit/http";
import { recordReport, vietnamToday } from "./testkit/progress";

interface TaskRow {
  code: string;
  title: string;
  domain: string;
  leadAgencies: Array<{ code: string }>;
  status: string | null;
  percentComplete: number | null;
  latestReport: { period: string; percentComplete: number } | null;
}

const DASHBOARD = (asOf: string) => `{
  tasks {
    code title domain leadAgencies { code }
    status(asOf: "${asOf}") percentComplete(asOf: "${asOf}") latestReport(asOf: "${asOf}") { period percentComplete }
  }
}`;

/** The tasks labour owns: LDTBXH leads them. */
const LABOUR_TASKS = ["I.6", "V.1", "V.2", "V.3", "V.4", "IX.3"];

const planFields = ({ code, title, domain, leadAgencies }: TaskRow) => ({ code, title, domain, leadAgencies });

describe(`one domain subgraph down (${TEST_DATABASE_KIND})`, () => {
  let federation: TestFederation;
  let beforeOutage: TaskRow[];
  let duringOutage: GraphQLResult<{ tasks: TaskRow[] }>;

  beforeAll(async () => {
    federation = await startTestFederation(TEST_DATABASE_KIND);
    await recordReport(federation, "labour", {
      taskCode: "V.1",
      period: "2014-H1",
      state: "IN_PROGRESS",
      percentComplete: 65,
    });
    await recordReport(federation, "industry", {
      taskCode: "II.2",
      period: "2016",
      state: "IN_PROGRESS",
      percentComplete: 70,
    });
    beforeOutage = dataOf(await federation.query<{ tasks: TaskRow[] }>(DASHBOARD(vietnamToday()))).tasks;

    await federation.stopSubgraph("labour");
    // Uncached: the answer cached before is still served while labour is down (its data cannot change
    // meanwhile); this suite is about the answer computed without it.
    duringOutage = await federation.query<{ tasks: TaskRow[] }>(DASHBOARD(vietnamToday()), undefined, NO_CACHE);
  });
  afterAll(() => federation?.stop());

  it("still answers all 55 tasks, with an error that names the labour service", () => {
    expect(duringOutage.status).toBe(200);
    expect(duringOutage.data?.tasks).toHaveLength(55);
    expect(duringOutage.errors?.map((error) => error.message)).toContainEqual(expect.stringMatching(/labour/));
    expect(duringOutage.errors?.map((error) => error.extensions)).toContainEqual(
      expect.objectContaining({ code: "SUBGRAPH_UNAVAILABLE", serviceName: "labour" }),
    );
  });

  it("nulls only labour's own fields of labour's tasks, keeping their plan fields", () => {
    const tasks = duringOutage.data!.tasks.filter((task) => task.domain === "LABOUR");

    expect(tasks.map((task) => task.code)).toEqual(LABOUR_TASKS);
    for (const task of tasks) {
      expect(task).toEqual({
        ...planFields(beforeOutage.find((before) => before.code === task.code)!),
        status: null,
        percentComplete: null,
        latestReport: null,
      });
      expect(task.leadAgencies).toEqual([{ code: "LDTBXH" }]);
    }
    // Before the outage labour did answer: the report of V.1 was there.
    expect(beforeOutage.find((task) => task.code === "V.1")).toMatchObject({
      status: "OVERDUE",
      percentComplete: 65,
      latestReport: { period: "2014-H1" },
    });
  });

  it("keeps every other domain's tasks exactly as they were, the industry report included", () => {
    const others = duringOutage.data!.tasks.filter((task) => task.domain !== "LABOUR");

    expect(others).toHaveLength(55 - LABOUR_TASKS.length);
    expect(others).toEqual(beforeOutage.filter((task) => task.domain !== "LABOUR"));
    expect(others.filter((task) => task.status === null)).toEqual([]);
    expect(others.find((task) => task.code === "II.2")).toMatchObject({
      status: "OVERDUE",
      percentComplete: 70,
      latestReport: { period: "2016", percentComplete: 70 },
    });
  });

  it("makes the gateway not ready, naming labour, while the other subgraphs check out", async () => {
    const ready = await fetch(`${federation.gateway.url}/ready`);

    expect(ready.status).toBe(503);
    const body = (await ready.json()) as { status: string; checks: Record<string, string> };
    expect(body.status).toBe("not ready");
    expect(body.checks["labour"]).toMatch(/^failed/);
    expect(Object.entries(body.checks).filter(([, check]) => check !== "ok")).toEqual([
      ["labour", body.checks["labour"]],
    ]);
  });
});
