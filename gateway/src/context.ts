import type { Logger } from "@hpig/kit";

/** Per-request values of the gateway, handed to every subgraph call. */
export interface GatewayContext {
  requestId: string;
  logger: Logger;
  /** SQL statements per subgraph for this request, when EXPOSE_SQL_STATS is on. */
  sqlStatements?: Record<string, number>;
}
