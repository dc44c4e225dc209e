import pino, { type Logger } from "pino";

export type { Logger };

/** One JSON logger per service; every line carries the service name so merged logs stay readable. */
export function createLogger(service: string, level: string): Logger {
  return pino({
    name: service,
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: ["req.headers.authorization", "req.headers.cookie"], remove: true },
  });
}
