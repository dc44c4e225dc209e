import { AsyncLocalStorage } from "node:async_hooks";

// pino's type, not ./logger's: the logger reads the request scope, so the scope must not import it.
import type { Logger } from "pino";

import type { TraceContext } from "./trace";

/** Counts the SQL statements issued on behalf of one HTTP request. */
export interface SqlScope {
  statements: number;
}

/** Per-request values the HTTP layer hands to GraphQL: the ids, a logger bound to them, the SQL counter. */
export interface RequestLocals {
  requestId: string;
  /** The W3C trace this request belongs to (from its `traceparent`, or a new one). */
  trace: TraceContext;
  logger: Logger;
  sql: SqlScope;
}

const requests = new AsyncLocalStorage<RequestLocals>();

/** Runs `fn` as the work of `request`; every async continuation of `fn` sees it. */
export function runInRequest<T>(request: RequestLocals, fn: () => T): T {
  return requests.run(request, fn);
}

/**
 * The request being served, wherever its async work has got to; undefined outside a request.
 * The SQL logger counts into it, and error formatting reads its id: Apollo's `formatError` gets
 * no context, yet a masked error must name the request id its full log line carries.
 */
export function currentRequest(): RequestLocals | undefined {
  return requests.getStore();
}
