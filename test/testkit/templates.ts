import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import {
  cloneMysqlDatabase,
  createMysqlDatabases,
  dropTemplateDatabases,
  templateDatabasePrefix,
} from "@hpig/kit/testing";
import { type FederationStorage, freePort, listSubgraphs, localAuth, serviceToken, startFederation } from "@hpig/tools";

import { waitForPublishedVersions } from "./health";

/*
 * What a federation's first start writes on MariaDB (the migrations, plan's seed, each domain's
 * reference rows and its copy of the registry) is the same for every test that starts one with the
 * defaults, and takes the server seconds of DDL. The suite's setup starts one such federation and
 * keeps its databases as a template; a test's federation then starts on clones of them
 * (cloneMysqlDatabase): 2–3 s less per federation. SQLite, where a first start costs about as
 * much as a restart, always starts first. A first start on empty MariaDB databases stays tested
 * where it is the subject (the restart drill, the upgrade drill, the migration tests) and wherever a
 * test's options change what the first start writes.
 */

/** The database prefix of the MariaDB template (`<prefix><subgraph>`) on TEST_MYSQL_URL. */
const MYSQL_TEMPLATE_PREFIX = "HPIG_TEST_TEMPLATE_MYSQL_PREFIX";

/**
 * Settings that change how a process behaves but not what its first start writes: a subgraph whose
 * test sets only these (or nothing) may start from the template. Not the gateway's timeouts: on a
 * template a domain is ready with the registry copy it holds and checks it with plan just after,
 * where a first start checks before; a test of timeouts starts first, with nothing in the background.
 */
const DATA_NEUTRAL_SETTING = /^(LOG_LEVEL|EXPOSE_SQL_STATS|REGISTRY_SYNC_INTERVAL_MS|REGISTRY_NOTICES)$/;

/** True when a test's settings for a process leave its first start's data as the template's. */
export function startsLikeTemplate(settings: NodeJS.ProcessEnv | undefined): boolean {
  return Object.keys(settings ?? {}).every((key) => DATA_NEUTRAL_SETTING.test(key));
}

/**
 * Called by the suite's setup (after the build): names the run (HPIG_TEST_RUN_ID, the prefix of the
 * templates the kit's openTestDataSource makes) and, when the suite runs on TEST_MYSQL_URL, makes
 * the federation template.
 */
export async function buildTemplates(): Promise<void> {
  const runId = randomBytes(3).toString("hex");
  process.env["HPIG_TEST_RUN_ID"] = runId;
  const serverUrl = process.env["TEST_MYSQL_URL"];
  if (!serverUrl) return;
  const databasePrefix = `${templateDatabasePrefix(runId)}federation_`;
  await createMysqlDatabases(
    serverUrl,
    listSubgraphs().map((subgraph) => `${databasePrefix}${subgraph.name}`),
  );
  await firstStart({ kind: "mysql", serverUrl, databasePrefix });
  process.env[MYSQL_TEMPLATE_PREFIX] = databasePrefix;
}

/** Called by the suite's teardown: drops every template of the run. */
export async function removeTemplates(): Promise<void> {
  const serverUrl = process.env["TEST_MYSQL_URL"];
  const runId = process.env["HPIG_TEST_RUN_ID"];
  if (serverUrl && runId) await dropTemplateDatabases(serverUrl, runId);
}

/**
 * Fills a new federation's MariaDB databases of the named subgraphs from the template (the rest stay
 * empty and start fresh). On SQLite, or without a template (a test run outside the suite's setup),
 * nothing is copied.
 */
export async function copyTemplate(storage: FederationStorage, subgraphs: readonly string[]): Promise<void> {
  const templatePrefix = process.env[MYSQL_TEMPLATE_PREFIX];
  if (storage.kind !== "mysql" || !templatePrefix) return;
  await Promise.all(
    subgraphs.map((subgraph) =>
      cloneMysqlDatabase(storage.serverUrl, `${templatePrefix}${subgraph}`, `${storage.databasePrefix}${subgraph}`),
    ),
  );
}

/** Starts a federation as startTestFederation does by default, waits until its first writes are done, stops it. */
async function firstStart(storage: FederationStorage): Promise<void> {
  const keysDir = mkdtempSync(join(tmpdir(), "hpig-template-keys-"));
  try {
    const auth = await localAuth(keysDir);
    const subgraphs = listSubgraphs();
    const federation = await startFederation({
      auth: { publicKeyFile: auth.publicKeyFile, serviceToken: await serviceToken(auth) },
      storage,
      ports: Object.fromEntries(await Promise.all(subgraphs.map(async (s) => [s.name, await freePort()] as const))),
      gatewayPort: await freePort(),
      devDefaults: true,
      env: { LOG_LEVEL: "warn", NODE_ENV: "test", REDIS_URL: "" },
    });
    try {
      // Ready means migrated, seeded and (for a domain) holding plan's registry; the notices of those
      // first writes are the last thing a start sends.
      await waitForPublishedVersions(federation);
    } finally {
      await federation.stop();
    }
  } finally {
    rmSync(keysDir, { recursive: true, force: true });
  }
}
