import "reflect-metadata";
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { createDataSource, createLogger, loadSubgraphConfig } from "@hpig/kit";
import { importCliWriter } from "../audit/plan-audit";
import { planSubgraph } from "../subgraph";
import { importPlanDocument } from "./import-plan";
import { PlanDocumentError } from "./plan-document";

const USAGE = `Usage: npm run import-plan -- <plan-document.txt> [--dry-run] [--replace]

Imports a plan document (the text format of Plan 3438/KH-UBND) into the plan registry of
DATABASE_URL (default sqlite:data/plan.sqlite). Importing the same document again changes nothing.
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
  const config = loadSubgraphConfig(planSubgraph, process.env);
  const db = await createDataSource({
    url: config.DATABASE_URL,
    entities: planSubgraph.entities,
    migrations: planSubgraph.migrations,
    logger: createLogger("import-plan", "warn"),
  });
  await db.initialize();
  try {
    await db.runMigrations({ transaction: "each" });
    const summary = await importPlanDocument(db, readFileSync(positionals[0]!, "utf8"), {
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
    return 0;
  } finally {
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
