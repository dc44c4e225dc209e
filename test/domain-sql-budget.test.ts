import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { TEST_DATABASE_KIND } from "@hpig/kit/testing";

import { NO_CACHE } from "./testkit/cache";
import { startTestFederation, type TestFederation } from "./testkit/federation";
import { dataOf } from "./testkit/http";
import { type DomainName, DOMAINS, recordReport, type ReportInput, sqlStatementsOf } from "./testkit/progress";
import { enlargePlanDocument, withTargetParagraph } from "./testkit/synthetic-plan";

const realDocument = join(__dirname, "..", "services", "plan", "data", "ke-hoach-3438-KH-UBND-2012.txt");

/** Dashboard queries that reach plan and all six domains; their SQL cost must not grow with the task count. */
const QUERIES = {
  dashboard: "{ tasks { code status percentComplete latestReport { period } leadAgencies { code } } }",
  groups: "{ programGroups { tasks { code status } } }",
};
/** One statement per loader a level of the query needs: plan (tasks, assignments, agencies), a domain (registry copy, reports). */
const BUDGET = { plan: 3, domain: 3 };

/** A handful of reports, in several domains, with two leads and a correction among them. */
const REPORTS: Array<{ domain: DomainName; input: ReportInput }> = [
  { domain: "industry", input: { taskCode: "II.2", period: "2014", state: "IN_PROGRESS", percentComplete: 40 } },
  {
    domain: "industry",
    input: { taskCode: "III.2", reportingAgency: "CT", period: "2013-H1", state: "IN_PROGRESS", percentComplete: 60 },
  },
  {
    domain: "industry",
    input: { taskCode: "III.2", reportingAgency: "BQLKKT", period: "2013", state: "IN_PROGRESS", percentComplete: 20 },
  },
  { domain: "labour", input: { taskCode: "V.1", period: "2013-Q1", state: "IN_PROGRESS", percentComplete: 10 } },
  {
    domain: "labour",
    input: { taskCode: "V.1", period: "2013-Q1", state: "IN_PROGRESS", percentComplete: 15, expectedRevision: 1 },
  },
  { domain: "investment", input: { taskCode: "I.1", period: "2015", state: "IN_PROGRESS", percentComplete: 90 } },
  {
    domain: "science",
    input: { taskCode: "IV.10", period: "2012", state: "COMPLETED", percentComplete: 100, completedOn: "2012-10-01" },
  },
];

/** The large plan's only target. */
const ONE_TARGET =
  "phấn đấu đến năm 2015, tỷ lệ giá trị sản phẩm công nghệ cao trong tổng giá trị sản xuất công nghiệp đạt 30%.";
/** Every target's verdict, with the figures it used: plan lists the targets, their indicator's domain judges them. */
const VERDICTS = `{ plan { targets { code
  official: verdict(asOf: "2016-06-30") { outcome value observations { period value } }
  estimated: verdict(asOf: "2016-06-30", basis: ESTIMATE_ALLOWED) { outcome }
} } }`;

interface Measurement {
  tasks: number;
  sql: Record<string, Record<string, number>>;
}

async function measure(federation: TestFederation): Promise<Measurement> {
  const sql: Record<string, Record<string, number>> = {};
  let tasks = 0;
  for (const [name, query] of Object.entries(QUERIES)) {
    // Computed now, not served from the response cache, which would run no SQL at all.
    const result = await federation.query<{ tasks?: unknown[] }>(query, undefined, NO_CACHE);
    const data = dataOf(result);
    if (data.tasks) tasks = data.tasks.length;
    sql[name] = sqlStatementsOf(result);
  }
  return { tasks, sql };
}

describe(`SQL statements per request across plan and the domains (${TEST_DATABASE_KIND})`, () => {
  let planDir: string;
  let small: TestFederation | undefined;
  let large: TestFederation | undefined;
  let smallCounts: Measurement;
  let largeCounts: Measurement;

  beforeAll(async () => {
    planDir = mkdtempSync(join(tmpdir(), "hpig-plan-"));
    const enlarged = join(planDir, "enlarged-plan.txt");
    // Ten times the tasks, and one target where the real plan has nine.
    writeFileSync(
      enlarged,
      withTargetParagraph(enlargePlanDocument(readFileSync(realDocument, "utf8"), 10), ONE_TARGET),
    );

    const started = await Promise.allSettled([
      startTestFederation(TEST_DATABASE_KIND),
      startTestFederation(TEST_DATABASE_KIND, { subgraphEnv: { plan: { PLAN_SEED_DOCUMENT: enlarged } } }),
    ]);
    [small, large] = started.map((outcome) => (outcome.status === "fulfilled" ? outcome.value : undefined));
    const failure = started.find((outcome) => outcome.status === "rejected");
    if (failure) throw failure.reason;
    if (!small || !large) throw new Error("unreachable");
    for (const federation of [small, large]) {
      for (const { domain, input } of REPORTS) await recordReport(federation, domain, input);
    }
    // In the large plan also a task that exists only there (the first copy in group V).
    await recordReport(large, "labour", { taskCode: "V.5", period: "2014", state: "IN_PROGRESS", percentComplete: 30 });

    smallCounts = await measure(small);
    largeCounts = await measure(large);
  });
  afterAll(async () => {
    await Promise.all([small?.stop(), large?.stop()]);
    if (planDir) rmSync(planDir, { recursive: true, force: true });
  });

  it("measures a plan ten times the size of the real one", () => {
    expect(smallCounts.tasks).toBe(55);
    expect(largeCounts.tasks).toBeGreaterThan(10 * 50);
  });

  it("judges nine targets in the same statements as one: the plan and its targets in plan, the figures in the indicators' domain", async () => {
    const measureVerdicts = async (federation: TestFederation) => {
      const result = await federation.query<{ plan: { targets: unknown[] } }>(VERDICTS, undefined, NO_CACHE);
      return { targets: dataOf(result).plan.targets.length, sql: sqlStatementsOf(result) };
    };

    const nine = await measureVerdicts(small!);
    const one = await measureVerdicts(large!);

    expect([nine.targets, one.targets]).toEqual([9, 1]);
    expect(nine.sql).toEqual(one.sql);
    // Both verdicts ask the same asOf year: one read of figures for both bases.
    expect(nine.sql).toEqual({ plan: 2, industry: 1 });
  });

  it.each(Object.keys(QUERIES))("issues the same statements per subgraph for both plans (%s)", (name) => {
    expect(largeCounts.sql[name]).toEqual(smallCounts.sql[name]);
  });

  it.each(Object.keys(QUERIES))(
    `stays within ${BUDGET.plan} statements for plan and ${BUDGET.domain} per domain (%s)`,
    (name) => {
      const counts = smallCounts.sql[name];

      expect(Object.keys(counts).sort()).toEqual(["plan", ...DOMAINS].sort());
      expect(counts["plan"]).toBeLessThanOrEqual(BUDGET.plan);
      expect(DOMAINS.filter((domain) => !(counts[domain] <= BUDGET.domain)).map((d) => `${d}: ${counts[d]}`)).toEqual(
        [],
      );
    },
  );
});
