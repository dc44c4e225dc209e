import type { Measurement } from "./measure";

const SHORT: Record<string, string> = {
  gateway: "gw",
  plan: "plan",
  industry: "ind",
  investment: "inv",
  labour: "lab",
  environment: "env",
  science: "sci",
  agriculture: "agr",
};

/**
 * One markdown table: per operation and mode, throughput, latency, failures, and CPU ms per request
 * of every process and in total (the figure that holds when others load the machine).
 */
export function renderTable(results: Measurement[], processes: string[]): string {
  const header = [
    "operation",
    "mode",
    "req/s",
    "p50 ms",
    "p99 ms",
    "fail",
    "CPU ms/req total",
    ...processes.map((name) => SHORT[name] ?? name),
    "cache hits",
    "load",
  ];
  const rows = results.map((r) => [
    r.operation,
    r.mode === "direct" ? `direct to ${r.target}` : r.mode,
    String(r.reqPerSec),
    String(r.p50Ms),
    String(r.p99Ms),
    String(r.failures),
    format(r.totalCpuMsPerRequest),
    ...processes.map((name) => format(r.cpuMsPerRequest[name] ?? null)),
    String(r.cache["HIT"] ?? 0),
    r.loadBefore === null ? "–" : r.loadBefore.toFixed(1),
  ]);
  return [header, header.map(() => "---"), ...rows].map((cells) => `| ${cells.join(" | ")} |`).join("\n");
}

function format(value: number | null): string {
  return value === null ? "–" : value.toFixed(1);
}
