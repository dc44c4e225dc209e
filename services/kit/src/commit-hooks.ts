import type { DataSource, EntitySubscriberInterface } from "typeorm";

/**
 * Calls `listener` after every transaction the data source commits, whatever code path wrote it
 * (a GraphQL write, an upload, a loader at start). Returns the function that removes it again.
 * For work that must follow a write but never hold it up: the listener is called without waiting.
 */
export function afterEveryCommit(db: DataSource, listener: () => void): () => void {
  const subscriber: EntitySubscriberInterface = { afterTransactionCommit: () => listener() };
  // DataSource.subscribers is built at initialisation; listeners added later join the same list.
  db.subscribers.push(subscriber);
  return () => {
    const index = db.subscribers.indexOf(subscriber);
    if (index >= 0) db.subscribers.splice(index, 1);
  };
}
