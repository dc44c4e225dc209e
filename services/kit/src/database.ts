import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";

import { createConnection } from "mysql2/promise";
import { DataSource, type DataSourceOptions, type EntityManager, type MixedList } from "typeorm";

import type { Logger } from "./logger";
import { SqlLogger } from "./sql-stats";

/** Where a subgraph keeps its data: an embedded SQLite file, or a MySQL/MariaDB database. */
export type DatabaseTarget = { kind: "sqlite"; file: string } | { kind: "mysql"; url: string; database: string };

/**
 * Reads `sqlite:<file>` (relative paths from the working directory, `:memory:` allowed)
 * or `mysql://user:password@host:port/database` (`mariadb://` is the same).
 */
export function parseDatabaseUrl(url: string): DatabaseTarget {
  if (url.startsWith("sqlite:")) {
    const file = url.slice("sqlite:".length).replace(/^\/\//, "");
    if (!file) throw new Error("sqlite URL needs a file, e.g. sqlite:data/plan.sqlite");
    return { kind: "sqlite", file: file === ":memory:" ? file : resolve(file) };
  }
  if (/^(mysql|mariadb):\/\//.test(url)) {
    const parsed = new URL(url);
    const database = decodeURIComponent(parsed.pathname.replace(/^\//, ""));
    if (!database) throw new Error("mysql URL needs a database name, e.g. mysql://user:pw@host:3306/plan");
    parsed.protocol = "mysql:";
    return { kind: "mysql", url: parsed.toString(), database };
  }
  throw new Error(`unsupported database URL "${url}": use sqlite:<file> or mysql://user:password@host:port/database`);
}

export interface DataSourceSpec {
  url: string;
  entities: MixedList<Function>;
  migrations: MixedList<Function>;
  logger: Logger;
}

/**
 * Builds the TypeORM data source; the schema is only ever changed by migrations, never by
 * `synchronize`. A MySQL URL may point at MariaDB: the server is asked, because TypeORM reads
 * MariaDB's catalogue differently (defaults, foreign key rules).
 */
export async function createDataSource({ url, entities, migrations, logger }: DataSourceSpec): Promise<DataSource> {
  const target = parseDatabaseUrl(url);
  const common = {
    entities,
    migrations,
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: "each",
    logger: new SqlLogger(logger),
    maxQueryExecutionTime: 1000,
  } as const;
  let options: DataSourceOptions;
  if (target.kind === "sqlite") {
    if (target.file !== ":memory:") mkdirSync(dirname(target.file), { recursive: true });
    options = {
      ...common,
      type: "better-sqlite3",
      database: target.file,
      enableWAL: target.file !== ":memory:",
      prepareDatabase: (db: { pragma(source: string): unknown }) => {
        db.pragma("foreign_keys = ON");
        db.pragma("busy_timeout = 5000");
      },
    };
  } else {
    options = {
      ...common,
      type: (await isMariaDb(target.url)) ? "mariadb" : "mysql",
      url: target.url,
      charset: "utf8mb4_unicode_ci",
      timezone: "Z",
      supportBigNumbers: true,
      connectTimeout: 10_000,
    };
  }
  return new DataSource(options);
}

/** DATABASE_URL names a MySQL/MariaDB database the server does not have: the operator creates it, nothing else will. */
export class MissingDatabaseError extends Error {
  constructor(
    readonly database: string,
    server: string,
  ) {
    super(
      `database "${database}" does not exist on ${server}: create it with ` +
        `CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ` +
        "and grant its user every right on it (Compose's are created by deploy/mysql/init/01-databases.sql)",
    );
    this.name = "MissingDatabaseError";
  }
}

async function isMariaDb(url: string): Promise<boolean> {
  const connection = await createConnection(url).catch((error: unknown) => {
    if ((error as { code?: string }).code !== "ER_BAD_DB_ERROR") throw error;
    const parsed = new URL(url);
    throw new MissingDatabaseError(decodeURIComponent(parsed.pathname.slice(1)), parsed.host);
  });
  try {
    const [rows] = await connection.query("SELECT VERSION() AS version");
    return /mariadb/i.test(String((rows as Array<{ version: string }>)[0]?.version));
  } finally {
    await connection.end();
  }
}

/**
 * Vietnamese text is mangled in a latin1 database; refuse to start on one rather than corrupt data.
 */
export async function assertUtf8mb4(dataSource: DataSource): Promise<void> {
  if (dataSource.options.type !== "mysql" && dataSource.options.type !== "mariadb") return;
  const rows: Array<{ charset: string }> = await dataSource.query(
    "SELECT DEFAULT_CHARACTER_SET_NAME AS charset FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = DATABASE()",
  );
  const charset = rows[0]?.charset;
  if (charset !== "utf8mb4") {
    throw new Error(
      `database "${String(dataSource.options.database ?? "")}" uses character set ${charset ?? "unknown"}; ` +
        "create it with CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci so Vietnamese text round-trips",
    );
  }
}

/** Readiness probe: the database answers a trivial query. */
export async function pingDatabase(dataSource: DataSource): Promise<void> {
  await dataSource.query("SELECT 1");
}

/** True for a unique-constraint violation on SQLite or MySQL/MariaDB (a concurrent write got there first). */
export function isUniqueViolation(error: unknown): boolean {
  const driverError =
    (error as { driverError?: { code?: string; errno?: number } }).driverError ?? (error as { code?: string });
  const code = driverError.code ?? "";
  return (
    code === "ER_DUP_ENTRY" || code.startsWith("SQLITE_CONSTRAINT_UNIQUE") || code === "SQLITE_CONSTRAINT_PRIMARYKEY"
  );
}

const sqliteQueues = new WeakMap<DataSource, Promise<unknown>>();

/**
 * `db.transaction`, made safe for concurrent callers on SQLite: TypeORM's better-sqlite3 driver
 * has a single connection, so two overlapping transactions would nest and end each other.
 * There, transactions take turns; MySQL gives each its own pooled connection.
 */
export function runInTransaction<T>(db: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  if (db.options.type !== "better-sqlite3") return db.transaction(work);
  const previous = sqliteQueues.get(db) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(() => db.transaction(work));
  sqliteQueues.set(db, next);
  return next;
}
