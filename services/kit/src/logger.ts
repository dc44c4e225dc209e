import pino, { type Logger } from "pino";

import { currentRequest } from "./request-scope";

export type { Logger };

/**
 * One JSON logger per service; every line carries the service name so merged logs stay readable,
 * and every line written while serving a request, whichever logger writes it (the SQL logger,
 * a background helper's), carries the request's W3C trace id: one request can be followed
 * through the gateway and every subgraph.
 */
export function createLogger(service: string, level: string): Logger {
  return pino({
    name: service,
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    mixin: () => {
      const trace = currentRequest()?.trace;
      return trace ? { traceId: trace.traceId } : {};
    },
    redact: { paths: ["req.headers.authorization", "req.headers.cookie"], remove: true },
  });
}
