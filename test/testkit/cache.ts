import type { TestFederation } from "./federation";
import type { GraphQLResult } from "./http";

/** Sent by a client that wants an answer computed now (the SQL statement counts need one). */
export const NO_CACHE = { "cache-control": "no-cache" } as const;

/** How the gateway's response cache took part in an answer: HIT, MISS or BYPASS. */
export function cacheStatusOf(result: Pick<GraphQLResult<unknown>, "headers">): string | null {
  return result.headers.get("x-cache");
}

/**
 * The response cache's counters of one gateway, from its /metrics (Prometheus text format), by
 * name without prefix and suffix: `{ hits, misses, bypasses, stores, invalidations, errors,
 * write_notices }`, labelled counters summed.
 */
export async function cacheCounters(federation: TestFederation, gateway = 0): Promise<Record<string, number>> {
  const response = await fetch(`${federation.gateways[gateway].url}/metrics`);
  if (!response.ok) throw new Error(`/metrics answered ${response.status}`);
  const counters: Record<string, number> = {};
  for (const match of (await response.text()).matchAll(/^hpig_gateway_cache_(\w+)_total(?:\{[^}]*\})? (\S+)$/gm)) {
    counters[match[1]] = (counters[match[1]] ?? 0) + Number(match[2]);
  }
  return counters;
}

/**
 * What changed between two readings of the counters a request moves (write notices come from the
 * subgraphs whenever they commit, and are left out).
 */
export function counterChanges(before: Record<string, number>, after: Record<string, number>): Record<string, number> {
  return Object.fromEntries(
    ["hits", "misses", "bypasses", "stores", "invalidations", "errors"]
      .map((name) => [name, (after[name] ?? 0) - (before[name] ?? 0)] as const)
      .filter(([, change]) => change !== 0),
  );
}
