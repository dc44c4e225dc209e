import type { DataVersions } from "./store";

/**
 * A looked-up query that found no current answer: stored after execution if it succeeds. Its own
 * module, so the gateway's context can name it without importing the cache (which imports the context).
 */
export interface PendingAnswer {
  key: string;
  /** Every subgraph's version, read before execution: the new answer's tags. */
  versions: DataVersions;
  date: string;
}
