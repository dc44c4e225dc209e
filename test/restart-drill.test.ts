import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { createMysqlDatabases, dropMysqlDatabases, TEST_DATABASE_KIND, TEST_MYSQL_URL } from "@hpig/kit/testing";
import { type FederationStorage, listSubgraphs, type TokenClaims } from "@hpig/tools";

import { dataOf } from "./testkit/http";
import {
  isRunning,
  type Launcher,
  type LauncherSetup,
  launcherSetup,
  rowCounts,
  startLauncher,
} from "./testkit/launcher";
import { DOMAINS } from "./testkit/progress";

const COMMITTEE: TokenClaims = { subject: "test:committee", name: "Ban chỉ đạo", roles: ["committee"] };
const STANDING_OFFICE: TokenClaims = {
  subject: "test:standing-office",
  name: "Văn phòng thường trực",
  agency: "CT",
  roles: ["standing-office"],
};
const editorOf = (agency: string): TokenClaims => ({
  subject: `test:editor:${agency}`,
  name: `Cán bộ ${agency}`,
  agency,
  roles: ["editor"],
});

interface RegistryTask {
  code: string;
  title: string;
  version: number;
  domain: string;
  startYear: number;
  leadAgencies: Array<{ code: string }>;
  reports: Array<{ period: string; revision: number }> | null;
}

/** What the committee reads: every task with its reports (sample ones included), the directives, the summary. */
const EVERYTHING = `{
  tasks { code title version periodText status(asOf: "2020-12-31")
    reports(includeRevisions: true) { period revision state percentComplete summary reportedAt reportingAgency { code } } }
  directives { id text dueOn addressees { agencyCode } }
  taskSummary(asOf: "2020-12-31") { total byStatus { status count } }
}`;

/** One report in each domain, on its first task, and two writes of the plan: an edit and a directive. */
async function writeEverywhere(launcher: Launcher, label: string): Promise<void> {
  const { tasks } = dataOf(
    await launcher.query<{ tasks: RegistryTask[] }>(
      COMMITTEE,
      "{ tasks { code title version domain startYear leadAgencies { code } reports(includeRevisions: true) { period revision } } }",
    ),
  );
  for (const domain of DOMAINS) {
    const task = tasks.find((candidate) => candidate.domain === domain.toUpperCase())!;
    const period = `${task.startYear}-Q4`;
    const revisions = (task.reports ?? []).filter((report) => report.period === period).map((r) => r.revision);
    const input = {
      taskCode: task.code,
      period,
      state: "IN_PROGRESS",
      percentComplete: 33,
      summary: `Diễn tập khởi động lại (${label}): báo cáo của ${domain}`,
      ...(revisions.length > 0 ? { expectedRevision: Math.max(...revisions) } : {}),
    };
    dataOf(
      await launcher.query(
        editorOf(task.leadAgencies[0].code),
        `mutation ($input: ReportTaskProgressInput!) { ${domain} { reportTaskProgress(input: $input) { revision } } }`,
        { input },
      ),
    );
  }
  const edited = tasks.find((task) => task.code === "IX.3")!;
  dataOf(
    await launcher.query(
      STANDING_OFFICE,
      "mutation ($input: UpdateTaskInput!) { committee { updateTask(input: $input) { version } } }",
      { input: { code: "IX.3", expectedVersion: edited.version, title: `${edited.title} (${label})` } },
    ),
  );
  const dueOn = new Date(Date.now() + 30 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
  dataOf(
    await launcher.query(
      COMMITTEE,
      "mutation ($input: IssueDirectiveInput!) { committee { issueDirective(input: $input) { id } } }",
      { input: { agencyCode: "LDTBXH", text: `Chỉ đạo trong diễn tập (${label})`, dueOn } },
    ),
  );
}

/**
 * The operator's restart: `npm start` on a data folder (or MySQL databases), written to through every
 * domain and the plan, stopped with SIGTERM — every process exits cleanly within 10 s and nothing
 * is left running — and started again: everything reads back as it was, and nothing is loaded twice
 * (the plan document, the sample reports and figures).
 */
describe(`restart drill: npm start stopped with SIGTERM and started again (${TEST_DATABASE_KIND})`, () => {
  let setup: LauncherSetup;
  let launcher: Launcher | undefined;
  let cleanup: () => Promise<void>;
  let before: unknown;
  let countsAtRest: Record<string, Record<string, number>>;

  beforeAll(async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "hpig-restart-"));
    let storage: FederationStorage = { kind: "sqlite", dataDir };
    cleanup = async () => rmSync(dataDir, { recursive: true, force: true });
    if (TEST_DATABASE_KIND === "mysql") {
      const databasePrefix = `hpig_rd_${randomBytes(3).toString("hex")}_`;
      const names = listSubgraphs().map((entry) => `${databasePrefix}${entry.name}`);
      await createMysqlDatabases(TEST_MYSQL_URL!, names);
      storage = { kind: "mysql", serverUrl: TEST_MYSQL_URL!, databasePrefix };
      cleanup = async () => {
        await dropMysqlDatabases(TEST_MYSQL_URL!, names);
        rmSync(dataDir, { recursive: true, force: true });
      };
    }
    setup = await launcherSetup(dataDir, storage);
    launcher = await startLauncher(setup);
  });
  afterAll(async () => {
    launcher?.kill();
    await cleanup?.();
  });

  it("stops every process cleanly within 10 s on SIGTERM, leaving nothing running", async () => {
    await writeEverywhere(launcher!, "trước khi dừng");
    before = dataOf(await launcher!.query(COMMITTEE, EVERYTHING));
    const children = launcher!.children();
    expect(children).toHaveLength(listSubgraphs().length + 1);

    const exit = await launcher!.terminate();
    process.stdout.write(`restart drill (${TEST_DATABASE_KIND}): npm start stopped in ${exit.ms.toFixed(0)} ms\n`);

    expect(exit).toMatchObject({ code: 0, signal: null });
    expect(launcher!.output).toContain("Stopped.");
    expect(exit.ms).toBeLessThan(10_000);
    expect(children.filter(isRunning)).toEqual([]);
    launcher = undefined;
  });

  it("reads everything back after starting again on the same data, nothing loaded twice", async () => {
    countsAtRest = await rowCounts(setup.storage);
    // Started again as a server would run it: the same data under NODE_ENV=production.
    launcher = await startLauncher(setup, "production");
    expect(launcher.output.join("\n")).toContain("NODE_ENV=production: paste it into the app's sign-in page");

    expect(dataOf(await launcher.query(COMMITTEE, EVERYTHING))).toEqual(before);
    expect(await rowCounts(setup.storage)).toEqual(countsAtRest);
    // The sample reports and figures were there, once (on MySQL because the drill asks for them).
    expect(countsAtRest["labour"]["progress_report"]).toBeGreaterThan(0);
    expect(countsAtRest["labour"]["observation"]).toBeGreaterThan(0);
  });

  it("takes writes again, and stops cleanly again", async () => {
    await writeEverywhere(launcher!, "sau khi khởi động lại");
    const children = launcher!.children();

    const exit = await launcher!.terminate();

    expect(exit).toMatchObject({ code: 0, signal: null });
    expect(exit.ms).toBeLessThan(10_000);
    expect(children.filter(isRunning)).toEqual([]);
    launcher = undefined;
  });
});
