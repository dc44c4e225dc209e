import { Counter, type Registry } from "prom-client";

/** The response cache's counters, served with the gateway's other metrics at GET /metrics. */
export interface CacheMetrics {
  hits: Counter;
  misses: Counter;
  bypasses: Counter;
  stores: Counter;
  invalidations: Counter;
  errors: Counter;
  notices: Counter<"subgraph">;
}

export function createCacheMetrics(registry: Registry): CacheMetrics {
  const counter = (name: string, help: string) => new Counter({ name, help, registers: [registry] });
  return {
    hits: counter("hpig_gateway_cache_hits_total", "Queries answered from the response cache (X-Cache: HIT)."),
    misses: counter(
      "hpig_gateway_cache_misses_total",
      "Cacheable queries answered by asking the subgraphs, because no current answer was stored (X-Cache: MISS).",
    ),
    bypasses: counter(
      "hpig_gateway_cache_bypasses_total",
      "Requests the cache did not answer nor store (X-Cache: BYPASS): mutations, anonymous callers, Cache-Control: no-cache, the cache turned off or its store unreachable.",
    ),
    stores: counter("hpig_gateway_cache_stores_total", "Answers stored in the response cache."),
    invalidations: counter(
      "hpig_gateway_cache_invalidations_total",
      "Stored answers found outdated at lookup, because a subgraph they were read from committed a write since (counted as misses too).",
    ),
    errors: counter(
      "hpig_gateway_cache_errors_total",
      "Failed lookups, stores and version changes of the cache store (Redis unreachable or failing); the request was answered uncached.",
    ),
    notices: new Counter({
      name: "hpig_gateway_cache_write_notices_total",
      help: "Notices of committed writes the subgraphs sent to this gateway (POST /internal/cache/invalidate), by subgraph.",
      labelNames: ["subgraph"],
      registers: [registry],
    }),
  };
}
