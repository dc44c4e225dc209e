import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { TEST_DATABASE_KIND } from "@hpig/kit/testing";

import { NO_CACHE } from "./testkit/cache";
import { startTestFederation, type TestFederation } from "./testkit/federation";
import { dataOf } from "./testkit/http";
import { enlargePlanDocument } from "./testkit/synthetic-plan";

const realDocument = join(__dirname, "..", "services", "plan", "data", "ke-hoach-3438-KH-UBND-2012.txt");

/**
 * Dashboard-shaped queries whose SQL cost must not grow with the number of tasks, with their
 * budget: one statement per level of the query (root list, then one batched load per relation).
 */
const QUERIES: Record<string, string> = {
  taskAgencies: "{ tasks { code leadAgencies { name } coordinatingAgencies { name } } }",
  groupTasks: "{ programGroups { code tasks { code group { code } leadAgencies { code } } } }",
  agencyTasks: "{ agencies { code ledTasks { code coordinatingAgencies { code } } coordinatedTasks { code } } }",
  // Judged from plan's read model of the domains' reports: tasks, their leads, the reports known, the names.
  statusFilter: '{ tasks(filter: { status: NOT_REPORTED, asOf: "2016-06-30" }) { code leadAgencies { code } } }',
  summaryByLead:
    '{ taskSummary(asOf: "2016-06-30", groupBy: LEAD_AGENCY) { total byStatus { count } buckets { key label total } } }',
  summaryByGroup: '{ taskSummary(asOf: "2016-06-30", groupBy: GROUP) { total buckets { key label total } } }',
  // The plan, the document's revision, groups, tasks, their leads, the reports known, then names.
  quarterlyReport: `{ quarterlyReport(period: "2016-Q2") {
    groups { group { title } tasks { code status leadAgencies { name } latestReport { period reportingAgency { name } } } }
    overdue { code } notReported { code group { code } } summary { total buckets { label } }
  } }`,
};
const BUDGET: Record<string, number> = {
  taskAgencies: 3,
  groupTasks: 5,
  agencyTasks: 5,
  statusFilter: 4,
  summaryByLead: 4,
  summaryByGroup: 4,
  quarterlyReport: 8,
};

async function statementsPerQuery(federation: TestFederation): Promise<Record<string, { tasks: number; sql: number }>> {
  const counts: Record<string, { tasks: number; sql: number }> = {};
  for (const [name, query] of Object.entries(QUERIES)) {
    // Computed now, not served from the response cache, which would run no SQL at all.
    const result = await federation.query(query, undefined, NO_CACHE);
    const data = dataOf(result);
    const sql = (result.extensions?.["sqlStatements"] as Record<string, number> | undefined)?.["plan"];
    if (sql === undefined) throw new Error("the gateway reported no SQL statement count (EXPOSE_SQL_STATS)");
    // How much the answer says: it grows with the plan (more tasks listed, larger totals).
    counts[name] = { tasks: JSON.stringify(data).length, sql };
  }
  return counts;
}

describe(`SQL statements per request (${TEST_DATABASE_KIND})`, () => {
  it("stay the same for the 55-task plan and a plan ten times its size", async () => {
    const folder = mkdtempSync(join(tmpdir(), "hpig-plan-"));
    const enlarged = join(folder, "enlarged-plan.txt");
    writeFileSync(enlarged, enlargePlanDocument(readFileSync(realDocument, "utf8"), 10));

    const small = await startTestFederation(TEST_DATABASE_KIND, { subgraphs: [] });
    const smallCounts = await statementsPerQuery(small).finally(() => small.stop());
    const large = await startTestFederation(TEST_DATABASE_KIND, {
      subgraphs: [],
      subgraphEnv: { plan: { PLAN_SEED_DOCUMENT: enlarged } },
    });
    const largeTasks = await large.query<{ tasks: unknown[] }>("{ tasks { code } }").finally(() => undefined);
    const largeCounts = await statementsPerQuery(large).finally(() => large.stop());
    rmSync(folder, { recursive: true, force: true });

    expect(dataOf(largeTasks).tasks.length).toBeGreaterThan(500);
    for (const name of Object.keys(QUERIES)) {
      expect(largeCounts[name].tasks).toBeGreaterThan(smallCounts[name].tasks);
      expect(largeCounts[name].sql).toBe(smallCounts[name].sql);
      expect(smallCounts[name].sql).toBeLessThanOrEqual(BUDGET[name]);
    }
  });
});
