import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";

import { createTestDatabase, openMigratedDataSource, TEST_DATABASE_KIND, type TestDatabase } from "@hpig/kit/testing";
import { Plan } from "@hpig/plan/plan/plan.entity";
import { ReportingRequirement } from "@hpig/plan/reporting-requirement/reporting-requirement.entity";
import { planSubgraph } from "@hpig/plan/subgraph";
import { Task } from "@hpig/plan/task/task.entity";

const REPO_ROOT = resolve(__dirname, "..");
const PLAN_DOCUMENT = join(REPO_ROOT, "services", "plan", "data", "ke-hoach-3438-KH-UBND-2012.txt");

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * `npm run import-plan` as an operator runs it on a machine with no server configuration: the
 * environment holds PATH and DATABASE_URL, nothing else (no token keys, no port).
 */
async function importPlan(databaseUrl: string, ...args: string[]): Promise<CliRun> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ["services/plan/dist/importer/cli.js", ...args],
      { cwd: REPO_ROOT, env: { PATH: process.env["PATH"], DATABASE_URL: databaseUrl } },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

async function registry(url: string) {
  const db = await openMigratedDataSource(planSubgraph, url);
  try {
    return {
      plans: await db.getRepository(Plan).count(),
      tasks: await db.getRepository(Task).count(),
      requirements: await db.getRepository(ReportingRequirement).count(),
    };
  } finally {
    await db.destroy();
  }
}

describe(`npm run import-plan with DATABASE_URL alone (${TEST_DATABASE_KIND})`, () => {
  let database: TestDatabase;
  let folder: string;

  beforeEach(async () => {
    database = await createTestDatabase(TEST_DATABASE_KIND, "plan");
    folder = mkdtempSync(join(tmpdir(), "hpig-import-cli-"));
  });
  afterEach(async () => {
    await database?.drop();
    rmSync(folder, { recursive: true, force: true });
  });

  it("reports what a dry run would change and writes nothing", async () => {
    const run = await importPlan(database.url, PLAN_DOCUMENT, "--dry-run");

    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout).toContain("Plan 3438/KH-UBND of 2012-06-08: 9 groups, 55 tasks");
    expect(run.stdout).toContain("Would change: ");
    expect(await registry(database.url)).toEqual({ plans: 0, tasks: 0, requirements: 0 });
  });

  it("imports a document without an appendix, warning that it names no reporting units", async () => {
    const text = readFileSync(PLAN_DOCUMENT, "utf8");
    const document = join(folder, "no-appendix.txt");
    writeFileSync(
      document,
      `Số: 3438/KH-UBND\nHải Phòng, ngày 08 tháng 6 năm 2012\n${text.slice(0, text.indexOf("\nPHỤ LỤC\n"))}`,
    );

    const run = await importPlan(database.url, document);

    expect(run.code).toBe(0);
    expect(run.stdout).toContain("55 tasks");
    expect(run.stdout).toContain("9 targets, 0 reporting units");
    expect(run.stdout).toMatch(
      /^warning: appendix: the document has no appendix \("PHỤ LỤC"\): it names no reporting units/m,
    );
    expect(await registry(database.url)).toEqual({ plans: 1, tasks: 55, requirements: 0 });
  });

  it("refuses a DATABASE_URL it cannot use, naming the variable, and exits non-zero", async () => {
    const run = await importPlan("postgres://somewhere/plan", PLAN_DOCUMENT, "--dry-run");

    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^import-plan: Configuration of plan is invalid:\n {2}- DATABASE_URL="postgres:\/\/somewhere\/plan": /,
    );
    expect(run.stderr).not.toMatch(/AUTH_/);
  });
});
