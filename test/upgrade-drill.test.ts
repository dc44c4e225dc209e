import { join } from "node:path";

import { createDataSource, createLogger } from "@hpig/kit/standalone";
import { createTestDatabase, pendingSchemaChanges, TEST_DATABASE_KIND } from "@hpig/kit/testing";
import { planSubgraph } from "@hpig/plan/subgraph";
import { listSubgraphs, REPO_ROOT } from "@hpig/tools";
import type { DataSource, MixedList, Table, TableColumn } from "typeorm";

import { tableNames } from "./testkit/launcher";

type Migrations = Function[];

interface Drilled {
  subgraph: string;
  entities: MixedList<Function>;
  migrations: Migrations;
}

/** Every subgraph's migrations, oldest first, and the entities its current schema must match. */
function drills(): Drilled[] {
  return listSubgraphs().map((entry) => {
    const definition = entry.name === "plan" ? planSubgraph : domainSubgraphIn(entry.dir);
    return {
      subgraph: entry.name,
      entities: definition.entities,
      migrations: definition.migrations as Migrations,
    };
  });
}

/** A domain's src/subgraph.ts exports its definition: the shared entities and migrations, then its own. */
function domainSubgraphIn(dir: string): { entities: MixedList<Function>; migrations: MixedList<Function> } {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the domain is chosen at run time and its module loaded synchronously
  const exported = Object.values(require(join(REPO_ROOT, dir, "src", "subgraph")) as object) as unknown[];
  const definition = exported.find(
    (value) => typeof value === "object" && value !== null && "entities" in value && "migrations" in value,
  );
  if (!definition) throw new Error(`${dir}/src/subgraph.ts exports no subgraph definition`);
  return definition as { entities: MixedList<Function>; migrations: MixedList<Function> };
}

async function open(url: string, migrations: Migrations, entities: MixedList<Function> = []): Promise<DataSource> {
  const db = await createDataSource({ url, entities, migrations, logger: createLogger("upgrade", "silent") });
  return db.initialize();
}

/** A value a column of this type takes, whatever it means: the drill is about bytes surviving. */
function sampleValue(column: TableColumn, table: string): unknown {
  const type = column.type.toLowerCase();
  if (/int|bool|bit/.test(type)) return 1;
  if (/dec|num|real|double|float/.test(type)) return 1.5;
  if (/datetime|timestamp/.test(type)) return "2015-06-30 12:00:00";
  if (type === "date") return "2015-06-30";
  if (/text|json|clob/.test(type)) return `["${table}.${column.name}"]`;
  const length = Number(column.length) || 255;
  return `${table}.${column.name}`.slice(0, length);
}

/** Parents before children, so every foreign key finds its row. */
function inDependencyOrder(tables: Table[]): Table[] {
  const ordered: Table[] = [];
  const placed = new Set<string>();
  const bare = (name: string) => name.split(".").pop()!;
  while (ordered.length < tables.length) {
    const next = tables.find(
      (table) =>
        !placed.has(bare(table.name)) &&
        table.foreignKeys.every(
          (fk) => bare(fk.referencedTableName) === bare(table.name) || placed.has(bare(fk.referencedTableName)),
        ),
    );
    if (!next) throw new Error("foreign keys form a cycle");
    ordered.push(next);
    placed.add(bare(next.name));
  }
  return ordered;
}

/**
 * One more row in every table (foreign keys pointing at the first row there); returns every table's
 * rows, with any a migration inserted as reference data.
 */
async function fillEveryTable(db: DataSource): Promise<Record<string, unknown[]>> {
  const names = (await tableNames(db)).filter((name) => name !== "migrations");
  const runner = db.createQueryRunner();
  const tables = inDependencyOrder(await runner.getTables(names));
  await runner.release();
  const q = (name: string) => db.driver.escape(name.split(".").pop()!);
  const firstRows = new Map<string, Record<string, unknown>>();
  for (const table of tables) {
    const name = table.name.split(".").pop()!;
    const values = new Map<string, unknown>();
    for (const column of table.columns) {
      if (column.isGenerated) continue;
      const fk = table.foreignKeys.find((key) => key.columnNames.includes(column.name));
      if (fk) {
        const parent = firstRows.get(fk.referencedTableName.split(".").pop()!);
        const referenced = fk.referencedColumnNames[fk.columnNames.indexOf(column.name)];
        values.set(column.name, parent ? parent[referenced] : null);
      } else {
        values.set(column.name, sampleValue(column, name));
      }
    }
    const columns = [...values.keys()];
    await db.query(
      `INSERT INTO ${q(name)} (${columns.map(q).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`,
      [...values.values()],
    );
    const [row] = await db.query<Array<Record<string, unknown>>>(`SELECT * FROM ${q(name)}`);
    firstRows.set(name, row);
  }
  return rowsOf(db, names);
}

async function rowsOf(db: DataSource, names: string[]): Promise<Record<string, unknown[]>> {
  const rows: Record<string, unknown[]> = {};
  for (const name of names) rows[name] = await db.query<unknown[]>(`SELECT * FROM ${db.driver.escape(name)}`);
  return rows;
}

/**
 * The upgrade drill: for every subgraph, a database built by the migrations of the previous release
 * (every migration but the newest) and holding a row in every table is upgraded by the current
 * release at start (its migrations run) to exactly the schema its entities describe, every row
 * kept with every value it had.
 */
describe(`upgrade drill: a populated database of the previous release upgrades with its rows intact (${TEST_DATABASE_KIND})`, () => {
  it.each(drills().map((drill) => [drill.subgraph, drill] as const))("%s", async (_names, drill) => {
    const database = await createTestDatabase(TEST_DATABASE_KIND, "upgrade");
    const previous = drill.migrations.slice(0, -1);
    const newest = drill.migrations.at(-1)!;
    try {
      const old = await open(database.url, previous);
      let before: Record<string, unknown[]>;
      try {
        await old.runMigrations({ transaction: "each" });
        before = await fillEveryTable(old);
      } finally {
        await old.destroy();
      }
      expect(Object.keys(before).length).toBeGreaterThanOrEqual(previous.length);
      // One row each, beside the reference rows a migration inserts (the QCVN limits).
      expect(Object.entries(before).filter(([, rows]) => rows.length === 0)).toEqual([]);

      const upgraded = await open(database.url, drill.migrations, drill.entities);
      try {
        const applied = await upgraded.runMigrations({ transaction: "each" });

        expect(applied.map((migration) => migration.name)).toEqual([new (newest as new () => { name: string })().name]);
        expect(await pendingSchemaChanges(upgraded)).toEqual([]);
        const after = await rowsOf(upgraded, Object.keys(before));
        for (const [table, rows] of Object.entries(before)) {
          // Columns the upgrade added may come with the rows; the old ones keep their values.
          const kept = (after[table] as Array<Record<string, unknown>>).map((row) =>
            Object.fromEntries(Object.keys(rows[0] as object).map((column) => [column, row[column]])),
          );
          expect({ table, rows: kept }).toEqual({ table, rows });
        }
      } finally {
        await upgraded.destroy();
      }
    } finally {
      await database.drop();
    }
  });
});
