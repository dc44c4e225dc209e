import { spawn } from "node:child_process";
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, readlinkSync } from "node:fs";
import { dirname } from "node:path";

import { type DatabaseTarget, parseDatabaseUrl } from "@hpig/kit/standalone";
import Database from "better-sqlite3";
import { createConnection } from "mysql2/promise";

import { databaseUrlFor, type FederationStorage } from "../federation";
import { listSubgraphs } from "../registry";

/** One database of the federation: the plan's or a domain's. */
export interface FederationDatabase {
  subgraph: string;
  url: string;
  target: DatabaseTarget;
}

/** Every subgraph's database under the storage `npm start` uses. */
export function federationDatabases(storage: FederationStorage, root: string): FederationDatabase[] {
  return listSubgraphs(root).map((entry) => {
    const url = databaseUrlFor(storage, entry.name);
    return { subgraph: entry.name, url, target: parseDatabaseUrl(url) };
  });
}

/** How far the migrations have taken a database: TypeORM's `migrations` table. */
export interface MigrationState {
  /** The newest migration applied ("CreateAuditTrail1764600000000"); null on a database never migrated. */
  latest: string | null;
  count: number;
}

type MysqlTarget = Extract<DatabaseTarget, { kind: "mysql" }>;

export async function migrationState(target: DatabaseTarget): Promise<MigrationState> {
  const sql = "SELECT name FROM migrations ORDER BY id DESC";
  let names: string[];
  if (target.kind === "sqlite") {
    const db = new Database(target.file, { readonly: true, fileMustExist: true });
    try {
      names = (db.prepare(sql).all() as Array<{ name: string }>).map((row) => row.name);
    } finally {
      db.close();
    }
  } else {
    const connection = await createConnection(target.url);
    try {
      const [rows] = await connection.query(sql);
      names = (rows as Array<{ name: string }>).map((row) => row.name);
    } finally {
      await connection.end();
    }
  }
  return { latest: names[0] ?? null, count: names.length };
}

/**
 * Copies a live database into `file`: SQLite through its online backup API (a consistent copy
 * while the services keep writing), MySQL/MariaDB through the server's dump tool in one
 * transaction (`--single-transaction`: a consistent snapshot without locking the tables).
 */
export async function backupDatabase(target: DatabaseTarget, file: string): Promise<void> {
  if (target.kind === "sqlite") {
    const db = new Database(target.file, { readonly: true, fileMustExist: true });
    try {
      await db.backup(file);
    } finally {
      db.close();
    }
    return;
  }
  await runClient(["mariadb-dump", "mysqldump"], target, [
    "--single-transaction",
    "--quick",
    "--skip-lock-tables",
    "--hex-blob",
    "--no-tablespaces",
    "--default-character-set=utf8mb4",
    `--result-file=${file}`,
    target.database,
  ]);
}

/**
 * Replaces a database's content with a backup's: a SQLite file is written page by page through the
 * backup API (the restored file is the backup's, whatever it held before); a MySQL/MariaDB
 * database loses every table and is loaded from the dump (created, utf8mb4, if it does not exist).
 */
export async function restoreDatabase(target: DatabaseTarget, file: string): Promise<void> {
  if (target.kind === "sqlite") {
    mkdirSync(dirname(target.file), { recursive: true });
    const backup = new Database(file, { readonly: true, fileMustExist: true });
    try {
      await backup.backup(target.file);
    } finally {
      backup.close();
    }
    return;
  }
  await emptyDatabase(target);
  const input = openSync(file, "r");
  try {
    await runClient(["mariadb", "mysql"], target, ["--default-character-set=utf8mb4", target.database], input);
  } finally {
    closeSync(input);
  }
}

/** Drops every table and view (creating the database if missing), so that the dump alone defines it. */
async function emptyDatabase(target: MysqlTarget): Promise<void> {
  const server = new URL(target.url);
  server.pathname = "/";
  const connection = await createConnection(server.toString());
  try {
    const name = connection.escapeId(target.database);
    await connection.query(`CREATE DATABASE IF NOT EXISTS ${name} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    const [tables] = await connection.query(
      "SELECT TABLE_NAME AS name, TABLE_TYPE AS type FROM information_schema.TABLES WHERE TABLE_SCHEMA = ?",
      [target.database],
    );
    await connection.query("SET FOREIGN_KEY_CHECKS = 0");
    for (const table of tables as Array<{ name: string; type: string }>) {
      const kind = table.type === "VIEW" ? "VIEW" : "TABLE";
      await connection.query(`DROP ${kind} IF EXISTS ${name}.${connection.escapeId(table.name)}`);
    }
  } finally {
    await connection.end();
  }
}

/**
 * Who else holds a database open, in words ("process 1234 (node services/plan/dist/index.js)");
 * empty when nobody does, as far as this system tells: other processes' open files on Linux, the
 * server's other connections to the database on MySQL/MariaDB (those of the same user, or all with
 * the PROCESS privilege).
 */
export async function otherUsers(target: DatabaseTarget): Promise<string[]> {
  if (target.kind === "sqlite") return processesWithFileOpen(target.file);
  const connection = await createConnection(new URL("/", target.url).toString().replace(/\/$/, ""));
  try {
    const [rows] = await connection.query(
      "SELECT ID AS id, USER AS user, HOST AS host FROM information_schema.PROCESSLIST WHERE DB = ? AND ID <> CONNECTION_ID()",
      [target.database],
    );
    return (rows as Array<{ id: number; user: string; host: string }>).map(
      (row) => `connection ${row.id} of ${row.user}@${row.host}`,
    );
  } finally {
    await connection.end();
  }
}

function processesWithFileOpen(file: string): string[] {
  let pids: string[];
  try {
    pids = readdirSync("/proc").filter((name) => /^\d+$/.test(name) && Number(name) !== process.pid);
  } catch {
    return []; // No /proc (macOS, Windows): nothing to tell.
  }
  const found: string[] = [];
  for (const pid of pids) {
    try {
      const open = readdirSync(`/proc/${pid}/fd`).some((fd) => {
        try {
          return readlinkSync(`/proc/${pid}/fd/${fd}`) === file;
        } catch {
          return false;
        }
      });
      if (open) {
        const command = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean).join(" ");
        found.push(`process ${pid} (${command})`);
      }
    } catch {
      // A process that ended meanwhile, or another user's.
    }
  }
  return found;
}

/**
 * Runs the first of `programs` this system has (MariaDB's name first, MySQL's after), signed in as
 * the URL's user; the password goes through MYSQL_PWD, never on a command line others can read.
 */
async function runClient(programs: string[], target: MysqlTarget, args: string[], stdin?: number): Promise<void> {
  const url = new URL(target.url);
  const connection = [
    `--host=${url.hostname}`,
    `--port=${url.port || "3306"}`,
    `--user=${decodeURIComponent(url.username)}`,
  ];
  for (const program of programs) {
    const outcome = await new Promise<{ missing: true } | { missing: false; code: number | null; stderr: string }>(
      (settle) => {
        const child = spawn(program, [...connection, ...args], {
          env: { ...process.env, MYSQL_PWD: decodeURIComponent(url.password) },
          stdio: [stdin ?? "ignore", "ignore", "pipe"],
        });
        let stderr = "";
        child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
        child.on("error", (error: NodeJS.ErrnoException) =>
          error.code === "ENOENT"
            ? settle({ missing: true })
            : settle({ missing: false, code: -1, stderr: error.message }),
        );
        child.on("close", (code) => settle({ missing: false, code, stderr }));
      },
    );
    if (outcome.missing) continue;
    if (outcome.code !== 0) {
      throw new Error(`${program} ${target.database} failed (exit code ${outcome.code}): ${outcome.stderr.trim()}`);
    }
    return;
  }
  throw new Error(`none of ${programs.join(", ")} is installed (Debian: apt-get install mariadb-client)`);
}
