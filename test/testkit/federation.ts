import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { CACHE_INVALIDATION_PATH, createDataSource, createLogger, REGISTRY_NOTICE_PATH } from "@hpig/kit/standalone";
import { createMysqlDatabases, dropMysqlDatabases } from "@hpig/kit/testing";
import {
  databaseUrlFor,
  type Federation,
  type FederationStorage,
  freePort,
  listSubgraphs,
  localAuth,
  selectSubgraphs,
  serviceToken,
  startFederation,
  type TokenClaims,
} from "@hpig/tools";
import type { DataSource } from "typeorm";

import { untilHealthy, waitForPublishedVersions } from "./health";
import { type GraphQLResult, postGraphQL } from "./http";
import { copyTemplate, startsLikeTemplate } from "./templates";

/** The Redis the suite's federations cache in (TEST_REDIS_URL); unset: each gateway caches in its own memory. */
export const TEST_REDIS_URL = process.env["TEST_REDIS_URL"] || undefined;

/** How the suite's gateways cache, for test names: "Redis" or "in-process". */
export const TEST_CACHE_MODE = TEST_REDIS_URL ? "Redis" : "in-process";

export interface TestFederation extends Federation {
  /** Every line every process printed, prefixed with its service name. */
  logs: string[];
  /** The GraphQL URL of every gateway (`gatewayUrl` first). */
  gatewayUrls: string[];
  /** Like `query`, through the gateway at this index of `gatewayUrls`. */
  queryAt<TData = Record<string, unknown>>(
    gateway: number,
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResult<TData>>;
  /** What a command-line tool writing a subgraph's database needs to tell the gateways' cache (Redis, or the gateways' endpoints and a service token). */
  cacheEnv: NodeJS.ProcessEnv;
  /** The database URL a subgraph runs on (`sqlite:<file>` or `mysql://…/<prefix><name>`), to inspect its tables. */
  databaseUrl(subgraph: string): string;
  /** A connection to a subgraph's database, to read its tables as they are; destroy it when done. */
  openDatabase(subgraph: string): Promise<DataSource>;
  /** The log lines matching `match`, waiting up to `timeoutMs` for the first (logs arrive after responses). */
  waitForLog(match: (line: string) => boolean, timeoutMs?: number): Promise<string[]>;
  /**
   * Sends an operation to the gateway as the committee, unless `headers` says otherwise:
   * `{ authorization: "Bearer …" }` for another caller, `{ authorization: "" }` for an anonymous one.
   */
  query<TData = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResult<TData>>;
  /** Like `query`, but straight to one subgraph, around the gateway. */
  subgraphQuery<TData = Record<string, unknown>>(
    subgraph: string,
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResult<TData>>;
  /** A token signed with this federation's key. */
  token(claims: TokenClaims): Promise<string>;
  /** `{ authorization: "Bearer <token>" }` for a caller with these claims. */
  as(claims: TokenClaims): Promise<Record<string, string>>;
  /** The PEM files of the key pair the federation trusts, to make tokens it must refuse. */
  keyFiles: { privateKeyFile: string; publicKeyFile: string };
}

export interface TestFederationOptions {
  /** Load the domains' generated sample reports (as `npm start` does on SQLite). */
  sampleData?: boolean;
  /** Extra environment per subgraph, e.g. a different seed document for the plan. */
  subgraphEnv?: Record<string, NodeJS.ProcessEnv>;
  /**
   * NODE_ENV of the gateway and every subgraph (default "test"). "production" also leaves out
   * what production refuses or would not run with: the explorer's development token and the SQL
   * statement counts.
   */
  nodeEnv?: "development" | "production" | "test";
  /** LOG_LEVEL of every process (default "info"); "debug" also logs every request's line. */
  logLevel?: "info" | "debug";
  /** How many gateways over the same subgraphs (default 1). */
  gateways?: number;
  /** More environment for every process (e.g. the gateway's SUBGRAPH_TIMEOUT_MS and BREAKER_* settings). */
  env?: NodeJS.ProcessEnv;
  /** The Redis every process uses: TEST_REDIS_URL when left out, none when null. */
  redisUrl?: string | null;
  /**
   * Wait, once started, until every subgraph's notices of its first writes have reached the
   * gateways' cache (default true); false for a Redis that is meant to be unreachable.
   */
  awaitPublishedVersions?: boolean;
  /**
   * Start every subgraph on empty databases (migrations, seed) instead of on copies of the suite's
   * templates (templates.ts). Implied where the options change what a first start writes.
   */
  fresh?: boolean;
  /**
   * The domain subgraphs the test needs (plan always starts); default every one. Each one left out
   * saves ~1.8 s of CPU at start; the gateway still serves the whole supergraph, and a field of a
   * domain left out answers as if that domain were down.
   */
  subgraphs?: readonly string[];
}

/**
 * Starts the real federation (every compiled subgraph and the gateway, as processes) on free
 * ports and fresh databases: SQLite files in a temp folder, or new utf8mb4 databases on the
 * TEST_MYSQL_URL server. `stop()` removes the data again.
 */
export async function startTestFederation(
  kind: "sqlite" | "mysql",
  options: TestFederationOptions = {},
): Promise<TestFederation> {
  const subgraphs = selectSubgraphs(options.subgraphs);
  let storage: FederationStorage;
  let cleanup: () => Promise<void>;
  if (kind === "sqlite") {
    const dataDir = mkdtempSync(join(tmpdir(), "hpig-federation-"));
    storage = { kind: "sqlite", dataDir };
    cleanup = async () => rmSync(dataDir, { recursive: true, force: true });
  } else {
    const serverUrl = process.env["TEST_MYSQL_URL"];
    if (!serverUrl) throw new Error("TEST_MYSQL_URL is not set");
    const databasePrefix = `hpig_it_${randomBytes(3).toString("hex")}_`;
    const names = subgraphs.map((s) => `${databasePrefix}${s.name}`);
    await createMysqlDatabases(serverUrl, names);
    storage = { kind: "mysql", serverUrl, databasePrefix };
    cleanup = () => dropMysqlDatabases(serverUrl, names);
  }

  try {
    await copyTemplate(storage, templatedSubgraphs(options, subgraphs));
  } catch (error) {
    await cleanup();
    throw error;
  }

  // Every subgraph gets a port, those left out too: the gateway's URL for them then leads nowhere.
  const ports = Object.fromEntries(
    await Promise.all(listSubgraphs().map(async (s) => [s.name, await freePort()] as const)),
  );
  const keysDir = mkdtempSync(join(tmpdir(), "hpig-keys-"));
  const auth = await localAuth(keysDir);
  const committee = await auth.token({ subject: "test:committee", name: "Ban chỉ đạo", roles: ["committee"] });
  const dataCleanup = cleanup;
  cleanup = async () => {
    await dataCleanup();
    rmSync(keysDir, { recursive: true, force: true });
  };
  /** The committee's token unless the headers name another caller; an empty authorization means anonymous. */
  const withToken = (headers: Record<string, string>) => {
    const merged: Record<string, string> = { authorization: `Bearer ${committee}`, ...headers };
    if (!merged["authorization"]) delete merged["authorization"];
    return merged;
  };
  const logs: string[] = [];
  const production = options.nodeEnv === "production";
  const gatewayPorts = await Promise.all(Array.from({ length: options.gateways ?? 1 }, () => freePort()));
  const service = await serviceToken(auth);
  // Set even when empty, so a REDIS_URL of the shell running the tests is never used; a prefix of
  // its own keeps this federation's answers apart from those of the suite's other federations.
  const redisUrl = options.redisUrl === undefined ? TEST_REDIS_URL : options.redisUrl;
  const redisEnv = { REDIS_URL: redisUrl ?? "", CACHE_KEY_PREFIX: `hpig-test-${randomBytes(4).toString("hex")}:` };
  let federation: Federation;
  try {
    federation = await startFederation({
      auth: {
        publicKeyFile: auth.publicKeyFile,
        serviceToken: service,
        ...(production ? {} : { explorerToken: committee }),
      },
      storage,
      ports,
      gatewayPort: gatewayPorts[0],
      extraGatewayPorts: gatewayPorts.slice(1),
      devDefaults: true,
      sampleData: options.sampleData ?? false,
      env: {
        LOG_LEVEL: options.logLevel ?? "info",
        EXPOSE_SQL_STATS: production ? "false" : "true",
        NODE_ENV: options.nodeEnv ?? "test",
        ...redisEnv,
        ...options.env,
      },
      subgraphEnv: options.subgraphEnv ?? {},
      onLog: (service, line) => logs.push(`[${service}] ${line}`),
      ...(options.subgraphs ? { subgraphs: options.subgraphs } : {}),
    });
  } catch (error) {
    await cleanup();
    throw new Error(`${(error as Error).message}\n--- logs ---\n${logs.slice(-40).join("\n")}`, { cause: error });
  }
  // A subgraph's first notices of writes may have gone out before a gateway listened: wait until
  // every one is through, so that none invalidates a test's answer later.
  if (options.awaitPublishedVersions ?? true) {
    try {
      await waitForPublishedVersions(federation);
      await waitForGatewayCaches(federation);
    } catch (error) {
      await federation.stop();
      await cleanup();
      throw error;
    }
  }
  const gatewayUrls = federation.gateways.map((gateway) => `${gateway.url}/graphql`);
  return {
    ...federation,
    logs,
    gatewayUrls,
    queryAt: (gateway, query, variables, headers = {}) =>
      postGraphQL(gatewayUrls[gateway], query, variables, withToken(headers)),
    cacheEnv: redisUrl
      ? redisEnv
      : {
          ...redisEnv,
          CACHE_INVALIDATION_URLS: federation.gateways
            .map((gateway) => `${gateway.url}${CACHE_INVALIDATION_PATH}`)
            .join(","),
          REGISTRY_NOTICE_URLS: Object.values(federation.subgraphs)
            .filter((subgraph) => subgraph.name !== "plan")
            .map((subgraph) => `${subgraph.url}${REGISTRY_NOTICE_PATH}`)
            .join(","),
          SERVICE_TOKEN: service,
        },
    databaseUrl: (subgraph) => databaseUrlFor(storage, subgraph),
    openDatabase: async (subgraph) => {
      const db = await createDataSource({
        url: databaseUrlFor(storage, subgraph),
        entities: [],
        migrations: [],
        logger: createLogger("test", "silent"),
      });
      return db.initialize();
    },
    waitForLog: async (match, timeoutMs = 5_000) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const lines = logs.filter(match);
        if (lines.length > 0) return lines;
        if (Date.now() > deadline) throw new Error("no matching log line arrived");
        await new Promise((done) => setTimeout(done, 50));
      }
    },
    query: (query, variables, headers = {}) => postGraphQL(federation.gatewayUrl, query, variables, withToken(headers)),
    subgraphQuery: (subgraph, query, variables, headers = {}) =>
      postGraphQL(`${federation.subgraphs[subgraph].url}/graphql`, query, variables, withToken(headers)),
    token: (claims) => auth.token(claims),
    as: async (claims) => ({ authorization: `Bearer ${await auth.token(claims)}` }),
    keyFiles: { privateKeyFile: auth.privateKeyFile, publicKeyFile: auth.publicKeyFile },
    stop: async () => {
      const exits = await federation.stop();
      await cleanup();
      return exits;
    },
  };
}

/**
 * The subgraphs that may start on copies of the templates: none when the options change what the
 * first start writes for everyone or for plan (whose registry every domain copies), else every
 * subgraph whose own settings do not. NODE_ENV does not: it decides how errors are formatted.
 */
function templatedSubgraphs(options: TestFederationOptions, subgraphs: ReadonlyArray<{ name: string }>): string[] {
  const defaultStart =
    !options.fresh &&
    !options.sampleData &&
    startsLikeTemplate(options.env) &&
    startsLikeTemplate(options.subgraphEnv?.["plan"]);
  return defaultStart
    ? subgraphs.filter((subgraph) => startsLikeTemplate(options.subgraphEnv?.[subgraph.name])).map((s) => s.name)
    : [];
}

/**
 * Waits until every gateway's /health says its response cache can answer: a gateway whose Redis is
 * still connecting (a loaded machine) answers BYPASS, which a test of the cache would misread.
 */
async function waitForGatewayCaches(federation: Federation): Promise<void> {
  await untilHealthy(
    federation.gateways,
    "gateway caches not ready",
    (health: { cache?: { kind?: string; state?: string } }) =>
      health.cache?.kind === "off" || health.cache?.state === "ready",
  );
}
