import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { createConnection, type RowDataPacket } from "mysql2/promise";
import type { DataSource } from "typeorm";

import { ensureLocalKeys, issueToken, type Role } from "./auth";
import { createDataSource } from "./database";
import { createLogger } from "./logger";
import type { SubgraphContext, SubgraphDefinition } from "./subgraph";

/**
 * The MySQL/MariaDB server the suite runs against, e.g. mysql://hpig:hpig@127.0.0.1:3306
 * (no database: each test makes its own). Unset: the suite runs on the embedded SQLite default.
 */
export const TEST_MYSQL_URL = process.env["TEST_MYSQL_URL"];

/** The database every database test of this run uses: the same suite runs once per kind. */
export const TEST_DATABASE_KIND: "sqlite" | "mysql" = TEST_MYSQL_URL ? "mysql" : "sqlite";

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A fresh, empty database: a SQLite file in a temp folder, or a utf8mb4 MySQL database with a unique name. */
export async function createTestDatabase(kind: "sqlite" | "mysql", label: string): Promise<TestDatabase> {
  if (kind === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), `hpig-${label}-`));
    return {
      url: `sqlite:${join(dir, `${label}.sqlite`)}`,
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  if (!TEST_MYSQL_URL) throw new Error("TEST_MYSQL_URL is not set");
  const name = `hpig_test_${label}_${randomBytes(4).toString("hex")}`;
  await createMysqlDatabases(TEST_MYSQL_URL, [name]);
  return {
    url: `${TEST_MYSQL_URL.replace(/\/$/, "")}/${name}`,
    drop: () => dropMysqlDatabases(TEST_MYSQL_URL, [name]),
  };
}

export async function createMysqlDatabases(serverUrl: string, names: string[]): Promise<void> {
  const connection = await createConnection(serverUrl);
  try {
    for (const name of names) {
      await connection.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    }
  } finally {
    await connection.end();
  }
}

export async function dropMysqlDatabases(serverUrl: string, names: string[]): Promise<void> {
  const connection = await createConnection(serverUrl);
  try {
    for (const name of names) await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
  } finally {
    await connection.end();
  }
}

/**
 * Copies every table of one MySQL/MariaDB database into another, empty one: the same definitions
 * (SHOW CREATE TABLE, so indexes, foreign keys and AUTO_INCREMENT counters too) and the same rows.
 * A few hundred milliseconds where the migrations that made the original take seconds.
 */
export async function cloneMysqlDatabase(serverUrl: string, from: string, to: string): Promise<void> {
  const connection = await createConnection(serverUrl);
  try {
    const [tables] = await connection.query<Array<{ name: string } & RowDataPacket>>(
      "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = ? AND table_type = 'BASE TABLE'",
      [from],
    );
    // SHOW CREATE TABLE names other tables unqualified (foreign keys): they are created in `to`, in any order.
    await connection.query(`USE \`${to}\``);
    await connection.query("SET FOREIGN_KEY_CHECKS = 0");
    for (const { name } of tables) {
      const [[definition]] = await connection.query<Array<{ "Create Table": string } & RowDataPacket>>(
        `SHOW CREATE TABLE \`${from}\`.\`${name}\``,
      );
      await connection.query(definition["Create Table"]);
      await connection.query(`INSERT INTO \`${to}\`.\`${name}\` SELECT * FROM \`${from}\`.\`${name}\``);
    }
  } finally {
    await connection.end();
  }
}

/** A migrated data source of a subgraph on the given database, for in-process tests. */
export async function openMigratedDataSource(
  definition: Pick<SubgraphDefinition<SubgraphContext>, "name" | "entities" | "migrations">,
  url: string,
): Promise<DataSource> {
  const db = await createDataSource({
    url,
    entities: definition.entities,
    migrations: definition.migrations,
    logger: createLogger(definition.name, "silent"),
  });
  await db.initialize();
  await db.runMigrations({ transaction: "each" });
  return db;
}

/**
 * The suite's run (set by its setup), whose MySQL template databases (`hpig_tpl_<run>_…`) its
 * teardown drops; unset, each test database is migrated from empty.
 */
const TEST_RUN_ID = process.env["HPIG_TEST_RUN_ID"];

/** The prefix of every template database a run leaves for its teardown to drop. */
export function templateDatabasePrefix(runId: string): string {
  return `hpig_tpl_${runId}_`;
}

/** This test file's migrated template per subgraph and migration list. */
const migratedTemplates = new Map<string, Promise<string>>();

/**
 * On MySQL/MariaDB the migrations of a subgraph run once per test file, into a template that every
 * test's database is then cloned from (cloneMysqlDatabase): DDL costs the server seconds per test
 * where a clone costs a tenth of that. The migrations themselves are tested on empty databases
 * (openMigratedDataSource) by each subgraph's migration tests.
 */
function migratedTemplate(
  serverUrl: string,
  definition: Pick<SubgraphDefinition<SubgraphContext>, "name" | "entities" | "migrations">,
): Promise<string> {
  const migrations = Object.values(definition.migrations).map((migration) =>
    typeof migration === "function" ? migration.name : String(migration),
  );
  const key = `${definition.name}:${migrations.join(",")}`;
  let template = migratedTemplates.get(key);
  if (!template) {
    const name = `${templateDatabasePrefix(TEST_RUN_ID!)}${definition.name}_${randomBytes(4).toString("hex")}`;
    template = createMysqlDatabases(serverUrl, [name])
      .then(() => openMigratedDataSource(definition, `${serverUrl.replace(/\/$/, "")}/${name}`))
      .then((db) => db.destroy())
      .then(() => name);
    migratedTemplates.set(key, template);
  }
  return template;
}

/** Drops every template database a run left (the suite's teardown). */
export async function dropTemplateDatabases(serverUrl: string, runId: string): Promise<void> {
  const connection = await createConnection(serverUrl);
  try {
    const [rows] = await connection.query<Array<{ name: string } & RowDataPacket>>(
      "SELECT schema_name AS name FROM information_schema.schemata WHERE schema_name LIKE ?",
      [`${templateDatabasePrefix(runId).replace(/_/g, "\\_")}%`],
    );
    for (const { name } of rows) await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
  } finally {
    await connection.end();
  }
}

/** A migrated data source on a fresh database of this run's kind; `close` disconnects and drops it. */
export interface TestDataSource {
  db: DataSource;
  close(): Promise<void>;
}

export async function openTestDataSource(
  definition: Pick<SubgraphDefinition<SubgraphContext>, "name" | "entities" | "migrations">,
): Promise<TestDataSource> {
  const database = await createTestDatabase(TEST_DATABASE_KIND, definition.name);
  const template = TEST_MYSQL_URL && TEST_RUN_ID ? await migratedTemplate(TEST_MYSQL_URL, definition) : undefined;
  if (template)
    await cloneMysqlDatabase(TEST_MYSQL_URL!, template, database.url.slice(database.url.lastIndexOf("/") + 1));
  const db = await openMigratedDataSource(definition, database.url);
  return {
    db,
    close: async () => {
      await db.destroy();
      await database.drop();
    },
  };
}

/**
 * The SQL TypeORM would run to make the database match the entities; empty when the
 * migrations and the entity classes agree.
 */
export async function pendingSchemaChanges(db: DataSource): Promise<string[]> {
  const sql = await db.driver.createSchemaBuilder().log();
  return sql.upQueries.map((query) => query.query);
}

export interface TestAuth {
  /** Environment that makes a service trust this auth's key. */
  env: { AUTH_PUBLIC_KEY_FILE: string };
  token(claims: {
    subject?: string;
    name?: string;
    agency?: string | null;
    roles: Role[];
    expiresIn?: string;
  }): Promise<string>;
  cleanup(): void;
}

/** A key pair in a temp folder, and tokens signed with it, for tests that start services themselves. */
export async function createTestAuth(): Promise<TestAuth> {
  const dir = mkdtempSync(join(tmpdir(), "hpig-auth-"));
  const keys = await ensureLocalKeys(dir);
  return {
    env: { AUTH_PUBLIC_KEY_FILE: keys.publicKeyFile },
    token: ({ subject, name, agency, roles, expiresIn }) =>
      issueToken(keys.privateKeyFile, {
        subject: subject ?? `test:${agency ?? roles[0]}`,
        ...(name ? { name } : {}),
        agency: agency ?? null,
        roles,
        expiresIn: expiresIn ?? "1h",
      }),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
