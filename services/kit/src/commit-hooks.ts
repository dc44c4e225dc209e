import type { DataSource, EntitySubscriberInterface } from "typeorm";

/**
 * Calls `listener` after every transaction the data source commits, whatever code path wrote it
 * (a GraphQL write, an upload, a loader at start). Returns the function that removes it again.
 *
 * TypeORM awaits a promise the listener returns before `commitTransaction` resolves, so the
 * writer's caller goes on only after it: what must be done before a write is answered (publishing
 * the subgraph's new data version) returns its promise, and must never reject, or the committed
 * write would look failed. Work that must never hold a write up returns nothing.
 */
export function afterEveryCommit(db: DataSource, listener: () => void | Promise<void>): () => void {
  const subscriber: EntitySubscriberInterface = { afterTransactionCommit: () => listener() };
  // DataSource.subscribers is built at initialisation; listeners added later join the same list.
  db.subscribers.push(subscriber);
  return () => {
    const index = db.subscribers.indexOf(subscriber);
    if (index >= 0) db.subscribers.splice(index, 1);
  };
}
