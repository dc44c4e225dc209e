import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { startFederation } from "./federation";
import { localAuth, serviceToken } from "./local-auth";
import { freePort } from "./ports";
import { waitForProgressFeed } from "./progress-feed-wait";
import { listSubgraphs } from "./registry";

/** Dashboard-shaped operations the committee runs; each is measured on its own. */
const OPERATIONS: Record<string, string> = {
  "all tasks with agencies":
    "{ tasks { code title leadAgencies { code name } coordinatingAgencies { code } startYear endYear } }",
  "groups with tasks": "{ programGroups { code title tasks { code title leadAgencies { name } } } }",
  "agency workload": "{ agencies { code name ledTasks { code endYear } coordinatedTasks { code } } }",
  "one task": '{ task(code: "III.2") { code title leadAgencies { name } assignments { role scope agency { code } } } }',
  // Across all seven subgraphs: every task's status, progress and latest report from its domain.
  "dashboard: tasks with status":
    '{ tasks { code title leadAgencies { code } status(asOf: "2016-12-31") percentComplete(asOf: "2016-12-31") latestReport(asOf: "2016-12-31") { period state summary } } }',
  "indicators with 2015–2016 figures":
    '{ indicators { code name unit series(from: "2015", to: "2016") { period value status breakdown { dimension code } } } }',
  "December cycle 2016":
    "{ reportingCycle(year: 2016) { obligations { agencyCode deadline submission { completeness timeliness status } } } }",
  // The committee's own questions, answered in plan from its read model of the domains' reports.
  "committee: task summary by group":
    '{ taskSummary(asOf: "2016-06-30", groupBy: GROUP) { total byStatus { status count } buckets { key label byStatus { status count } } } }',
  "committee: overdue tasks":
    '{ tasks(filter: { status: OVERDUE, asOf: "2016-06-30" }) { code title leadAgencies { name } } }',
  "committee: quarterly report 2016-Q2 (draft)":
    '{ quarterlyReport(period: "2016-Q2") { summary { total } groups { group { title } tasks { code title status percentComplete latestReport { period summary reportingAgency { name } } } } overdue { code } notReported { code } directives { text status } } }',
  "committee: targets' verdicts":
    '{ plan { targets { code verdict(asOf: "2016-12-31", basis: ESTIMATE_ALLOWED) { outcome value explanation } } } }',
};

/**
 * CPU time (user + system) a process has used so far, in ms, from Linux's /proc (clock ticks of
 * 10 ms); null elsewhere. On two cores, the CPU all processes spend per request bounds throughput.
 */
function cpuMs(pid: number | undefined): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/**
 * `npm run bench`: starts the federation on a fresh embedded database (seeded and with the sample
 * reports and figures, like `npm start`)
 * and measures each operation through the gateway with autocannon: throughput and latency
 * percentiles. Figures for notes and reviews come from here, never from timed unit tests.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { duration: { type: "string", default: "10" }, connections: { type: "string", default: "10" } },
  });
  const dataDir = mkdtempSync(join(tmpdir(), "hpig-bench-"));
  const ports = Object.fromEntries(await Promise.all(listSubgraphs().map(async (s) => [s.name, await freePort()])));
  const auth = await localAuth(join(dataDir, "keys"));
  const token = await auth.token({ subject: "bench", roles: ["committee"] });
  const federation = await startFederation({
    auth: { publicKeyFile: auth.publicKeyFile, serviceToken: await serviceToken(auth) },
    storage: { kind: "sqlite", dataDir },
    ports,
    gatewayPort: await freePort(),
    devDefaults: true,
    sampleData: true,
    env: { LOG_LEVEL: "warn", NODE_ENV: "production" },
  });
  try {
    // The committee's operations read plan's copy of the sample reports: measure once it holds them all.
    await waitForProgressFeed(
      { gateway: federation.gatewayUrl, plan: federation.subgraphs["plan"]!.url },
      await auth.token({ subject: "bench", roles: ["service"] }),
      60_000,
    );
    const rows: string[] = [];
    const subgraphPids = Object.values(federation.subgraphs).map((running) => running.child.pid);
    const subgraphsCpuMs = () =>
      subgraphPids.reduce<number | null>((sum, pid) => {
        const used = cpuMs(pid);
        return sum === null || used === null ? null : sum + used;
      }, 0);
    for (const [name, query] of Object.entries(OPERATIONS)) {
      // A fast answer full of errors measures nothing: each operation must succeed first.
      const check = await fetch(federation.gatewayUrl, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({ query }),
      });
      const body = (await check.json()) as { errors?: unknown[] };
      if (!check.ok || body.errors) throw new Error(`"${name}" failed: ${JSON.stringify(body.errors ?? check.status)}`);
      const before = { gateway: cpuMs(federation.gateway.child.pid), subgraphs: subgraphsCpuMs() };
      const result = await autocannon({
        url: federation.gatewayUrl,
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({ query }),
        connections: Number(values.connections),
        duration: Number(values.duration),
      });
      const failures = result.errors + result.non2xx;
      const perRequest = (after: number | null, start: number | null) =>
        after === null || start === null ? "–" : ((after - start) / result.requests.total).toFixed(1);
      rows.push(
        `| ${name} | ${result.requests.average.toFixed(0)} | ${result.latency.p50} | ${result.latency.p97_5} | ${result.latency.p99} | ${failures} | ${perRequest(cpuMs(federation.gateway.child.pid), before.gateway)} | ${perRequest(subgraphsCpuMs(), before.subgraphs)} |`,
      );
    }
    process.stdout.write(
      [
        `Gateway + ${listSubgraphs().length} subgraph(s) on SQLite, ${values.connections} connections, ${values.duration} s per operation, Node ${process.version}`,
        "",
        "| operation | req/s | p50 ms | p97.5 ms | p99 ms | errors | CPU ms/req gateway | CPU ms/req subgraphs |",
        "|---|---|---|---|---|---|---|---|",
        ...rows,
        "",
      ].join("\n"),
    );
  } finally {
    await federation.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
