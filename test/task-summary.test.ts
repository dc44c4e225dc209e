import { TEST_DATABASE_KIND } from "@hpig/kit/testing";

import { startTestFederation, type TestFederation } from "./testkit/federation";
import { dataOf, sendRaw } from "./testkit/http";
import { type DomainName, recordReport, waitForProgressFeed } from "./testkit/progress";

const STATUSES = ["COMPLETED_ON_TIME", "COMPLETED_LATE", "IN_PROGRESS", "OVERDUE", "NOT_STARTED", "NOT_REPORTED"];
/** Dates across the plan's life: before it began, each reporting season, after its horizon. */
const DATES = [
  "2011-12-31",
  "2012-06-30",
  "2013-12-31",
  "2015-06-30",
  "2016-06-30",
  "2018-03-31",
  "2020-12-31",
  "2026-01-01",
];

interface TaskRow {
  code: string;
  domain: string;
  group: { code: string };
  leadAgencies: Array<{ code: string }>;
  status: string | null;
}

interface Summary {
  asOf: string;
  total: number;
  byStatus: Array<{ status: string; count: number }>;
  buckets: Array<{ key: string; label: string; total: number; byStatus: Array<{ status: string; count: number }> }>;
}

const PER_TASK = `query ($asOf: LocalDate) { tasks { code domain group { code } leadAgencies { code } status(asOf: $asOf) } }`;
const SUMMARY = `query ($asOf: LocalDate, $groupBy: TaskGrouping) {
  taskSummary(asOf: $asOf, groupBy: $groupBy) { asOf total byStatus { status count } buckets { key label total byStatus { status count } } }
}`;

/** The counts the test expects, computed here from the tasks' own statuses (every status, zeros included). */
function countsOf(rows: TaskRow[]): Array<{ status: string; count: number }> {
  return STATUSES.map((status) => ({ status, count: rows.filter((row) => row.status === status).length }));
}

describe(`task summary and status filter against each task's own status (${TEST_DATABASE_KIND})`, () => {
  let federation: TestFederation;

  beforeAll(async () => {
    federation = await startTestFederation(TEST_DATABASE_KIND, { sampleData: true });
    await waitForProgressFeed(federation);
  });
  afterAll(async () => {
    await federation?.stop();
  });

  async function perTask(asOf: string): Promise<TaskRow[]> {
    const tasks = dataOf(await federation.query<{ tasks: TaskRow[] }>(PER_TASK, { asOf })).tasks;
    expect(tasks.every((task) => STATUSES.includes(task.status ?? ""))).toBe(true);
    return tasks;
  }

  it.each(DATES)(
    "counts every status as the tasks do, in total and per group, lead and domain, as of %s",
    async (asOf) => {
      const tasks = await perTask(asOf);
      const byGroup = dataOf(await federation.query<{ taskSummary: Summary }>(SUMMARY, { asOf, groupBy: "GROUP" }));
      const byLead = dataOf(
        await federation.query<{ taskSummary: Summary }>(SUMMARY, { asOf, groupBy: "LEAD_AGENCY" }),
      );
      const byDomain = dataOf(await federation.query<{ taskSummary: Summary }>(SUMMARY, { asOf, groupBy: "DOMAIN" }));

      for (const { taskSummary } of [byGroup, byLead, byDomain]) {
        expect(taskSummary.asOf).toBe(asOf);
        expect(taskSummary.total).toBe(55);
        expect(taskSummary.byStatus).toEqual(countsOf(tasks));
      }
      const groups = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"];
      expect(byGroup.taskSummary.buckets.map((b) => b.key)).toEqual(groups);
      for (const bucket of byGroup.taskSummary.buckets) {
        const rows = tasks.filter((task) => task.group.code === bucket.key);
        expect({ key: bucket.key, total: bucket.total, byStatus: bucket.byStatus }).toEqual({
          key: bucket.key,
          total: rows.length,
          byStatus: countsOf(rows),
        });
      }
      const leads = [...new Set(tasks.flatMap((task) => task.leadAgencies.map((a) => a.code)))];
      expect(byLead.taskSummary.buckets.map((b) => b.key).sort()).toEqual(leads.sort());
      for (const bucket of byLead.taskSummary.buckets) {
        const rows = tasks.filter((task) => task.leadAgencies.some((a) => a.code === bucket.key));
        expect({ key: bucket.key, byStatus: bucket.byStatus }).toEqual({ key: bucket.key, byStatus: countsOf(rows) });
      }
      // III.2's two leads each count it.
      expect(byLead.taskSummary.buckets.reduce((sum, b) => sum + b.total, 0)).toBe(56);
      for (const bucket of byDomain.taskSummary.buckets) {
        const rows = tasks.filter((task) => task.domain === bucket.key);
        expect({ key: bucket.key, byStatus: bucket.byStatus }).toEqual({ key: bucket.key, byStatus: countsOf(rows) });
      }
    },
  );

  it.each(DATES)("filters tasks by status as each task reports it, as of %s", async (asOf) => {
    const tasks = await perTask(asOf);
    for (const status of STATUSES) {
      const filtered = dataOf(
        await federation.query<{ tasks: Array<{ code: string }> }>(
          `query ($status: TaskStatus, $asOf: LocalDate) { tasks(filter: { status: $status, asOf: $asOf }) { code } }`,
          { status, asOf },
        ),
      ).tasks;
      expect({ status, codes: filtered.map((t) => t.code) }).toEqual({
        status,
        codes: tasks.filter((task) => task.status === status).map((task) => task.code),
      });
    }
  });

  it("sees a report through the summary and the filter once the domain has recorded it", async () => {
    const today = `query { taskSummary { byStatus { status count } } }`;
    const before = dataOf(await federation.query<{ taskSummary: Summary }>(today)).taskSummary;
    const tasks = dataOf(
      await federation.query<{
        tasks: Array<{
          code: string;
          domain: string;
          endYear: number;
          status: string;
          leadAgencies: unknown[];
          reports: Array<{ period: string; revision: number }>;
        }>;
      }>(`{ tasks { code domain endYear status leadAgencies { code } reports { period revision } } }`),
    ).tasks;
    const task = tasks.find((t) => !t.status.startsWith("COMPLETED") && t.leadAgencies.length === 1);
    if (!task) throw new Error("the sample data completes every task");
    const period = String(task.endYear);
    const latest = task.reports.find((report) => report.period === period);
    await recordReport(federation, task.domain.toLowerCase() as DomainName, {
      taskCode: task.code,
      period,
      state: "COMPLETED",
      percentComplete: 100,
      completedOn: `${period}-11-20`,
      ...(latest ? { expectedRevision: latest.revision } : {}),
    });
    await waitForProgressFeed(federation);

    const after = dataOf(await federation.query<{ taskSummary: Summary }>(today)).taskSummary;
    const count = (summary: Summary, status: string) =>
      summary.byStatus.find((entry) => entry.status === status)!.count;
    expect(count(after, "COMPLETED_ON_TIME")).toBe(count(before, "COMPLETED_ON_TIME") + 1);
    expect(count(after, task.status)).toBe(count(before, task.status) - 1);
    const completed = dataOf(
      await federation.query<{ tasks: Array<{ code: string }> }>(
        `{ tasks(filter: { status: COMPLETED_ON_TIME }) { code } }`,
      ),
    ).tasks;
    expect(completed.map((t) => t.code)).toContain(task.code);
  });

  it("refuses a status date without a status, and a status in a summary's filter", async () => {
    const lonely = await federation.query(`{ tasks(filter: { asOf: "2016-06-30" }) { code } }`);
    expect(lonely.errors?.[0]?.extensions?.["code"]).toBe("BAD_USER_INPUT");
    expect(lonely.errors?.[0]?.message).toMatch(/give status too/);
    const summary = await federation.query(`{ taskSummary(filter: { status: OVERDUE }) { total } }`);
    expect(summary.errors?.[0]?.extensions?.["code"]).toBe("BAD_USER_INPUT");
  });

  it("takes the feed from services only and keeps a revision once", async () => {
    const url = `${federation.subgraphs["plan"].url}/feeds/progress`;
    const report = {
      id: 999_999,
      taskCode: "V.1",
      reportingAgency: "LDTBXH",
      period: "2013",
      periodType: "YEAR",
      periodEnd: "2013-12-31",
      revision: 1,
      state: "IN_PROGRESS",
      completedOn: null,
      percentComplete: 10,
      summary: "…",
      difficulties: null,
      proposals: null,
      budgetEstimatedVnd: null,
      budgetSpentVnd: null,
      documentRefs: [],
      reporter: "x",
      reportedAt: "2013-12-20T03:00:00.000Z",
      sample: false,
    };
    const post = async (headers: Record<string, string>, body: unknown) =>
      sendRaw(url, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify(body),
      });
    const editor = await federation.as({ subject: "t:e", name: "e", agency: "LDTBXH", roles: ["editor"] });
    const committee = await federation.as({ subject: "t:c", name: "c", roles: ["committee"] });
    const service = await federation.as({ subject: "t:s", name: "s", roles: ["service"] });
    expect((await post({}, { domain: "LABOUR", reports: [report] })).status).toBe(401);
    expect((await post(editor, { domain: "LABOUR", reports: [report] })).status).toBe(403);
    expect((await post(committee, { domain: "LABOUR", reports: [report] })).status).toBe(403);
    const status = async () =>
      (
        (await (await fetch(url, { headers: committee })).json()) as {
          domains: Array<{ domain: string; reports: number }>;
        }
      ).domains.find((d) => d.domain === "LABOUR")!.reports;
    const held = await status();
    const bad = await post(service, { domain: "LABOUR", reports: [{ ...report, percentComplete: 140 }, report] });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad)).toMatch(/reports\.0\.percentComplete/);
    expect(await status()).toBe(held);
    const unknownDomain = await post(service, { domain: "TOURISM", reports: [report] });
    expect(unknownDomain.status).toBe(400);
    const first = await post(service, { domain: "LABOUR", reports: [report] });
    const again = await post(service, { domain: "LABOUR", reports: [report] });
    expect([first.status, again.status]).toEqual([200, 200]);
    expect([
      (first as unknown as { recorded: number }).recorded,
      (again as unknown as { recorded: number }).recorded,
    ]).toEqual([1, 0]);
    expect(await status()).toBe(held + 1);
  });
});
