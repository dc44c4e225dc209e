import autocannon from "autocannon";

import type { BenchOperation } from "./operations";
import { cpuMeter, loadAverage } from "./process-cpu";

export interface Measurement {
  operation: string;
  /** Through the gateway, cached (the same variables every time) or uncached (a new `asOf` per request); or straight to a subgraph. */
  mode: "cached" | "uncached" | "direct";
  target: string;
  requests: number;
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  /** Non-2xx answers, socket errors and timeouts, and 200s that carry GraphQL errors. */
  failures: number;
  /** X-Cache values seen (HIT, MISS, BYPASS): an uncached run must show no HIT. */
  cache: Record<string, number>;
  /** CPU ms per request of each process, and all of them. */
  cpuMsPerRequest: Record<string, number | null>;
  totalCpuMsPerRequest: number | null;
  /** The 1-minute load average before the run: others' work on the machine. */
  loadBefore: number | null;
  responseBytes: number;
}

export interface MeasureOptions {
  url: string;
  token: string;
  mode: Measurement["mode"];
  target: string;
  connections: number;
  durationSeconds: number;
  pids: Record<string, number | undefined>;
}

/** Sends one request and returns its body; a non-2xx or a GraphQL error is an error naming the operation. */
export async function checkOperation(url: string, token: string, operation: BenchOperation): Promise<number> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: operation.query, variables: operation.variables(0) }),
  });
  const text = await response.text();
  const body = JSON.parse(text) as { errors?: unknown[] };
  if (!response.ok || body.errors) {
    throw new Error(`"${operation.name}" failed at ${url}: ${response.status} ${JSON.stringify(body.errors)}`);
  }
  return text.length;
}

/** Runs one operation under load with autocannon and reads every process's CPU from /proc around it. */
export async function measure(operation: BenchOperation, options: MeasureOptions): Promise<Measurement> {
  const responseBytes = await checkOperation(options.url, options.token, operation);
  let sent = 0;
  let graphqlErrors = 0;
  const cache: Record<string, number> = {};
  const loadBefore = loadAverage();
  const meter = cpuMeter(options.pids);
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.durationSeconds,
    requests: [
      {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${options.token}` },
        setupRequest: (request) => ({
          ...request,
          body: JSON.stringify({
            query: operation.query,
            // Cached: every request the same (the check above stored it); uncached: a new cache key each time.
            variables: operation.variables(options.mode === "cached" ? 0 : ++sent),
          }),
        }),
        onResponse: (status, body, _context, headers) => {
          // A 200 with errors is a failure; the answers are large, so look for the key rather than parse them.
          if (status === 200 && body.includes('"errors":')) graphqlErrors += 1;
          const hit = headers?.["x-cache"];
          if (typeof hit === "string") cache[hit] = (cache[hit] ?? 0) + 1;
        },
      },
    ],
  });
  const used = meter.stop();
  const total = result.requests.total;
  const perRequest = (ms: number | null) => (ms === null || total === 0 ? null : Math.round((ms / total) * 10) / 10);
  const values = Object.values(used);
  return {
    operation: operation.name,
    mode: options.mode,
    target: options.target,
    requests: total,
    reqPerSec: Math.round(result.requests.average * 10) / 10,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    failures: result.errors + result.non2xx + graphqlErrors,
    cache,
    cpuMsPerRequest: Object.fromEntries(Object.entries(used).map(([name, ms]) => [name, perRequest(ms)])),
    totalCpuMsPerRequest: values.includes(null) ? null : perRequest(values.reduce<number>((a, b) => a + b!, 0)),
    loadBefore,
    responseBytes,
  };
}
