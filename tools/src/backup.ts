import "reflect-metadata";

import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";

import { clock } from "@hpig/kit";

import { OperationAction, recordOperation } from "./backup/audit";
import { backupDatabase, federationDatabases, migrationState } from "./backup/databases";
import { type BackupEntry, fileDigest, MANIFEST_FILE, writeManifest } from "./backup/manifest";
import { storageFromEnv } from "./federation";
import { REPO_ROOT } from "./registry";

const USAGE = `Usage: npm run backup -- <folder>

Copies every database of the federation (plan and each domain) into <folder>, which must be new
or empty, while the services keep running: SQLite files (DATA_DIR, default ./data) through SQLite's
online backup, MySQL/MariaDB databases (MYSQL_URL, MYSQL_DATABASE_PREFIX as npm start takes them)
through mariadb-dump/mysqldump --single-transaction. Each database's audit trail records the backup
("database.backup", by "system:backup") before it is copied, so a restored database says which backup
it came from. ${MANIFEST_FILE}, written last, lists each file with its size, sha256 and migrations.`;

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.length !== 1 || args[0].startsWith("-")) {
    process.stderr.write(`${USAGE}\n`);
    return args[0] === "--help" ? 0 : 2;
  }
  // npm runs scripts in the repository root; a relative folder is the caller's.
  const folder = resolve(process.env["INIT_CWD"] ?? process.cwd(), args[0]);
  if (existsSync(folder) && readdirSync(folder).length > 0) {
    throw new Error(`${folder} is not empty: back up into a new folder, so that no earlier backup is overwritten`);
  }
  const storage = storageFromEnv(process.env, REPO_ROOT);
  const databases = federationDatabases(storage, REPO_ROOT);
  const states = await Promise.all(
    databases.map((database) =>
      migrationState(database.target).catch((error: unknown) => {
        throw new Error(
          `${database.subgraph}: cannot read ${database.url.replace(/\/\/[^@]*@/, "//")} (${(error as Error).message}); ` +
            "has the federation been started on it?",
        );
      }),
    ),
  );
  mkdirSync(folder, { recursive: true });
  const takenAt = clock.now().toISOString();
  const id = `${takenAt.replace(/\.\d+Z$/, "Z").replace(/:/g, "-")}-${randomBytes(2).toString("hex")}`;
  const entries: BackupEntry[] = [];
  for (const [index, database] of databases.entries()) {
    const started = Date.now();
    const file = `${database.subgraph}.${storage.kind === "sqlite" ? "sqlite" : "sql"}`;
    const migrations = states[index];
    const auditEntryId = await recordOperation(database.url, "backup", {
      action: OperationAction.Backup,
      entityType: "Database",
      entityKey: database.subgraph,
      before: null,
      after: { backup: id, takenAt, file, migrations },
      subjects: [{ type: "Backup", key: id }],
    });
    await backupDatabase(database.target, join(folder, file));
    entries.push({ subgraph: database.subgraph, file, ...fileDigest(join(folder, file)), migrations, auditEntryId });
    process.stdout.write(
      `${database.subgraph.padEnd(12)} ${file} ${entries.at(-1)!.bytes} bytes, ${migrations.count} migrations (${migrations.latest}), ${Date.now() - started} ms\n`,
    );
  }
  writeManifest(folder, { format: 1, id, takenAt, storage: storage.kind, databases: entries });
  process.stdout.write(`Backup ${id} of ${entries.length} databases in ${folder}\n`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`backup: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
