import { type ChildProcess, spawn } from "node:child_process";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";

import { CACHE_INVALIDATION_PATH, REGISTRY_NOTICE_PATH } from "@hpig/kit/standalone";

import { portsInUse } from "./ports";
import {
  bundleOf,
  GATEWAY_DEFAULT_PORT,
  GATEWAY_ENTRY,
  listSubgraphs,
  REPO_ROOT,
  selectSubgraphs,
  type SubgraphEntry,
} from "./registry";

/** Where the subgraphs keep their data: SQLite files in a folder (the embedded default), or MySQL databases. */
export type FederationStorage =
  { kind: "sqlite"; dataDir: string } | { kind: "mysql"; serverUrl: string; databasePrefix: string };

export interface FederationOptions {
  storage: FederationStorage;
  gatewayPort?: number;
  /** Ports of more gateways over the same subgraphs (replicas, as behind a load balancer). */
  extraGatewayPorts?: number[];
  /** Port per subgraph name; defaults to the port each package declares. */
  ports?: Record<string, number>;
  /** Node options for every process, before its script (e.g. `--cpu-prof`, which NODE_OPTIONS refuses). */
  nodeArgs?: string[];
  /** Environment for every process (LOG_LEVEL, EXPOSE_SQL_STATS, …). */
  env?: NodeJS.ProcessEnv;
  /** Sign-in: the public key every service trusts, the domains' token for reading plan, the explorer's development token. */
  auth: { publicKeyFile: string; serviceToken: string; explorerToken?: string };
  /** Extra environment per subgraph name, over its development defaults. */
  subgraphEnv?: Record<string, NodeJS.ProcessEnv>;
  /** Apply each package's `subgraph.devEnv` (e.g. the plan's seed document): on for `npm start`. */
  devDefaults?: boolean;
  /** Ask every domain subgraph to load its sample reports into an empty database. */
  sampleData?: boolean;
  /** Receives every line the processes print. */
  onLog?: (service: string, line: string) => void;
  /** Called when a process exits while the federation is not stopping. */
  onUnexpectedExit?: (service: string, exit: Omit<ProcessExit, "name">) => void;
  readyTimeoutMs?: number;
  /**
   * Start only these subgraphs (plan always, since every domain copies its registry); default all.
   * The gateways still serve the whole supergraph: a field of a subgraph left out answers as an
   * unreachable one would. Their /ready then names the missing ones, so they are awaited by /health.
   */
  subgraphs?: readonly string[];
}

export interface RunningProcess {
  name: string;
  url: string;
  child: ChildProcess;
  /** The process's last lines of output, to say why it died. */
  lastLines: string[];
}

export interface Federation {
  gatewayUrl: string;
  subgraphs: Record<string, RunningProcess>;
  gateway: RunningProcess;
  /** Every gateway: `gateway` first, then one per `extraGatewayPorts`. */
  gateways: RunningProcess[];
  /** Stops one subgraph (to test how the rest copes without it). */
  stopSubgraph(name: string): Promise<void>;
  /** Stops a subgraph if it runs and starts it again on the same database, with `env` added; waits until it is ready. */
  restartSubgraph(name: string, env?: NodeJS.ProcessEnv): Promise<void>;
  /** Stops every process (SIGTERM, SIGKILL after 10 s); resolves with how each one ended. */
  stop(): Promise<ProcessExit[]>;
}

/** How a process ended: its exit code, or the signal that killed it. */
export interface ProcessExit {
  name: string;
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** Children still running; whatever ends the launcher (or a test process) takes them down too. */
const liveChildren = new Set<ChildProcess>();
process.once("exit", () => {
  for (const child of liveChildren) child.kill("SIGKILL");
});

/**
 * The storage `npm start` (and backup, restore) use: MySQL/MariaDB databases `<MYSQL_DATABASE_PREFIX><subgraph>`
 * (default prefix "hpig_") on MYSQL_URL when it is set, else SQLite files in DATA_DIR (default ./data).
 */
export function storageFromEnv(env: NodeJS.ProcessEnv, root: string): FederationStorage {
  return env["MYSQL_URL"]
    ? { kind: "mysql", serverUrl: env["MYSQL_URL"], databasePrefix: env["MYSQL_DATABASE_PREFIX"] ?? "hpig_" }
    : { kind: "sqlite", dataDir: resolve(root, env["DATA_DIR"] ?? "data") };
}

/** The database URL a subgraph gets under the given storage. */
export function databaseUrlFor(storage: FederationStorage, subgraph: string): string {
  return storage.kind === "sqlite"
    ? `sqlite:${join(storage.dataDir, `${subgraph}.sqlite`)}`
    : `${storage.serverUrl.replace(/\/$/, "")}/${storage.databasePrefix}${subgraph}`;
}

/**
 * Starts every subgraph (compiled, as separate processes), waits until each is ready,
 * then starts the gateway pointed at them, and waits for it too.
 */
export async function startFederation(options: FederationOptions): Promise<Federation> {
  const allEntries = listSubgraphs();
  const entries = selectSubgraphs(options.subgraphs);
  const partial = entries.length < allEntries.length;
  const started: RunningProcess[] = [];
  let stopping = false;
  const launch = (name: string, entry: string, env: NodeJS.ProcessEnv, url: string) => {
    // Each service starts from its bundle (bundle.ts), through the runner that keeps its code cache.
    const command = [join(REPO_ROOT, "tools", "dist", "run-bundle.js"), join(REPO_ROOT, bundleOf(entry))];
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), ...command], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...options.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
      // Own process group: Ctrl-C reaches only the launcher, which then stops the children in order.
      detached: true,
    });
    liveChildren.add(child);
    child.once("exit", () => liveChildren.delete(child));
    const lastLines: string[] = [];
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on("line", (line) => {
        lastLines.push(line);
        if (lastLines.length > 10) lastLines.shift();
        options.onLog?.(name, line);
      });
    }
    child.once("exit", (code, signal) => {
      if (!stopping && !stoppedOnPurpose.has(name)) options.onUnexpectedExit?.(name, { code, signal });
    });
    const running = { name, url, child, lastLines };
    started.push(running);
    return running;
  };
  const stoppedOnPurpose = new Set<string>();

  const portOf = (name: string) => options.ports?.[name] ?? allEntries.find((entry) => entry.name === name)?.port;
  const gatewayPorts = [options.gatewayPort ?? GATEWAY_DEFAULT_PORT, ...(options.extraGatewayPorts ?? [])];
  // Without Redis each gateway caches in its own memory, and every subgraph announces its writes to each.
  const redisUrl = options.env?.["REDIS_URL"] ?? process.env["REDIS_URL"];
  const cacheEnv: NodeJS.ProcessEnv = redisUrl
    ? {}
    : {
        CACHE_INVALIDATION_URLS: gatewayPorts
          .map((port) => `http://127.0.0.1:${port}${CACHE_INVALIDATION_PATH}`)
          .join(","),
      };
  const urlOf = (name: string) => `http://127.0.0.1:${portOf(name)!}`;
  // Without Redis plan tells each domain of a registry change itself.
  const noticeEnv: NodeJS.ProcessEnv = redisUrl
    ? {}
    : {
        REGISTRY_NOTICE_URLS: entries
          .filter((entry) => entry.name !== "plan")
          .map((entry) => `${urlOf(entry.name)}${REGISTRY_NOTICE_PATH}`)
          .join(","),
      };
  const subgraphEnvOf = (entry: SubgraphEntry): NodeJS.ProcessEnv => ({
    PORT: String(portOf(entry.name)!),
    DATABASE_URL: databaseUrlFor(options.storage, entry.name),
    AUTH_PUBLIC_KEY_FILE: options.auth.publicKeyFile,
    SERVICE_TOKEN: options.auth.serviceToken,
    // Domains keep a copy of the task registry, read from plan.
    SUBGRAPH_PLAN_URL: `${urlOf("plan")}/graphql`,
    ...cacheEnv,
    ...(entry.name === "plan" ? noticeEnv : {}),
    ...(options.sampleData ? { LOAD_SAMPLE_DATA: "true" } : {}),
    ...(options.devDefaults ? entry.devEnv : {}),
    ...options.subgraphEnv?.[entry.name],
  });
  const taken = await portsInUse({
    ...Object.fromEntries(gatewayPorts.map((port, index) => [index === 0 ? "gateway" : `gateway-${index + 1}`, port])),
    ...Object.fromEntries(entries.map((entry) => [entry.name, portOf(entry.name)!])),
  });
  if (taken.length > 0) {
    throw new Error(
      `${taken.map(({ name, port }) => `port ${port} (${name})`).join(", ")} already in use: is another federation ` +
        "running? Stop it, or give this one other ports (GATEWAY_PORT, <NAME>_PORT such as LABOUR_PORT).",
    );
  }
  try {
    const gateways: RunningProcess[] = gatewayPorts.map((port, index) =>
      launch(
        index === 0 ? "gateway" : `gateway-${index + 1}`,
        GATEWAY_ENTRY,
        {
          PORT: String(port),
          AUTH_PUBLIC_KEY_FILE: options.auth.publicKeyFile,
          ...(options.auth.explorerToken ? { EXPLORER_DEV_TOKEN: options.auth.explorerToken } : {}),
          ...Object.fromEntries(
            allEntries.map((entry) => [`SUBGRAPH_${entry.name.toUpperCase()}_URL`, `${urlOf(entry.name)}/graphql`]),
          ),
        },
        `http://127.0.0.1:${port}`,
      ),
    );
    const gateway = gateways[0];
    // Everything starts at once: the gateways read a static supergraph, and the domains retry their
    // first registry sync until plan answers. The gateways go first, so that the subgraphs' first
    // notices of writes (migrations, seeding) find them listening. Readiness is awaited at the end.
    const subgraphs: Record<string, RunningProcess> = {};
    for (const entry of entries) {
      subgraphs[entry.name] = launch(entry.name, entry.entry, subgraphEnvOf(entry), urlOf(entry.name));
    }
    await Promise.all(Object.values(subgraphs).map((running) => waitUntilReady(running, options.readyTimeoutMs)));
    await Promise.all(
      gateways.map((running) => waitUntilReady(running, options.readyTimeoutMs, partial ? "/health" : "/ready")),
    );

    const stopProcess = async (running: RunningProcess): Promise<ProcessExit> => {
      const { child, name } = running;
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise<void>((done) => child.once("exit", () => done()));
        child.kill("SIGTERM");
        const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
        await exited;
        clearTimeout(timer);
      }
      return { name, code: child.exitCode, signal: child.signalCode };
    };
    return {
      gatewayUrl: `${gateway.url}/graphql`,
      subgraphs,
      gateway,
      gateways,
      stopSubgraph: async (name) => {
        const running = subgraphs[name];
        if (!running) throw new Error(`no subgraph named ${name}`);
        stoppedOnPurpose.add(name);
        await stopProcess(running);
      },
      restartSubgraph: async (name, env = {}) => {
        const entry = entries.find((candidate) => candidate.name === name);
        const running = subgraphs[name];
        if (!entry || !running) throw new Error(`no subgraph named ${name}`);
        stoppedOnPurpose.add(name);
        await stopProcess(running);
        stoppedOnPurpose.delete(name);
        subgraphs[name] = launch(name, entry.entry, { ...subgraphEnvOf(entry), ...env }, running.url);
        await waitUntilReady(subgraphs[name], options.readyTimeoutMs);
      },
      stop: async () => {
        stopping = true;
        const gatewayExits = await Promise.all(gateways.map(stopProcess));
        return [...gatewayExits, ...(await Promise.all(Object.values(subgraphs).map(stopProcess)))];
      },
    };
  } catch (error) {
    stopping = true;
    for (const running of started) running.child.kill("SIGKILL");
    throw error;
  }
}

/** Polls `/ready` (or `path`) until it answers 200; fails early if the process dies, with its exit code. */
async function waitUntilReady(running: RunningProcess, timeoutMs = 60_000, path = "/ready"): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (running.child.exitCode !== null) {
      // Output can trail the exit by a moment; give the pipes a beat to drain.
      await new Promise((done) => setTimeout(done, 100));
      throw new Error(
        `${running.name} exited with code ${running.child.exitCode} before it was ready; it last printed:\n` +
          running.lastLines.join("\n"),
      );
    }
    try {
      const response = await fetch(`${running.url}${path}`, { signal: AbortSignal.timeout(1_000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 150));
  }
  throw new Error(`${running.name} was not ready at ${running.url} within ${timeoutMs} ms`);
}
