import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import express, { type Express, type NextFunction, type Request, type Response } from "express";
import type { Level } from "pino";

import { authenticate, type TokenVerifier } from "./auth";
import { INTERNAL_ERROR_MESSAGE } from "./errors";
import { CACHE_INVALIDATION_PATH } from "./internal-paths";
import type { Logger } from "./logger";
import { mountMetrics, type ServiceMetrics } from "./metrics";
import { type RequestLocals, runInRequest } from "./request-scope";
import { type TraceContext, traceOf, TRACEPARENT_HEADER } from "./trace";

/** The header that carries one request's id from the client through the gateway to every subgraph. */
export const REQUEST_ID_HEADER = "x-request-id";

const ACCEPTABLE_REQUEST_ID = /^[\w.:-]{1,128}$/;

/** Requests of machines, not people, frequent and uneventful: not logged one by one. */
const UNLOGGED_PATHS = new Set(["/health", "/ready", "/metrics", CACHE_INVALIDATION_PATH]);

/** A request's locals; its child logger is made only when something logs (most requests log nothing). */
function requestLocals(logger: Logger, requestId: string, trace: TraceContext): RequestLocals {
  let child: Logger | undefined;
  return {
    requestId,
    trace,
    sql: { statements: 0 },
    get logger() {
      return (child ??= logger.child({ requestId }));
    },
  };
}

/**
 * One line per request once it is answered or abandoned, at the level requestLogLevel gives:
 * method, path, status, time, request id and SQL statements. Nothing is built for a line the
 * level leaves out.
 */
function logWhenDone(
  req: Request,
  res: Response,
  locals: RequestLocals,
  { logger, slowRequestMs }: Pick<HttpServiceOptions, "logger" | "slowRequestMs">,
): void {
  const startedAt = performance.now();
  res.once("close", () => {
    const responseTime = Math.round(performance.now() - startedAt);
    const answered = res.writableFinished;
    const level = answered ? requestLogLevel(res.statusCode, responseTime, slowRequestMs) : "warn";
    if (!logger.isLevelEnabled(level)) return;
    const { requestId, sql } = locals;
    // In the request's scope, so the line carries its trace id like every other line of it.
    runInRequest(locals, () =>
      logger[level](
        {
          requestId,
          req: { method: req.method, url: req.originalUrl },
          res: { statusCode: res.statusCode },
          responseTime,
          ...(sql.statements > 0 ? { sqlStatements: sql.statements } : {}),
        },
        answered ? "request completed" : "request aborted",
      ),
    );
  });
}

/**
 * The level a finished request is logged at: failures (5xx) at error, slow ones at warn,
 * refusals (4xx) at info, the rest at debug. Logging every request line costs a busy service a
 * good share of its CPU (serializing, writing, and the launcher re-printing it), so the everyday
 * ones are only written under LOG_LEVEL=debug.
 */
export function requestLogLevel(status: number, elapsedMs: number, slowMs: number): Level {
  if (status >= 500) return "error";
  if (elapsedMs >= slowMs) return "warn";
  if (status >= 400) return "info";
  return "debug";
}

/** Keeps a caller's request id when it is sane, otherwise makes a new one. */
export function requestIdOf(req: Pick<Request, "header">): string {
  const given = req.header(REQUEST_ID_HEADER);
  return given && ACCEPTABLE_REQUEST_ID.test(given) ? given : randomUUID();
}

export function localsOf(res: Response): RequestLocals {
  return res.locals as RequestLocals;
}

/** A readiness check: resolves when the dependency is usable, rejects with the reason otherwise. */
export type ReadinessCheck = () => Promise<unknown>;

export interface HttpServiceOptions {
  name: string;
  logger: Logger;
  /** A request at least this slow is logged at warn; see requestLogLevel. */
  slowRequestMs: number;
  host: string;
  port: number;
  readiness: Record<string, ReadinessCheck>;
  /** Verifies bearer tokens on every route after health and readiness (which stay open). */
  verifyToken: TokenVerifier;
  /** Adds the service's own routes; runs after health, readiness, request logging and authentication. */
  mount: (app: Express, server: Server) => Promise<void>;
  /** Served at GET /metrics, open like /health. */
  metrics: ServiceMetrics;
  /** More of the process's state for GET /health (never a reason to answer anything but 200). */
  health?: () => Record<string, unknown>;
  /** Runs on shutdown after the server stops accepting requests (close databases, stop Apollo). */
  onClose?: () => Promise<void>;
}

export interface RunningService {
  url: string;
  port: number;
  close: () => Promise<void>;
}

/**
 * Express with what every service exposes: request ids, W3C traces and JSON request logs,
 * `GET /health` (the process is up), `GET /ready` (its dependencies answer) and `GET /metrics`.
 */
export async function startHttpService(options: HttpServiceOptions): Promise<RunningService> {
  const { name, logger } = options;
  const app = express();
  app.disable("x-powered-by");
  const server = createServer(app);

  app.use((req, res, next) => {
    const requestId = requestIdOf(req);
    res.setHeader(REQUEST_ID_HEADER, requestId);
    const locals = requestLocals(logger, requestId, traceOf(req.header(TRACEPARENT_HEADER)));
    res.locals["requestId"] = requestId;
    res.locals["trace"] = locals.trace;
    res.locals["sql"] = locals.sql;
    Object.defineProperty(res.locals, "logger", { get: () => locals.logger, enumerable: true });
    if (!UNLOGGED_PATHS.has(req.url)) logWhenDone(req, res, locals, options);
    runInRequest(locals, next);
  });

  app.get("/health", (_req, res) => {
    res.json({ status: "ok", service: name, uptimeSeconds: Math.round(process.uptime()), ...options.health?.() });
  });
  app.get("/ready", async (_req, res) => {
    const checks = await runChecks(options.readiness);
    const ready = Object.values(checks).every((result) => result === "ok");
    res.status(ready ? 200 : 503).json({ status: ready ? "ready" : "not ready", service: name, checks });
  });

  mountMetrics(app, options.metrics.registry);

  app.use(authenticate(options.verifyToken));
  await options.mount(app, server);
  app.use(jsonErrors);

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, resolve);
  });
  const port = (server.address() as AddressInfo).port;
  const shownHost = options.host === "0.0.0.0" || options.host === "::" ? "localhost" : options.host;
  const url = `http://${shownHost}:${port}`;

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      server.closeIdleConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await options.onClose?.();
    })();
    return closing;
  };
  return { url, port, close };
}

/** What the body parsers (express.json, express.raw) attach to the errors they pass on. */
interface BodyParserError {
  status?: number;
  type?: string;
  limit?: number;
}

/**
 * The last error handler: whatever a route did not answer itself becomes a GraphQL-shaped JSON
 * error with a stable `extensions.code`, never Express's HTML page (which shows the stack outside
 * production). A body over the limit is 413 PAYLOAD_TOO_LARGE, unreadable JSON 400 MALFORMED_JSON,
 * another refused body (charset, encoding) 400/415; anything else is logged in full with the
 * request id and answered 500 "Internal server error" with that id.
 */
function jsonErrors(error: unknown, _req: Request, res: Response, next: NextFunction): void {
  if (res.headersSent) return next(error);
  const { requestId, logger } = localsOf(res);
  const parser = (typeof error === "object" && error !== null ? error : {}) as BodyParserError;
  const answer = (status: number, code: string, message: string, extra: Record<string, unknown> = {}) =>
    void res.status(status).json({ errors: [{ message, extensions: { code, ...extra } }] });
  if (parser.type === "entity.too.large") {
    const limit = typeof parser.limit === "number" ? ` of ${parser.limit} bytes` : "";
    return answer(413, "PAYLOAD_TOO_LARGE", `The request body is larger than this service's limit${limit}.`);
  }
  if (parser.type === "entity.parse.failed") {
    const reason = error instanceof Error ? ` (${error.message})` : "";
    return answer(400, "MALFORMED_JSON", `The request body is not valid JSON${reason}: send a JSON object.`);
  }
  if (typeof parser.status === "number" && parser.status >= 400 && parser.status < 500) {
    const code = parser.status === 415 ? "UNSUPPORTED_MEDIA_TYPE" : "BAD_REQUEST";
    return answer(parser.status, code, error instanceof Error ? error.message : "Bad request.");
  }
  logger.error({ err: error }, "request failed");
  answer(500, "INTERNAL_SERVER_ERROR", INTERNAL_ERROR_MESSAGE, { requestId });
}

async function runChecks(checks: Record<string, ReadinessCheck>): Promise<Record<string, string>> {
  const entries = await Promise.all(
    Object.entries(checks).map(async ([name, check]) => {
      try {
        await check();
        return [name, "ok"] as const;
      } catch (error) {
        return [name, `failed: ${error instanceof Error ? error.message : String(error)}`] as const;
      }
    }),
  );
  return Object.fromEntries(entries);
}

/** Stops the service cleanly on SIGTERM/SIGINT (Compose, Ctrl-C), and hard after `graceMs`. */
export function closeOnSignals(service: RunningService, logger: Logger, graceMs = 10_000): void {
  const stop = (signal: NodeJS.Signals) => {
    logger.info({ signal }, "shutting down");
    setTimeout(() => process.exit(1), graceMs).unref();
    service.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}
