import { randomUUID } from "node:crypto";
import { type Server, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import express, { type Express, type Request, type Response } from "express";
import { pinoHttp } from "pino-http";
import { type TokenVerifier, authenticate } from "./auth";
import type { Logger } from "./logger";
import { type SqlScope, runInSqlScope } from "./sql-stats";

/** The header that carries one request's id from the client through the gateway to every subgraph. */
export const REQUEST_ID_HEADER = "x-request-id";

const ACCEPTABLE_REQUEST_ID = /^[\w.:-]{1,128}$/;

/** Keeps a caller's request id when it is sane, otherwise makes a new one. */
export function requestIdOf(req: Pick<Request, "header">): string {
  const given = req.header(REQUEST_ID_HEADER);
  return given && ACCEPTABLE_REQUEST_ID.test(given) ? given : randomUUID();
}

/** Per-request values the HTTP layer hands to GraphQL: the id, a logger bound to it, the SQL counter. */
export interface RequestLocals {
  requestId: string;
  logger: Logger;
  sql: SqlScope;
}

export function localsOf(res: Response): RequestLocals {
  return res.locals as RequestLocals;
}

/** A readiness check: resolves when the dependency is usable, rejects with the reason otherwise. */
export type ReadinessCheck = () => Promise<unknown>;

export interface HttpServiceOptions {
  name: string;
  logger: Logger;
  host: string;
  port: number;
  readiness: Record<string, ReadinessCheck>;
  /** Verifies bearer tokens on every route after health and readiness (which stay open). */
  verifyToken: TokenVerifier;
  /** Adds the service's own routes; runs after health, readiness, request logging and authentication. */
  mount: (app: Express, server: Server) => Promise<void>;
  /** Runs on shutdown after the server stops accepting requests (close databases, stop Apollo). */
  onClose?: () => Promise<void>;
}

export interface RunningService {
  url: string;
  port: number;
  close: () => Promise<void>;
}

/**
 * Express with what every service exposes: request ids and JSON request logs,
 * `GET /health` (the process is up) and `GET /ready` (its dependencies answer).
 */
export async function startHttpService(options: HttpServiceOptions): Promise<RunningService> {
  const { name, logger } = options;
  const app = express();
  app.disable("x-powered-by");
  const server = createServer(app);

  app.use((req, res, next) => {
    const requestId = requestIdOf(req);
    res.setHeader(REQUEST_ID_HEADER, requestId);
    const sql: SqlScope = { statements: 0 };
    Object.assign(res.locals, { requestId, sql, logger: logger.child({ requestId }) } satisfies RequestLocals);
    runInSqlScope(sql, next);
  });
  app.use(
    pinoHttp({
      logger,
      genReqId: (_req, res) => localsOf(res as Response).requestId,
      customProps: (_req, res) => {
        const { requestId, sql } = localsOf(res as Response);
        return sql.statements > 0 ? { requestId, sqlStatements: sql.statements } : { requestId };
      },
      autoLogging: { ignore: (req) => req.url === "/health" || req.url === "/ready" },
      quietReqLogger: true,
    }),
  );

  app.get("/health", (_req, res) => {
    res.json({ status: "ok", service: name, uptimeSeconds: Math.round(process.uptime()) });
  });
  app.get("/ready", async (_req, res) => {
    const checks = await runChecks(options.readiness);
    const ready = Object.values(checks).every((result) => result === "ok");
    res.status(ready ? 200 : 503).json({ status: ready ? "ready" : "not ready", service: name, checks });
  });

  app.use(authenticate(options.verifyToken));
  await options.mount(app, server);

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
