import type { Logger, Principal, TraceContext } from "@hpig/kit";

import type { PendingAnswer } from "./response-cache/pending-answer";

/** Per-request values of the gateway, handed to every subgraph call. */
export interface GatewayContext {
  requestId: string;
  /** The request's W3C trace, passed to every subgraph as `traceparent`. */
  trace: TraceContext;
  logger: Logger;
  /** The verified caller (null when anonymous); its token is passed on to every subgraph. */
  principal: Principal | null;
  authorization: string | null;
  /** SQL statements per subgraph for this request, when EXPOSE_SQL_STATS is on. */
  sqlStatements?: Record<string, number>;
  /** The response cache's miss, to store the answer; undefined when the request bypasses the cache. */
  cache?: PendingAnswer | undefined;
  /** Every subgraph this request fetched from: what a cached answer depends on. */
  fetchedSubgraphs: Set<string>;
}
