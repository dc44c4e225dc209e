import type { DataSource, EntityTarget, ObjectLiteral } from "typeorm";

/**
 * Entities from the raw rows of a hand-written SELECT of every column (`SELECT t.* …`): each value
 * converted as TypeORM converts it (booleans, simple-json, transformers), without the query
 * builder's per-row bookkeeping. For the hot reads whose SQL TypeORM cannot express (window functions).
 */
export function hydrateRows<T extends ObjectLiteral>(
  db: DataSource,
  entity: EntityTarget<T>,
  rows: Array<Record<string, unknown>>,
): T[] {
  const metadata = db.getMetadata(entity);
  const columns = metadata.columns.map((column) => ({
    column,
    name: column.databaseName,
    property: column.propertyName,
  }));
  const Target = metadata.target as new () => T;
  return rows.map((row) => {
    const hydrated = new Target();
    for (const { column, name, property } of columns) {
      (hydrated as Record<string, unknown>)[property] = db.driver.prepareHydratedValue(row[name], column);
    }
    return hydrated;
  });
}

/** The table and the database name of each named property of an entity, for hand-written SQL. */
export function sqlNames<T extends ObjectLiteral, P extends keyof T & string>(
  db: DataSource,
  entity: EntityTarget<T>,
  properties: readonly P[],
): { table: string; columns: Record<P, string> } {
  const metadata = db.getMetadata(entity);
  const columns = Object.fromEntries(
    properties.map((property) => {
      const column = metadata.findColumnWithPropertyName(property);
      if (!column) throw new Error(`${metadata.name} has no column ${property}`);
      return [property, column.databaseName];
    }),
  ) as Record<P, string>;
  return { table: metadata.tableName, columns };
}

/** "?, ?, ?": placeholders for an IN list (both drivers take "?"). */
export function placeholders(count: number): string {
  return Array.from({ length: count }, () => "?").join(", ");
}
