import "reflect-metadata";

import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";

import {
  createDataSource,
  createLogger,
  loadDatabaseToolConfig,
  publishDataVersionOnCommit,
  registryNoticeEnv,
  startDataVersionPublisher,
  startRegistryNotifier,
} from "@hpig/kit";

import { importCliWriter } from "../audit/plan-audit";
import { announceRegistryChanges } from "../registry-notice/announce-registry-changes";
import { planSubgraph } from "../subgraph";
import { importPlanDocument } from "./import-plan";
import { PlanDocumentError } from "./plan-document";

const USAGE = `Usage: npm run import-plan -- <plan-document.txt> [--dry-run] [--replace]

Imports a plan document (the text format of Plan 3438/KH-UBND) into the plan registry of
DATABASE_URL (default sqlite:data/plan.sqlite). Importing the same document again changes nothing.
The gateways' response cache is told of the import through REDIS_URL (and CACHE_KEY_PREFIX), as the
plan subgraph is, or without Redis through CACHE_INVALIDATION_URLS with SERVICE_TOKEN; with neither,
answers cached before the import are served until they expire (the gateway's CACHE_TTL_SECONDS).
Approved adjustment proposals (committee { decideProposal }) are applied again on top of the
document, so an import never undoes a decision of the People's Committee.
An import that changes the registry is recorded in the plan's audit trail (plan { auditTrail }) as
"system:import-plan", named "import-plan CLI (<operating-system user>)".
  --dry-run   report what would change, write nothing
  --replace   allow replacing a registry that holds a different plan`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: { "dry-run": { type: "boolean" }, replace: { type: "boolean" }, help: { type: "boolean" } },
    allowPositionals: true,
  });
  if (values.help || positionals.length !== 1) {
    process.stderr.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  // A command-line import serves no HTTP: it needs DATABASE_URL, not the server's port or token keys.
  const config = loadDatabaseToolConfig(planSubgraph.name, process.env, registryNoticeEnv);
  const logger = createLogger("import-plan", "warn");
  const db = await createDataSource({
    url: config.DATABASE_URL,
    entities: planSubgraph.entities,
    migrations: planSubgraph.migrations,
    logger,
  });
  await db.initialize();
  // The import writes plan's database around the plan subgraph: it tells the cache as plan would.
  const versions = startDataVersionPublisher(planSubgraph.name, config, logger);
  const stopPublishing = versions ? publishDataVersionOnCommit(db, versions) : () => undefined;
  // And the domains, as plan would (REDIS_URL, or REGISTRY_NOTICE_URLS with SERVICE_TOKEN).
  const notifier = config.REGISTRY_NOTICES
    ? startRegistryNotifier({
        redisUrl: config.REDIS_URL,
        keyPrefix: config.CACHE_KEY_PREFIX,
        urls: config.REGISTRY_NOTICE_URLS,
        token: config.SERVICE_TOKEN,
        logger,
      })
    : null;
  let announcing: Promise<void> = Promise.resolve();
  const stopAnnouncing = notifier
    ? announceRegistryChanges(db, { notify: () => (announcing = notifier.notify()), close: () => notifier.close() })
    : () => undefined;
  let cacheTold: boolean | undefined;
  try {
    await db.runMigrations({ transaction: "each" });
    const summary = await importPlanDocument(db, readFileSync(positionals[0], "utf8"), {
      dryRun: values["dry-run"] ?? false,
      replace: values.replace ?? false,
      writer: importCliWriter(),
    });
    const { counts } = summary;
    process.stdout.write(
      `Plan ${summary.plan.number} of ${summary.plan.issuedOn}: ${counts.programGroups} groups, ${counts.tasks} tasks, ` +
        `${counts.assignments} assignments, ${counts.agencies} agencies, ${counts.targets} targets, ` +
        `${counts.reportingRequirements} reporting units, ${counts.indicators} indicators.\n`,
    );
    const changed = Object.entries(summary.changes).filter(([, c]) => c.inserted + c.updated + c.deleted > 0);
    process.stdout.write(
      changed.length === 0
        ? "The registry already matches the document: nothing changed.\n"
        : `${summary.dryRun ? "Would change" : "Changed"}: ${changed
            .map(([table, c]) => `${table} +${c.inserted} ~${c.updated} -${c.deleted}`)
            .join(", ")}\n`,
    );
    if (summary.auditEntryId !== null) {
      process.stdout.write(`Recorded in the audit trail as entry ${summary.auditEntryId} (plan.import).\n`);
    }
    if (summary.decisionsKept.length > 0) {
      process.stdout.write(
        `Kept ${summary.decisionsKept.length} decision(s) of the People's Committee over the document: ${summary.decisionsKept
          .map((kept) => `${kept.taskCode} (${kept.decisionNumber}, proposal ${kept.proposalId})`)
          .join(", ")}.\n`,
      );
    }
    for (const warning of summary.warnings) process.stdout.write(`warning: ${warning.where}: ${warning.message}\n`);
    cacheTold = (await versions?.close()) ?? false;
    if (!summary.dryRun && changed.length > 0 && !cacheTold) {
      process.stdout.write(
        "warning: the gateways' response cache was not told of this import (no REDIS_URL or CACHE_INVALIDATION_URLS, " +
          "or they did not answer): answers cached before it are served until they expire (CACHE_TTL_SECONDS).\n",
      );
    }
    return 0;
  } finally {
    stopAnnouncing();
    await announcing;
    await notifier?.close();
    stopPublishing();
    if (cacheTold === undefined) await versions?.close();
    await db.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message = error instanceof PlanDocumentError || error instanceof Error ? error.message : String(error);
    process.stderr.write(`import-plan: ${message}\n`);
    process.exit(1);
  },
);
