import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";

import { createMysqlDatabases, dropMysqlDatabases } from "@hpig/kit/testing";

import { measure, type Measurement } from "./bench/measure";
import {
  environmentDatabaseBytes,
  type IngestionResult,
  loadMonitoringDataSet,
  MONITORING_OPERATIONS,
  MONITORING_SAMPLES,
} from "./bench/monitoring";
import { OPERATIONS } from "./bench/operations";
import { hotFunctions } from "./bench/profile-summary";
import { soak, type SoakResult } from "./bench/soak";
import { renderSoak, renderTable } from "./bench/table";
import { databaseUrlFor, type FederationStorage, startFederation } from "./federation";
import { localAuth, serviceToken } from "./local-auth";
import { freePort } from "./ports";
import { waitForProgressFeed } from "./progress-feed-wait";
import { listSubgraphs, REPO_ROOT } from "./registry";

const USAGE = `npm run bench -- [--duration 10] [--connections 16] [--only dashboard] [--mode uncached|cached|both]
                   [--log-level info] [--profile] [--out bench-results]
npm run bench -- --monitoring [--only daily]   # 2.1 million monitoring samples: ingestion, size, two queries
npm run bench -- --soak 10m [--connections 16] [--max-growth 25]   # mixed reads and writes at half capacity
MYSQL_URL=mysql://user:pw@127.0.0.1:3306 npm run bench   # on MySQL/MariaDB (databases hpig_bench_… made and dropped)`;

/**
 * \`npm run bench\`: starts the federation (production mode, sample reports and figures) on fresh
 * databases, SQLite or MYSQL_URL's server, and measures each named operation through the gateway
 * uncached (a new \`asOf\` per request) and cached, and plan's own operations straight to plan too;
 * prints one table and writes it as JSON. Figures for notes and reviews come from here, never
 * from timed tests.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      duration: { type: "string", default: "10" },
      connections: { type: "string", default: "16" },
      only: { type: "string", multiple: true },
      mode: { type: "string", default: "both" },
      "log-level": { type: "string" },
      profile: { type: "boolean", default: false },
      out: { type: "string", default: join(REPO_ROOT, "bench-results") },
      soak: { type: "string" },
      monitoring: { type: "boolean", default: false },
      "max-growth": { type: "string", default: "25" },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) return void process.stdout.write(`${USAGE}\n`);
  const soakSeconds = values.soak === undefined ? undefined : durationOf(values.soak);
  const modes = values.mode === "both" ? (["uncached", "cached"] as const) : [values.mode as "uncached" | "cached"];
  const operations = (values.monitoring ? MONITORING_OPERATIONS : OPERATIONS).filter(
    (operation) => !values.only || values.only.some((name) => operation.name.includes(name)),
  );
  const mysqlUrl = process.env["MYSQL_URL"];
  const dataDir = mkdtempSync(join(tmpdir(), "hpig-bench-"));
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const profileDir = join(values.out, `profiles-${stamp}`);
  const storage: FederationStorage = mysqlUrl
    ? { kind: "mysql", serverUrl: mysqlUrl, databasePrefix: `hpig_bench_${randomBytes(3).toString("hex")}_` }
    : { kind: "sqlite", dataDir };
  const databases = listSubgraphs().map((s) => `${(storage as { databasePrefix?: string }).databasePrefix}${s.name}`);
  if (mysqlUrl) await createMysqlDatabases(mysqlUrl, databases);

  const ports = Object.fromEntries(
    await Promise.all(listSubgraphs().map(async (s): Promise<[string, number]> => [s.name, await freePort()])),
  );
  const auth = await localAuth(join(dataDir, "keys"));
  const token = await auth.token({ subject: "bench", roles: ["committee"] });
  if (values.profile) mkdirSync(profileDir, { recursive: true });
  const federation = await startFederation({
    auth: { publicKeyFile: auth.publicKeyFile, serviceToken: await serviceToken(auth) },
    storage,
    ports,
    gatewayPort: await freePort(),
    devDefaults: true,
    sampleData: true,
    nodeArgs: values.profile ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [],
    env: {
      NODE_ENV: "production",
      ...(values["log-level"] ? { LOG_LEVEL: values["log-level"] } : {}),
      // A soak's uncached reads fill the gateway's in-memory cache to its bound: a small bound is
      // full within the warm-up, so what grows after it is not the cache doing its job.
      ...(soakSeconds !== undefined ? { CACHE_MAX_MEGABYTES: "16" } : {}),
    },
    // Every process writes its log to a pipe the launcher reads, as under `npm start`; the bench drops the lines.
    onLog: () => undefined,
  });
  const results: Measurement[] = [];
  let soaked: SoakResult | undefined;
  let ingestion: (IngestionResult & { bytesPerMillion: number }) | undefined;
  let measuredFrom = 0;
  const processes = { gateway: federation.gateway.child.pid, ...pidsOf(federation.subgraphs) };
  try {
    // The committee's operations read plan's copy of the sample reports: measure once it holds them all.
    await waitForProgressFeed(
      { gateway: federation.gatewayUrl, plan: federation.subgraphs["plan"].url },
      await auth.token({ subject: "bench", roles: ["service"] }),
      120_000,
    );
    if (values.monitoring) ingestion = await loadMonitoring(storage, federation.gatewayUrl, auth);
    measuredFrom = Date.now();
    if (soakSeconds !== undefined) {
      soaked = await soak({
        url: federation.gatewayUrl,
        token,
        // V.1 is led by LDTBXH and reported to labour (the sample plan).
        writer: {
          domain: "labour",
          taskCode: "V.1",
          token: await auth.token({
            subject: "bench:editor",
            name: "Nguyễn Văn An",
            agency: "LDTBXH",
            roles: ["editor"],
          }),
        },
        connections: Number(values.connections),
        durationSeconds: soakSeconds,
        pids: processes,
        baseUrls: Object.fromEntries(
          [federation.gateway, ...Object.values(federation.subgraphs)].map((running) => [running.name, running.url]),
        ),
        maxGrowthPercent: Number(values["max-growth"]),
        maxGrowthFloorMb: SOAK_GROWTH_FLOOR_MB,
      });
    }
    const common = { token, connections: Number(values.connections), durationSeconds: Number(values.duration) };
    for (const operation of soakSeconds === undefined ? operations : []) {
      for (const mode of modes) {
        const result = await measure(operation, {
          ...common,
          url: federation.gatewayUrl,
          mode,
          target: "gateway",
          pids: processes,
        });
        results.push(result);
        process.stderr.write(
          `${operation.name} (${mode}): ${result.reqPerSec} req/s, ${result.totalCpuMsPerRequest} ms CPU\n`,
        );
      }
      if (operation.direct && modes.includes("uncached")) {
        const subgraph = federation.subgraphs[operation.direct];
        results.push(
          await measure(operation, {
            ...common,
            url: `${subgraph.url}/graphql`,
            mode: "direct",
            target: operation.direct,
            pids: processes,
          }),
        );
      }
    }
  } finally {
    const measuredMs = Date.now() - measuredFrom;
    await federation.stop();
    rmSync(dataDir, { recursive: true, force: true });
    if (mysqlUrl) await dropMysqlDatabases(mysqlUrl, databases);
    if (values.profile && measuredFrom > 0) writeProfileSummary(profileDir, processes, measuredMs);
  }

  const heading =
    `Gateway + ${listSubgraphs().length} subgraphs on ${mysqlUrl ? "MySQL/MariaDB" : "SQLite"}, ` +
    `${values.connections} connections, ${soakSeconds === undefined ? `${values.duration} s per run` : "soak"}, ` +
    `Node ${process.version}, ` +
    `LOG_LEVEL ${values["log-level"] ?? "default"}`;
  mkdirSync(values.out, { recursive: true });
  if (soaked) {
    process.stdout.write(`${heading}\n\n${renderSoak(soaked, Number(values["max-growth"]), SOAK_GROWTH_FLOOR_MB)}\n`);
    const file = join(values.out, `soak-${mysqlUrl ? "mysql" : "sqlite"}-${stamp}.json`);
    writeFileSync(file, `${JSON.stringify({ heading, date: new Date().toISOString(), soak: soaked }, null, 2)}\n`);
    process.stdout.write(`\nWritten to ${file}\n`);
    if (!soaked.passed) process.exitCode = 1;
    return;
  }
  process.stdout.write(`${heading}\n\n${renderTable(results, Object.keys(processes))}\n`);
  if (ingestion) {
    process.stdout.write(
      `\nMonitoring data set: ${ingestion.rows} samples uploaded through the gateway in ${ingestion.seconds} s: ` +
        `${ingestion.rowsPerSecond} rows/s; the environment database grew by ` +
        `${(ingestion.bytesPerMillion / 1024 / 1024).toFixed(1)} MB per million samples\n`,
    );
  }
  const file = join(
    values.out,
    `bench-${values.monitoring ? "monitoring-" : ""}${mysqlUrl ? "mysql" : "sqlite"}-${stamp}.json`,
  );
  writeFileSync(file, `${JSON.stringify({ heading, date: new Date().toISOString(), results, ingestion }, null, 2)}\n`);
  process.stdout.write(`\nWritten to ${file}${values.profile ? ` and ${profileDir}` : ""}\n`);
}

/**
 * The monitoring data set (2.1 million samples) through the upload route, as TNMT's editor: the
 * ingestion rate, and the environment database's growth per million samples.
 */
async function loadMonitoring(
  storage: FederationStorage,
  gatewayUrl: string,
  auth: Awaited<ReturnType<typeof localAuth>>,
): Promise<IngestionResult & { bytesPerMillion: number }> {
  const databaseUrl = databaseUrlFor(storage, "environment");
  const before = await environmentDatabaseBytes(databaseUrl);
  const editor = await auth.token({ subject: "bench:tnmt", name: "Trạm quan trắc", agency: "TNMT", roles: ["editor"] });
  const loaded = await loadMonitoringDataSet(gatewayUrl, editor);
  const after = await environmentDatabaseBytes(databaseUrl);
  return { ...loaded, bytesPerMillion: Math.round(((after - before) / MONITORING_SAMPLES) * 1e6) };
}

/** A process's heap after full collections may grow this much after warm-up whatever its share: V8's own caches move by some MB. */
const SOAK_GROWTH_FLOOR_MB = 20;

/** "10m", "90s" or "90" (seconds) in seconds. */
function durationOf(text: string): number {
  const match = /^(\d+)(s|m)?$/.exec(text);
  if (!match || Number(match[1]) === 0) throw new Error(`--soak takes a duration like 10m or 90s, not "${text}"`);
  return Number(match[1]) * (match[2] === "m" ? 60 : 1);
}

function pidsOf(subgraphs: Record<string, { child: { pid?: number } }>): Record<string, number | undefined> {
  return Object.fromEntries(Object.entries(subgraphs).map(([name, running]) => [name, running.child.pid]));
}

/** Names each process's .cpuprofile and writes the top functions by self time over the measured window. */
function writeProfileSummary(dir: string, pids: Record<string, number | undefined>, windowMs: number): void {
  const summary: Record<string, ReturnType<typeof hotFunctions>> = {};
  for (const file of readdirSync(dir).filter((name) => name.endsWith(".cpuprofile"))) {
    const pid = Number(file.split(".")[3]);
    const name = Object.entries(pids).find(([, candidate]) => candidate === pid)?.[0] ?? `pid-${pid}`;
    summary[name] = hotFunctions(join(dir, file), windowMs);
  }
  writeFileSync(join(dir, "summary.json"), `${JSON.stringify(summary, null, 2)}\n`);
  for (const [name, { busyMs, functions }] of Object.entries(summary)) {
    process.stdout.write(`\n${name}: ${busyMs} ms busy\n`);
    for (const hot of functions.slice(0, 10))
      process.stdout.write(`  ${hot.selfMs} ms ${hot.percent}% ${hot.function}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
