import type { ApolloServerPlugin } from "@apollo/server";
import { CACHE_INVALIDATION_PATH, clock, hasRole, type Logger, principalOf, vietnamDate } from "@hpig/kit";
import express, { type Express, type NextFunction, type Request, type Response } from "express";
import { OperationTypeNode } from "graphql";

import type { GatewayContext } from "../context";
import { cacheKeyOf } from "./cache-key";
import type { CacheMetrics } from "./metrics";
import type { PendingAnswer } from "./pending-answer";
import { isCurrent, type ResponseCacheStore } from "./store";

/** The response header that says how the cache took part: HIT, MISS or BYPASS. */
export const CACHE_HEADER = "x-cache";

export type { PendingAnswer } from "./pending-answer";

export interface ResponseCacheOptions {
  /** null when the cache is off (CACHE_ENABLED=false): every request is a BYPASS. */
  store: ResponseCacheStore | null;
  /** The subgraphs of the supergraph, the only names the invalidation endpoint takes. */
  subgraphs: readonly string[];
  schemaId: string;
  metrics: CacheMetrics;
  logger: Logger;
}

export interface ResponseCache {
  /** Express middleware on POST /graphql, before Apollo: answers a hit itself, records a miss for the plugin. */
  lookup: (req: Request, res: Response, next: NextFunction) => Promise<void>;
  /** The lookup's miss for the request's GraphQL context; undefined when the request bypasses the cache. */
  pendingOf(res: Response): PendingAnswer | undefined;
  /** Says MISS or BYPASS on every answer Apollo gives, and stores a successful query's answer. */
  plugin: ApolloServerPlugin<GatewayContext>;
  /** The subgraphs' POST CACHE_INVALIDATION_PATH. */
  mount(app: Express): void;
  /** For GET /health: where answers are kept and whether a lookup can be answered now. */
  health(): { kind: "redis" | "memory" | "off"; state: "ready" | "unavailable" };
  close(): Promise<void>;
}

const PENDING = "responseCache";
const NO_CACHE = /(?:^|,)\s*(?:no-cache|no-store)\s*(?:,|$)/i;

/**
 * The gateway's response cache, after Apollo Router's: whole answers of queries, kept per
 * operation (query text, operation name, variables), kind of caller (roles and agency) and Viet Nam
 * date, only for signed-in callers and only when the answer has no error. Never stale: an answer is
 * tagged with the data version of every subgraph it was read from, as read before asking, and is
 * served again only while every one is unchanged; each subgraph publishes a new version after every
 * commit, before the write is answered (kit/data-version.ts). The TTL is only a safety net.
 */
export function createResponseCache(options: ResponseCacheOptions): ResponseCache {
  const { store, metrics, logger } = options;
  let lastWarning = 0;
  const storeFailed = (error: unknown, what: string) => {
    metrics.errors.inc();
    // One warning a minute: Redis down would otherwise log every request.
    const now = Date.now();
    const level = now - lastWarning > 60_000 ? "warn" : "debug";
    if (level === "warn") lastWarning = now;
    logger[level](
      { reason: error instanceof Error ? error.message : String(error) },
      `response cache ${what} failed; answering uncached`,
    );
  };

  const lookup = async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const principal = principalOf(res);
    const body = req.body as { query?: unknown; operationName?: unknown; variables?: unknown } | undefined;
    const noCache = NO_CACHE.test(req.header("cache-control") ?? "") || /no-cache/i.test(req.header("pragma") ?? "");
    if (!store || !principal || noCache || req.method !== "POST" || typeof body?.query !== "string") return next();
    // A hit is sent as application/json; a client that prefers another media type gets Apollo's answer.
    if (req.accepts(["application/json", "application/graphql-response+json"]) !== "application/json") return next();
    const date = vietnamDate(clock.now());
    const key = cacheKeyOf({
      schemaId: options.schemaId,
      query: body.query,
      operationName: typeof body.operationName === "string" ? body.operationName : null,
      variables: isRecord(body.variables) ? body.variables : null,
      principal,
      date,
    });
    let found;
    try {
      found = await store.lookup(key);
    } catch (error) {
      storeFailed(error, "lookup");
      return next();
    }
    if (!found) return next();
    if (found.answer && isCurrent(found.answer, found.versions)) {
      metrics.hits.inc();
      res.status(200).set({ "content-type": "application/json; charset=utf-8", [CACHE_HEADER]: "HIT" });
      res.end(found.answer.body);
      return;
    }
    if (found.answer) metrics.invalidations.inc();
    const pending: PendingAnswer = { key, versions: found.versions, date };
    res.locals[PENDING] = pending;
    next();
  };

  const plugin: ApolloServerPlugin<GatewayContext> = {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue, operation }) {
          const pending = contextValue.cache;
          if (!pending || operation?.operation !== OperationTypeNode.QUERY) {
            metrics.bypasses.inc();
            response.http.headers.set(CACHE_HEADER, "BYPASS");
            return;
          }
          metrics.misses.inc();
          response.http.headers.set(CACHE_HEADER, "MISS");
          if (response.body.kind !== "single" || (response.http.status ?? 200) !== 200) return;
          const { data, errors } = response.body.singleResult;
          if (errors?.length || !data) return;
          const tags: Record<string, string> = {};
          for (const subgraph of contextValue.fetchedSubgraphs) {
            const version = pending.versions[subgraph];
            // A subgraph that publishes no version could change without the cache knowing.
            if (version === null || version === undefined) return;
            tags[subgraph] = version;
          }
          // Asked just before midnight and answered after: "today" may have meant either day.
          if (vietnamDate(clock.now()) !== pending.date) return;
          // Only data: extensions (the SQL statement counts) describe this execution, not the answer.
          const body = Buffer.from(`${JSON.stringify({ data })}\n`);
          try {
            // Awaited: a read right after this answer must find it.
            await store!.save(pending.key, { tags, body });
            metrics.stores.inc();
          } catch (error) {
            storeFailed(error, "store");
          }
        },
      };
    },
  };

  const mount = (app: Express) => {
    app.post(CACHE_INVALIDATION_PATH, express.json({ limit: 1_024 }), async (req, res) => {
      const principal = principalOf(res);
      if (!principal) {
        res.status(401).json({ error: "UNAUTHENTICATED", message: "Sign in: send the subgraph's service token." });
        return;
      }
      if (!hasRole(principal, "service")) {
        res.status(403).json({ error: "FORBIDDEN", message: "Only a service may announce a subgraph's writes." });
        return;
      }
      const subgraph = (req.body as { subgraph?: unknown } | undefined)?.subgraph;
      if (typeof subgraph !== "string" || !options.subgraphs.includes(subgraph)) {
        res.status(400).json({
          error: "BAD_USER_INPUT",
          message: `Send { "subgraph": name } with one of ${options.subgraphs.join(", ")}.`,
        });
        return;
      }
      try {
        await store?.bump(subgraph);
      } catch (error) {
        storeFailed(error, "version change");
        res.status(503).json({ error: "CACHE_UNAVAILABLE", message: "The cache store did not take the change." });
        return;
      }
      metrics.notices.inc({ subgraph });
      res.status(204).end();
    });
  };

  return {
    lookup,
    pendingOf: (res) => res.locals[PENDING] as PendingAnswer | undefined,
    plugin,
    mount,
    health: () => ({ kind: store?.kind ?? "off", state: store?.state() ?? "unavailable" }),
    close: async () => store?.close(),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
