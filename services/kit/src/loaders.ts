import DataLoader from "dataloader";

/** Keys per batch: keeps IN lists well under SQLite's and MySQL's parameter limits. */
export const MAX_BATCH_SIZE = 1000;

/**
 * One row per key: `fetch` returns the rows for all keys in one query; missing keys give null.
 * Created per request, so nothing is cached across requests.
 */
export function keyedLoader<K extends string | number, V>(
  fetch: (keys: readonly K[]) => Promise<V[]>,
  keyOf: (row: V) => K,
): DataLoader<K, V | null> {
  return new DataLoader<K, V | null>(
    async (keys) => {
      const rows = await fetch(keys);
      const byKey = new Map(rows.map((row) => [keyOf(row), row]));
      return keys.map((key) => byKey.get(key) ?? null);
    },
    { maxBatchSize: MAX_BATCH_SIZE },
  );
}

/** Many rows per key (a one-to-many relation): `fetch` returns the rows of all keys in one query, in display order. */
export function groupedLoader<K extends string | number, V>(
  fetch: (keys: readonly K[]) => Promise<V[]>,
  keyOf: (row: V) => K,
): DataLoader<K, V[]> {
  return new DataLoader<K, V[]>(
    async (keys) => {
      const rows = await fetch(keys);
      const byKey = new Map<K, V[]>(keys.map((key) => [key, []]));
      for (const row of rows) byKey.get(keyOf(row))?.push(row);
      return keys.map((key) => byKey.get(key) ?? []);
    },
    { maxBatchSize: MAX_BATCH_SIZE },
  );
}

/** Loads many keys and drops the missing ones, keeping the order of `keys`. */
export async function loadPresent<K, V>(loader: DataLoader<K, V | null>, keys: readonly K[]): Promise<V[]> {
  const rows = await loader.loadMany(keys);
  return rows.filter((row): row is V => row !== null && !(row instanceof Error));
}
