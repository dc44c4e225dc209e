import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";

import { clock } from "@hpig/kit/standalone";
import { TEST_DATABASE_KIND } from "@hpig/kit/testing";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";

import { cacheStatusOf, NO_CACHE } from "./testkit/cache";
import { startTestFederation, TEST_CACHE_MODE, type TestFederation } from "./testkit/federation";
import { dataOf } from "./testkit/http";
import { editorOf, recordReport } from "./testkit/progress";

const REPO_ROOT = resolve(__dirname, "..");
const PLAN_DOCUMENT = join(REPO_ROOT, "services", "plan", "data", "ke-hoach-3438-KH-UBND-2012.txt");
const STANDING_OFFICE = {
  subject: "test:so",
  name: "Trần Thị Bình",
  agency: "CT",
  roles: ["standing-office" as const],
};

/**
 * Every path by which data is written, each shown to turn a cached answer (HIT) into the new one
 * (MISS, with the change) as soon as the write is done: the cache is never stale, whatever wrote.
 */
describe(`every committed write invalidates the cached answers it changes (${TEST_DATABASE_KIND}, ${TEST_CACHE_MODE})`, () => {
  let federation: TestFederation;
  let standingOffice: Record<string, string>;

  beforeAll(async () => {
    federation = await startTestFederation(TEST_DATABASE_KIND, {
      // The domains take registry edits up within a second by polling (the registry sync path): plan
      // announces none, so that an answer cached between the edit and the sync can be seen.
      subgraphEnv: {
        plan: { REGISTRY_NOTICES: "false" },
        ...Object.fromEntries(
          ["industry", "investment", "labour", "environment", "science", "agriculture"].map((domain) => [
            domain,
            { REGISTRY_SYNC_INTERVAL_MS: "1000" },
          ]),
        ),
      },
    });
    standingOffice = await federation.as(STANDING_OFFICE);
  });
  afterAll(() => federation?.stop());

  /**
   * Asks until the answer comes from the cache (HIT) and returns it. An earlier test's write may
   * still be settling (a domain taking up a registry edit by polling bumps its data version up to a
   * second later), which rightly turns one HIT into a MISS: up to 5 s are allowed for that.
   */
  async function cached<TData>(query: string, variables?: Record<string, unknown>): Promise<TData> {
    const deadline = Date.now() + 5_000;
    await federation.query(query, variables);
    for (;;) {
      const answer = await federation.query<TData>(query, variables);
      if (cacheStatusOf(answer) === "HIT" || Date.now() > deadline) {
        expect(cacheStatusOf(answer)).toBe("HIT");
        return dataOf(answer);
      }
      await new Promise((done) => setTimeout(done, 100));
    }
  }

  /** Asks once right after a write: the answer must be new (MISS) and equal to one computed uncached. */
  async function afterWrite<TData>(query: string, variables?: Record<string, unknown>): Promise<TData> {
    const answer = await federation.query<TData>(query, variables);
    expect(cacheStatusOf(answer)).toBe("MISS");
    expect(dataOf(answer)).toEqual(dataOf(await federation.query<TData>(query, variables, NO_CACHE)));
    return dataOf(answer);
  }

  it("a domain's GraphQL mutation: figures submitted", async () => {
    const query = '{ indicator(code: "TRAINING_COURSES") { series(from: "2014", to: "2014") { value revision } } }';
    const before = await cached<{ indicator: { series: unknown[] } }>(query);

    dataOf(
      await federation.query(
        `mutation ($input: SubmitObservationsInput!) { labour { submitObservations(input: $input) { created } } }`,
        {
          input: {
            observations: [{ indicatorCode: "TRAINING_COURSES", period: "2014", value: 125, status: "OFFICIAL" }],
          },
        },
        await editorOf(federation, "LDTBXH"),
      ),
    );
    const after = await afterWrite<{ indicator: { series: unknown[] } }>(query);

    expect(before.indicator.series).toEqual([]);
    expect(after.indicator.series).toEqual([{ value: 125, revision: 1 }]);
  });

  it("a spreadsheet upload to a domain", async () => {
    const query =
      '{ indicator(code: "INDUSTRIAL_PROJECTS_ATTRACTED") { series(from: "2016", to: "2016") { value breakdown { code } } } }';
    const before = await cached<{ indicator: { series: unknown[] } }>(query);
    const khdt = await editorOf(federation, "KHDT");
    const spreadsheets = `${federation.subgraphs["investment"].url}/spreadsheets`;
    const template = await fetch(`${spreadsheets}/template?agency=KHDT&year=2016&format=csv`, { headers: khdt });
    const rows = parse<Record<string, string>>(Buffer.from(await template.arrayBuffer()), { bom: true, columns: true });

    const upload = await fetch(`${spreadsheets}/upload`, {
      method: "POST",
      headers: { ...khdt, "content-type": "text/csv" },
      body: stringify(
        rows.map((row, index) => ({ ...row, value: String(10 + index) })),
        { header: true, bom: true },
      ),
    });
    const after = await afterWrite<{ indicator: { series: Array<{ value: number }> } }>(query);

    expect(upload.status).toBe(200);
    expect(before.indicator.series).toEqual([]);
    expect(after.indicator.series.length).toBeGreaterThan(0);
  });

  it("a registry edit of plan (updateTask)", async () => {
    const query = '{ task(code: "IX.3") { title version } }';
    const before = await cached<{ task: { title: string; version: number } }>(query);

    dataOf(
      await federation.query(
        `mutation ($input: UpdateTaskInput!) { committee { updateTask(input: $input) { version } } }`,
        { input: { code: "IX.3", expectedVersion: before.task.version, title: `${before.task.title} (sửa)` } },
        standingOffice,
      ),
    );
    const after = await afterWrite<{ task: { title: string; version: number } }>(query);

    expect(after.task).toEqual({ title: `${before.task.title} (sửa)`, version: before.task.version + 1 });
  });

  it("the committee's writes: a directive issued, a reporting deadline set", async () => {
    const directives = '{ directives(filter: { agency: "LDTBXH" }) { text } }';
    const cycle = "{ reportingCycle(year: 2016) { obligations { agencyCode deadline } } }";
    await cached(directives);
    await cached(cycle);
    const due = new Date(clock.now().getTime() + 30 * 24 * 60 * 60 * 1000 + 7 * 60 * 60 * 1000)
      .toISOString()
      .slice(0, 10);

    dataOf(
      await federation.query(
        `mutation ($input: IssueDirectiveInput!) { committee { issueDirective(input: $input) { id } } }`,
        { input: { agencyCode: "LDTBXH", text: "Báo cáo kết quả đào tạo nghề quý này", dueOn: due } },
      ),
    );
    dataOf(
      await federation.query(
        `mutation ($input: SetReportingDeadlineInput!) { committee { setReportingDeadline(input: $input) { deadline } } }`,
        { input: { agencyCode: "LDTBXH", year: 2016, deadline: "2016-12-20" } },
        standingOffice,
      ),
    );
    const issued = await afterWrite<{ directives: Array<{ text: string }> }>(directives);
    const deadlines = await afterWrite<{
      reportingCycle: { obligations: Array<{ agencyCode: string; deadline: string }> };
    }>(cycle);

    expect(issued.directives.map((directive) => directive.text)).toContain("Báo cáo kết quả đào tạo nghề quý này");
    expect(deadlines.reportingCycle.obligations.find((o) => o.agencyCode === "LDTBXH")?.deadline).toBe("2016-12-20");
  });

  it("the progress feed into plan's read model (taskSummary)", async () => {
    const query = "{ taskSummary { total byStatus { status count } } }";
    type Summary = { taskSummary: { byStatus: Array<{ status: string; count: number }> } };
    const count = (summary: Summary, status: string) =>
      summary.taskSummary.byStatus.find((entry) => entry.status === status)!.count;
    const before = await cached<Summary>(query);

    // V.4 (2012–2020) was not reported; reported under way, it is overdue today.
    await recordReport(federation, "labour", {
      taskCode: "V.4",
      period: "2013",
      state: "IN_PROGRESS",
      percentComplete: 30,
    });
    await feedDelivered(federation, "labour");
    const after = await afterWrite<Summary>(query);

    expect([count(after, "NOT_REPORTED"), count(after, "OVERDUE")]).toEqual([
      count(before, "NOT_REPORTED") - 1,
      count(before, "OVERDUE") + 1,
    ]);
  });

  it("the domains' registry sync: a domain's answer that reads its copy of the registry changes when the copy does", async () => {
    // V.2 (2012–2015) reported under way: overdue today, under way while its last year is 2030.
    const query = '{ task(code: "V.2") { endYear status } }';
    const statusFor = (endYear: number) => (endYear === 2030 ? "IN_PROGRESS" : "OVERDUE");
    await recordReport(federation, "labour", {
      taskCode: "V.2",
      period: "2014",
      state: "IN_PROGRESS",
      percentComplete: 50,
    });
    const original = dataOf(await federation.query<{ task: { endYear: number } }>(query)).task.endYear;
    const syncs = () =>
      federation.logs.filter((line) => line.startsWith("[labour]") && line.includes("task registry synced from plan"))
        .length;

    // Plan's answer changes at the edit; the domain's status when its copy is synced, a moment later.
    // A run where the sync came before the cached answer after the edit shows nothing of the sync:
    // the task's last year is moved back and forth until one shows it.
    let shown = false;
    let endYear = original;
    for (let attempt = 0; attempt < 6 && !shown; attempt += 1) {
      const previous = endYear;
      endYear = endYear === 2030 ? original : 2030;
      const { version } = dataOf(
        await federation.query<{ task: { version: number } }>('{ task(code: "V.2") { version } }'),
      ).task;
      const syncsBefore = syncs();
      dataOf(
        await federation.query(
          `mutation ($input: UpdateTaskInput!) { committee { updateTask(input: $input) { version } } }`,
          { input: { code: "V.2", expectedVersion: version, endYear } },
          standingOffice,
        ),
      );
      await federation.query(query);
      const beforeSync = await federation.query<{ task: { endYear: number; status: string } }>(query);
      const cachedBeforeSync = cacheStatusOf(beforeSync) === "HIT" && syncs() === syncsBefore;
      await federation.waitForLog(() => syncs() > syncsBefore, 20_000);
      const afterSync = await federation.query<{ task: { endYear: number; status: string } }>(query);

      expect(dataOf(afterSync).task).toEqual({ endYear, status: statusFor(endYear) });
      if (cachedBeforeSync) {
        expect(dataOf(beforeSync).task).toEqual({ endYear, status: statusFor(previous) });
        expect(cacheStatusOf(afterSync)).toBe("MISS");
        shown = true;
      }
    }
    expect(original).toBe(2015);
    expect(shown).toBe(true);
  });

  it("npm run import-plan, writing plan's database around the plan subgraph", async () => {
    const { tasks } = dataOf(
      await federation.query<{ tasks: Array<{ code: string; title: string }> }>("{ tasks { code title } }"),
    );
    const misspelt = tasks.find((task) => task.title.includes("chiến lực"))!;
    const query = `{ task(code: "${misspelt.code}") { title } }`;
    await cached(query);
    const folder = mkdtempSync(join(tmpdir(), "hpig-import-"));
    const amended = join(folder, "amended.txt");
    writeFileSync(amended, readFileSync(PLAN_DOCUMENT, "utf8").replace("chiến lực sản xuất", "chiến lược sản xuất"));

    const { stdout } = await promisify(execFile)(process.execPath, ["services/plan/dist/importer/cli.js", amended], {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        ...federation.cacheEnv,
        DATABASE_URL: federation.databaseUrl("plan"),
        AUTH_PUBLIC_KEY_FILE: federation.keyFiles.publicKeyFile,
      },
    });
    rmSync(folder, { recursive: true, force: true });
    const after = await afterWrite<{ task: { title: string } }>(query);

    expect(stdout).toContain("Changed: ");
    expect(stdout).not.toContain("response cache was not told");
    expect(after.task.title).toBe(misspelt.title.replace("chiến lực", "chiến lược"));
  });

  it("sample data loaded when a domain starts", async () => {
    const query = "{ agriculture { recentReports(limit: 3) { taskCode summary } } }";
    type Recent = { agriculture: { recentReports: Array<{ taskCode: string; summary: string }> } };
    const before = await cached<Recent>(query);
    const loaded = () =>
      federation.logs.filter((line) => line.startsWith("[agriculture]") && line.includes("sample data loaded")).length;

    await federation.restartSubgraph("agriculture", { LOAD_SAMPLE_DATA: "true" });
    // Ready with the registry copy it kept; the sample data follows its first sync with plan.
    await federation.waitForLog(() => loaded() > 0, 20_000);
    const after = await afterWrite<Recent>(query);

    expect(before.agriculture.recentReports).toEqual([]);
    expect(after.agriculture.recentReports).toHaveLength(3);
    for (const report of after.agriculture.recentReports) expect(report.summary).toMatch(/^\[Dữ liệu mẫu\]/);
  });
});

/** Waits until the domain's outbox is empty: plan has answered for every report, after committing it. */
async function feedDelivered(federation: TestFederation, domain: string): Promise<void> {
  const db = await federation.openDatabase(domain);
  try {
    for (;;) {
      const [row] = await db.query<Array<{ n: number | string }>>("SELECT COUNT(*) AS n FROM progress_outbox");
      if (Number(row.n) === 0) return;
      await new Promise((done) => setTimeout(done, 50));
    }
  } finally {
    await db.destroy();
  }
}
