import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { promisify } from "node:util";

import { clock } from "@hpig/kit/clock";
import { TEST_DATABASE_KIND } from "@hpig/kit/testing";
import { listSubgraphs } from "@hpig/tools";

import { AUDIT_ENTRY_FIELDS, type AuditEntryView } from "./testkit/audit";
import { startTestFederation, type TestFederation } from "./testkit/federation";
import { dataOf } from "./testkit/http";
import { recordReport, waitForProgressFeed } from "./testkit/progress";

const REPO_ROOT = resolve(__dirname, "..");
const SUBGRAPHS = listSubgraphs().map((entry) => entry.name);

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** The environment `npm start` would be given for this federation's storage, and nothing else. */
function storageEnv(federation: TestFederation): NodeJS.ProcessEnv {
  const plan = federation.databaseUrl("plan");
  if (plan.startsWith("sqlite:")) return { DATA_DIR: dirname(plan.slice("sqlite:".length)) };
  const url = new URL(plan);
  const database = url.pathname.slice(1);
  url.pathname = "";
  return { MYSQL_URL: url.toString().replace(/\/$/, ""), MYSQL_DATABASE_PREFIX: database.slice(0, -"plan".length) };
}

async function run(federation: TestFederation, tool: "backup" | "restore", folder: string): Promise<CliRun> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [`tools/dist/${tool}.js`, folder], {
      cwd: REPO_ROOT,
      // The federation's clock (clock-setup.ts), as every process the test kit starts reads it.
      env: { PATH: process.env["PATH"], CLOCK_OFFSET_MS: process.env["CLOCK_OFFSET_MS"], ...storageEnv(federation) },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

type Rows = Array<Record<string, unknown>>;

/** Every row of every table of every subgraph's database, each table's rows in a stable order. */
async function contents(federation: TestFederation): Promise<Record<string, Record<string, Rows>>> {
  const all: Record<string, Record<string, Rows>> = {};
  for (const subgraph of SUBGRAPHS) {
    const db = await federation.openDatabase(subgraph);
    try {
      const tables: Array<{ name: string }> = await db.query(
        db.options.type === "better-sqlite3"
          ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
          : "SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE'",
      );
      all[subgraph] = {};
      for (const { name } of tables) {
        const rows: Rows = await db.query(`SELECT * FROM ${db.driver.escape(name)}`);
        all[subgraph][name] = rows.map((row) => ({ ...row })).sort((a, b) => stable(a).localeCompare(stable(b)));
      }
    } finally {
      await db.destroy();
    }
  }
  return all;
}

function stable(row: Record<string, unknown>): string {
  return JSON.stringify(row, (_, value: unknown) => (typeof value === "bigint" ? value.toString() : value));
}

/** The databases without the entries a restore records (and their subjects). */
function withoutRestoreEntries(all: Record<string, Record<string, Rows>>): Record<string, Record<string, Rows>> {
  return Object.fromEntries(
    Object.entries(all).map(([subgraph, tables]) => {
      const restoreIds = new Set(
        (tables["audit_entry"] ?? []).filter((row) => row["action"] === "database.restore").map((row) => row["id"]),
      );
      return [
        subgraph,
        {
          ...tables,
          audit_entry: (tables["audit_entry"] ?? []).filter((row) => !restoreIds.has(row["id"])),
          audit_subject: (tables["audit_subject"] ?? []).filter((row) => !restoreIds.has(row["entry_id"])),
        },
      ];
    }),
  );
}

async function trail(federation: TestFederation, subgraph: "plan" | "labour"): Promise<AuditEntryView[]> {
  const result = await federation.query<Record<string, { auditTrail: AuditEntryView[] }>>(
    `{ ${subgraph} { auditTrail(limit: 5) { ${AUDIT_ENTRY_FIELDS} } } }`,
  );
  return dataOf(result)[subgraph].auditTrail;
}

/**
 * How far a time the tools wrote is from the test clock: they stamp backups and audit entries with
 * the one clock the services read (noon in Viet Nam in a test run), not the real time.
 */
function offTheClockMs(iso: string): number {
  return Math.abs(Date.parse(iso) - clock.now().getTime());
}

async function labourReports(federation: TestFederation): Promise<string[]> {
  const result = await federation.query<{ task: { reports: Array<{ period: string }> } }>(
    '{ task(code: "V.1") { ... on LabourTask { reports { period } } } }',
  );
  return dataOf(result)
    .task.reports.map((report) => report.period)
    .sort();
}

describe(`backup and restore drill (${TEST_DATABASE_KIND})`, () => {
  let federation: TestFederation;
  let folder: string;

  beforeAll(async () => {
    federation = await startTestFederation(TEST_DATABASE_KIND);
    folder = join(mkdtempSync(join(tmpdir(), "hpig-backup-")), "backup");
  });
  afterAll(async () => {
    await federation?.stop();
    rmSync(dirname(folder), { recursive: true, force: true });
  });

  it("backs up the running federation, and a restore brings back exactly what was backed up, saying so in every audit trail", async () => {
    await recordReport(federation, "labour", {
      taskCode: "V.1",
      period: "2013-H1",
      state: "IN_PROGRESS",
      percentComplete: 40,
    });
    await waitForProgressFeed(federation);

    const backup = await run(federation, "backup", folder);
    const backedUp = await contents(federation);
    const manifest = JSON.parse(readFileSync(join(folder, "manifest.json"), "utf8")) as {
      id: string;
      takenAt: string;
      storage: string;
      databases: Array<{ subgraph: string; migrations: { latest: string | null; count: number } }>;
    };

    expect(backup).toMatchObject({ code: 0, stderr: "" });
    expect(offTheClockMs(manifest.takenAt)).toBeLessThan(60_000);
    expect(manifest.storage).toBe(TEST_DATABASE_KIND);
    expect(manifest.databases.map((entry) => entry.subgraph).sort()).toEqual([...SUBGRAPHS].sort());
    for (const entry of manifest.databases) expect(entry.migrations.count).toBeGreaterThan(0);

    // More writes after the backup: a report in labour, fed into plan's copy.
    await recordReport(federation, "labour", {
      taskCode: "V.1",
      period: "2013-H2",
      state: "IN_PROGRESS",
      percentComplete: 60,
    });
    await waitForProgressFeed(federation);
    expect(await labourReports(federation)).toEqual(["2013-H1", "2013-H2"]);

    const refused = await run(federation, "restore", folder);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^restore: stop the federation before restoring .*\n {2}plan: /);

    await Promise.all(SUBGRAPHS.map((subgraph) => federation.stopSubgraph(subgraph)));
    const restore = await run(federation, "restore", folder);
    const restored = await contents(federation);
    await Promise.all(SUBGRAPHS.map((subgraph) => federation.restartSubgraph(subgraph)));

    expect(restore).toMatchObject({ code: 0, stderr: "" });
    expect(restore.stdout).toContain(`Restored ${SUBGRAPHS.length} databases to backup ${manifest.id}`);
    expect(withoutRestoreEntries(restored)).toEqual(backedUp);
    expect(await labourReports(federation)).toEqual(["2013-H1"]);
    for (const subgraph of ["plan", "labour"] as const) {
      const [restoreEntry, backupEntry] = await trail(federation, subgraph);
      expect(backupEntry).toMatchObject({
        action: "database.backup",
        entityType: "Database",
        entityKey: subgraph,
        actor: { subject: "system:backup", agency: null },
        after: { backup: manifest.id },
      });
      expect(offTheClockMs(backupEntry.at)).toBeLessThan(60_000);
      expect(offTheClockMs(restoreEntry.at)).toBeLessThan(60_000);
      expect(restoreEntry).toMatchObject({
        action: "database.restore",
        entityType: "Database",
        entityKey: subgraph,
        actor: { subject: "system:restore", agency: null },
        after: { backup: manifest.id },
      });
    }
  });

  it("refuses to restore from a folder that holds no finished backup, and to back up into one that holds a backup", async () => {
    const missing = await run(federation, "restore", join(dirname(folder), "none"));
    const again = await run(federation, "backup", folder);

    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/holds no manifest.json: not a backup, or one that did not finish/);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/is not empty: back up into a new folder/);
  });
});
