import "reflect-metadata";

import { resolve } from "node:path";
import { join } from "node:path";

import { OperationAction, recordOperation } from "./backup/audit";
import { federationDatabases, migrationState, otherUsers, restoreDatabase } from "./backup/databases";
import { readManifest } from "./backup/manifest";
import { storageFromEnv } from "./federation";
import { REPO_ROOT } from "./registry";

const USAGE = `Usage: npm run restore -- <folder>

Replaces every database of the federation (SQLite files in DATA_DIR, or the MySQL/MariaDB
databases of MYSQL_URL) with the backup in <folder>, made by npm run backup. Every write made after
the backup is lost. Stop the federation first: restore refuses while a process holds a database
open (a running subgraph keeps its own copies, e.g. the domains' registry, and would serve them).
Start it again afterwards; migrations newer than the backup run at start. Each database's audit
trail records the restore ("database.restore", by "system:restore") after its backup's own entry.`;

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.length !== 1 || args[0].startsWith("-")) {
    process.stderr.write(`${USAGE}\n`);
    return args[0] === "--help" ? 0 : 2;
  }
  const folder = resolve(process.env["INIT_CWD"] ?? process.cwd(), args[0]);
  const manifest = readManifest(folder);
  const storage = storageFromEnv(process.env, REPO_ROOT);
  if (manifest.storage !== storage.kind) {
    throw new Error(`the backup holds ${manifest.storage} databases; this federation runs on ${storage.kind}`);
  }
  const databases = federationDatabases(storage, REPO_ROOT);
  const backedUp = new Map(manifest.databases.map((entry) => [entry.subgraph, entry]));
  const missing = databases.filter((database) => !backedUp.has(database.subgraph)).map((d) => d.subgraph);
  const unknown = manifest.databases.filter((entry) => !databases.some((d) => d.subgraph === entry.subgraph));
  if (missing.length > 0 || unknown.length > 0) {
    throw new Error(
      `the backup does not match this federation's subgraphs: ${[
        ...missing.map((name) => `${name} not in the backup`),
        ...unknown.map((entry) => `${entry.subgraph} not a subgraph here`),
      ].join("; ")}`,
    );
  }
  const inUse = (
    await Promise.all(
      databases.map(async (database) =>
        (await otherUsers(database.target)).map((user) => `${database.subgraph}: ${user}`),
      ),
    )
  ).flat();
  if (inUse.length > 0) {
    throw new Error(
      `stop the federation before restoring (Ctrl-C on npm start, or docker compose stop); its databases are open:\n  ${inUse.join("\n  ")}`,
    );
  }
  for (const database of databases) {
    const entry = backedUp.get(database.subgraph)!;
    const started = Date.now();
    const before = await migrationState(database.target).catch(() => null);
    await restoreDatabase(database.target, join(folder, entry.file));
    await recordOperation(database.url, "restore", {
      action: OperationAction.Restore,
      entityType: "Database",
      entityKey: database.subgraph,
      before: { migrations: before },
      after: { backup: manifest.id, takenAt: manifest.takenAt, file: entry.file, migrations: entry.migrations },
      subjects: [{ type: "Backup", key: manifest.id }],
    });
    process.stdout.write(
      `${database.subgraph.padEnd(12)} restored from ${entry.file} (${entry.migrations.count} migrations), ${Date.now() - started} ms\n`,
    );
  }
  process.stdout.write(
    `Restored ${databases.length} databases to backup ${manifest.id} taken at ${manifest.takenAt}; ` +
      "writes made after it are gone. Start the federation again (npm start).\n",
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`restore: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
