import type { Fetcher } from "@apollo/utils.fetcher";
import { Counter, Gauge, Histogram, type Registry } from "prom-client";

/** Seconds; up to the subgraph timeout (10 s by default). */
const FETCH_BUCKETS = [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** The gateway's own metrics beside every service's (kit/metrics.ts) and the response cache's. */
export interface GatewayMetrics {
  fetchDuration: Histogram<"subgraph">;
  fetchFailures: Counter<"subgraph" | "reason">;
}

/**
 * Subgraph fetch latency and failures by subgraph, and whether each subgraph is cut off by its
 * circuit breaker (read at every scrape from `cutOff`).
 */
export function createGatewayMetrics(
  registry: Registry,
  subgraphs: readonly string[],
  cutOff: () => readonly string[],
): GatewayMetrics {
  new Gauge({
    name: "hpig_gateway_subgraph_cut_off",
    help: "1 while the subgraph is cut off by its circuit breaker (its fields answer SUBGRAPH_UNAVAILABLE at once), else 0.",
    labelNames: ["subgraph"],
    registers: [registry],
    collect() {
      const open = new Set(cutOff());
      for (const subgraph of subgraphs) this.set({ subgraph }, open.has(subgraph) ? 1 : 0);
    },
  });
  return {
    fetchDuration: new Histogram({
      name: "hpig_gateway_subgraph_fetch_duration_seconds",
      help: "Time the gateway's fetches from a subgraph took, answered or failed, by subgraph.",
      labelNames: ["subgraph"],
      buckets: FETCH_BUCKETS,
      registers: [registry],
    }),
    fetchFailures: new Counter({
      name: "hpig_gateway_subgraph_fetch_failures_total",
      help: "The gateway's fetches from a subgraph that failed, by subgraph and reason: timeout, unreachable, cut_off (its breaker is open) or http_<status> (5xx).",
      labelNames: ["subgraph", "reason"],
      registers: [registry],
    }),
  };
}

/** Wraps a subgraph's (breaker-guarded) fetcher to measure every fetch. */
export function measuredFetcher(name: string, fetcher: Fetcher, metrics: GatewayMetrics): Fetcher {
  const call = fetcher as unknown as (input: string, init?: unknown) => Promise<{ status: number }>;
  const measured = async (input: string, init?: unknown) => {
    const stop = metrics.fetchDuration.startTimer({ subgraph: name });
    try {
      const response = await call(input, init);
      if (response.status >= 500) metrics.fetchFailures.inc({ subgraph: name, reason: `http_${response.status}` });
      return response;
    } catch (error) {
      metrics.fetchFailures.inc({ subgraph: name, reason: failureReason(error) });
      throw error;
    } finally {
      stop();
    }
  };
  return measured as unknown as Fetcher;
}

/** From the messages subgraphFetcher and SubgraphBreakers give their SUBGRAPH_UNAVAILABLE errors. */
function failureReason(error: unknown): string {
  const message = error instanceof Error ? error.message : "";
  if (message.includes(" is cut off")) return "cut_off";
  if (message.includes(" did not answer within ")) return "timeout";
  return "unreachable";
}
