import { constants, PerformanceObserver } from "node:perf_hooks";
import { getHeapStatistics } from "node:v8";

import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import type { Express } from "express";
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";

import { currentRequest } from "./request-scope";

/** Seconds; from a cached read (a few ms) to the subgraph timeout (10 s). */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** SQL statements per request: the budgets (test/sql-budget*.test.ts) stay in single figures. */
const SQL_BUCKETS = [0, 1, 2, 3, 5, 8, 13, 21, 34, 55];

/** V8's heap in use just after the process's latest full (mark-compact) collection; null before the first. */
let heapUsedAfterFullGc: number | null = null;
let fullGcObserver: PerformanceObserver | undefined;

/** Starts, once per process, noting the heap in use after each full collection. */
function watchFullCollections(): void {
  if (fullGcObserver) return;
  fullGcObserver = new PerformanceObserver((list) => {
    const full = list
      .getEntries()
      .some((entry) => (entry as { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR);
    if (full) heapUsedAfterFullGc = getHeapStatistics().used_heap_size;
  });
  fullGcObserver.observe({ entryTypes: ["gc"] });
}

/** One process's Prometheus metrics, served at GET /metrics (Prometheus text format). */
export interface ServiceMetrics {
  registry: Registry;
  requests: Counter<"operation">;
  duration: Histogram<"operation">;
  errors: Counter<"operation" | "code">;
  sqlStatements: Histogram<"operation">;
}

/**
 * The metrics every service has: GraphQL requests, their latency and errors by operation type
 * (query, mutation; "unknown" when the document never resolved to one), SQL statements per
 * request, Node's process metrics (memory, CPU, event loop lag, GC) and the heap in use after the
 * latest full collection: what survives collection, so a leak moves it where RSS and the heap's size
 * swing by hundreds of MB between full collections (the gateway under a soak: RSS 460 MB before
 * one, 282 MB just after it).
 */
export function createServiceMetrics(service: string): ServiceMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  watchFullCollections();
  new Gauge({
    name: "hpig_heap_used_after_full_gc_bytes",
    help: "V8 heap in use right after the latest full garbage collection (0 before the first).",
    registers,
    collect() {
      if (heapUsedAfterFullGc !== null) this.set(heapUsedAfterFullGc);
    },
  });
  return {
    registry,
    requests: new Counter({
      name: "hpig_graphql_requests_total",
      help: "GraphQL requests answered, by operation type.",
      labelNames: ["operation"],
      registers,
    }),
    duration: new Histogram({
      name: "hpig_graphql_request_duration_seconds",
      help: "Time from receiving a GraphQL request to sending its answer, by operation type.",
      labelNames: ["operation"],
      buckets: LATENCY_BUCKETS,
      registers,
    }),
    errors: new Counter({
      name: "hpig_graphql_errors_total",
      help: "Errors in GraphQL answers, by operation type and extensions.code.",
      labelNames: ["operation", "code"],
      registers,
    }),
    sqlStatements: new Histogram({
      name: "hpig_sql_statements_per_request",
      help: "SQL statements issued for one GraphQL request, by operation type.",
      labelNames: ["operation"],
      buckets: SQL_BUCKETS,
      registers,
    }),
  };
}

/**
 * Counts every GraphQL request Apollo answers. The SQL statements are those the request scope
 * counted (sql-stats.ts); a gateway issues none and leaves `countSql` off.
 */
export function metricsPlugin<TContext extends BaseContext>(
  metrics: ServiceMetrics,
  { countSql }: { countSql: boolean },
): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ response, operation }) {
          const labels = { operation: operation?.operation ?? "unknown" };
          metrics.requests.inc(labels);
          metrics.duration.observe(labels, (performance.now() - started) / 1000);
          if (response.body.kind === "single") {
            for (const error of response.body.singleResult.errors ?? []) {
              const code = error.extensions?.["code"];
              metrics.errors.inc({ ...labels, code: typeof code === "string" ? code : "UNKNOWN" });
            }
          }
          const sql = currentRequest()?.sql.statements;
          if (countSql && sql !== undefined) metrics.sqlStatements.observe(labels, sql);
        },
      };
    },
  };
}

/**
 * GET /metrics: counts only, no data, so open like /health for Prometheus to scrape without a
 * user's token; keep the port off the public network as for every subgraph.
 */
export function mountMetrics(app: Express, registry: Registry): void {
  app.get("/metrics", async (_req, res) => {
    res.set("content-type", registry.contentType).send(await registry.metrics());
  });
}
