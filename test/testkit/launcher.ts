import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";

import { createDataSource, createLogger } from "@hpig/kit/standalone";
import type { TokenClaims } from "@hpig/tools";
import { databaseUrlFor, type FederationStorage, freePort, listSubgraphs, localAuth, REPO_ROOT } from "@hpig/tools";
import type { DataSource } from "typeorm";

import { type GraphQLResult, postGraphQL } from "./http";

/** `npm start` as an operator runs it (tools/dist/start.js, built by the suite's global setup), on free ports. */
export interface Launcher {
  pid: number;
  gatewayUrl: string;
  /** Everything the launcher printed, its children's log lines included. */
  output: string[];
  /** The pids of the processes it started (its children), read from /proc while it runs. */
  children(): number[];
  /** Sends an operation to the gateway with a token of these claims (signed with the data folder's key). */
  query<TData = Record<string, unknown>>(
    claims: TokenClaims,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResult<TData>>;
  /** Sends SIGTERM and waits for the launcher to exit: its exit code and how long it took. */
  terminate(): Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }>;
  /** SIGKILLs the launcher and its children if they still run (cleanup after a failed test). */
  kill(): void;
}

export interface LauncherSetup {
  /** The data folder (keys, and the SQLite files on the embedded default). */
  dataDir: string;
  storage: FederationStorage;
  ports: Record<string, number>;
  gatewayPort: number;
}

/** Free ports for the gateway and every subgraph, and the environment `npm start` reads them from. */
export async function launcherSetup(dataDir: string, storage: FederationStorage): Promise<LauncherSetup> {
  const ports = Object.fromEntries(
    await Promise.all(listSubgraphs().map(async (entry) => [entry.name, await freePort()] as const)),
  );
  return { dataDir, storage, ports, gatewayPort: await freePort() };
}

/**
 * Starts `npm start`'s launcher and waits until it prints that it is ready; `nodeEnv` as the
 * operator's shell sets it (unset: development).
 */
export async function startLauncher(
  setup: LauncherSetup,
  nodeEnv?: "production",
  timeoutMs = 120_000,
): Promise<Launcher> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: setup.dataDir,
    GATEWAY_PORT: String(setup.gatewayPort),
    ...Object.fromEntries(
      Object.entries(setup.ports).map(([name, port]) => [`${name.toUpperCase()}_PORT`, String(port)]),
    ),
    LOG_LEVEL: "warn",
    // No Redis of the shell running the tests: the federation caches in its gateway's memory.
    REDIS_URL: "",
    ...(setup.storage.kind === "mysql"
      ? {
          MYSQL_URL: setup.storage.serverUrl,
          MYSQL_DATABASE_PREFIX: setup.storage.databasePrefix,
          // Asked for, so that the drill shows sample data is not loaded twice on MySQL either.
          SAMPLE_DATA: "true",
        }
      : { MYSQL_URL: "" }),
    // As an operator's shell sets it, never jest's "test", which changes what libraries do (Apollo
    // Server handles termination signals only outside it); undefined leaves it unset.
    NODE_ENV: nodeEnv,
  };
  const child: ChildProcess = spawn(process.execPath, [join(REPO_ROOT, "tools", "dist", "start.js")], {
    cwd: REPO_ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  let pending = "";
  const collect = (chunk: Buffer) => {
    const lines = (pending + chunk.toString("utf8")).split("\n");
    pending = lines.pop() ?? "";
    output.push(...lines);
  };
  child.stdout!.on("data", collect);
  child.stderr!.on("data", collect);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.once("exit", (code, signal) => done({ code, signal })),
  );

  const deadline = Date.now() + timeoutMs;
  while (!output.some((line) => line.startsWith("Press Ctrl-C to stop."))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`npm start did not get ready; it printed:\n${output.slice(-30).join("\n")}`);
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  const auth = await localAuth(join(setup.dataDir, "keys"));
  const gatewayUrl = `http://127.0.0.1:${setup.gatewayPort}/graphql`;
  const childPids = (): number[] => {
    try {
      return readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, "utf8")
        .trim()
        .split(/\s+/)
        .filter(Boolean)
        .map(Number);
    } catch {
      return [];
    }
  };
  const started = childPids();
  return {
    pid: child.pid!,
    gatewayUrl,
    output,
    children: childPids,
    query: async (claims, query, variables) =>
      postGraphQL(gatewayUrl, query, variables, { authorization: `Bearer ${await auth.token(claims)}` }),
    terminate: async () => {
      const sentAt = performance.now();
      child.kill("SIGTERM");
      const exit = await exited;
      return { ...exit, ms: performance.now() - sentAt };
    },
    kill: () => {
      for (const pid of [child.pid!, ...started]) {
        try {
          process.kill(pid, "SIGKILL");
        } catch {
          // already gone
        }
      }
    },
  };
}

/** Whether a process with this pid still exists. */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Rows per table of every subgraph's database (the migrations' own bookkeeping left out). */
export async function rowCounts(storage: FederationStorage): Promise<Record<string, Record<string, number>>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const { name } of listSubgraphs()) {
    const db: DataSource = await createDataSource({
      url: databaseUrlFor(storage, name),
      entities: [],
      migrations: [],
      logger: createLogger("test", "silent"),
    });
    await db.initialize();
    try {
      const tables = await tableNames(db);
      counts[name] = {};
      for (const table of tables.filter((t) => t !== "migrations")) {
        const quoted = db.driver.escape(table);
        const [row] = await db.query<Array<{ n: number | string }>>(`SELECT COUNT(*) AS n FROM ${quoted}`);
        counts[name][table] = Number(row.n);
      }
    } finally {
      await db.destroy();
    }
  }
  return counts;
}

/** The tables of a database, by name. */
export async function tableNames(db: DataSource): Promise<string[]> {
  const rows = await db.query<Array<{ name?: string; NAME?: string }>>(
    db.options.type !== "better-sqlite3"
      ? "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'"
      : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
  );
  return rows.map((row) => String(row.name ?? row.NAME)).sort();
}
