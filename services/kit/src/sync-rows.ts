import type { EntityManager, EntityTarget, ObjectLiteral } from "typeorm";

/** What one table's sync did. */
export interface RowChanges {
  inserted: number;
  updated: number;
  deleted: number;
}

/** A planned sync of one table to a desired set of rows, computed before anything is written. */
export interface TableDiff<E extends ObjectLiteral> {
  entity: EntityTarget<E>;
  inserts: E[];
  updates: E[];
  deletes: E[];
}

/** Compares the table's rows with `desired` by primary key and by every column value. */
export async function diffRows<E extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  desired: E[],
): Promise<TableDiff<E>> {
  const repository = manager.getRepository(entity);
  const { metadata } = repository;
  const keyOf = (row: E) => JSON.stringify(metadata.primaryColumns.map((c): unknown => c.getEntityValue(row)));
  const existing = new Map((await repository.find()).map((row) => [keyOf(row), row]));
  const inserts: E[] = [];
  const updates: E[] = [];
  for (const row of desired) {
    const current = existing.get(keyOf(row));
    existing.delete(keyOf(row));
    if (!current) inserts.push(row);
    else if (
      metadata.columns.some((c) => JSON.stringify(c.getEntityValue(current)) !== JSON.stringify(c.getEntityValue(row)))
    ) {
      updates.push(row);
    }
  }
  return { entity, inserts, updates, deletes: [...existing.values()] };
}

export function changesOf(diff: TableDiff<ObjectLiteral>): RowChanges {
  return { inserted: diff.inserts.length, updated: diff.updates.length, deleted: diff.deletes.length };
}

/**
 * Applies diffs given parents first: deletes run children first (reverse order), then
 * inserts and updates parents first, so foreign keys hold at every step.
 */
export async function applyDiffs(manager: EntityManager, diffs: TableDiff<ObjectLiteral>[]): Promise<void> {
  for (const diff of [...diffs].reverse()) {
    if (diff.deletes.length > 0) await manager.getRepository(diff.entity).remove(diff.deletes);
  }
  for (const diff of diffs) {
    const repository = manager.getRepository(diff.entity);
    if (diff.inserts.length > 0) await repository.insert(diff.inserts);
    for (const row of diff.updates) {
      const criteria = Object.fromEntries(
        repository.metadata.primaryColumns.map((c) => [c.propertyName, c.getEntityValue(row)]),
      );
      await repository.update(criteria, row);
    }
  }
}
