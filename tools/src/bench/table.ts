import type { Measurement } from "./measure";
import type { SoakResult } from "./soak";

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

/** The soak's figures: load, latency, errors, every process's RSS (MB) and its heap in use after full collections. */
export function renderSoak(soak: SoakResult, maxGrowthPercent: number, floorMb: number): string {
  const summary = [
    `Capacity of the mix (3 reads : 1 write): ${soak.capacityReqPerSec} req/s; soaked at ${soak.rateReqPerSec} req/s ` +
      `for ${soak.durationSeconds} s (warm-up ${soak.warmUpSeconds} s): ${soak.requests} requests (${soak.writes} writes), ` +
      `${soak.reqPerSec} req/s, p50 ${soak.p50Ms} ms, p99 ${soak.p99Ms} ms, ${soak.errors} errors; ` +
      `load average before ${soak.loadBefore ?? "–"}.`,
    ...soak.firstErrors.map((error) => `  error: ${error}`),
  ];
  const header = [
    "process",
    "RSS start",
    "after warm-up",
    "end",
    "peak",
    "floor after warm-up",
    "floor at end",
    "floor growth",
    "heap after full GC, after warm-up",
    "at end",
    "heap growth",
    "",
  ];
  const rows = Object.entries(soak.memory).map(([name, m]) => [
    name,
    format(m.startMb),
    format(m.warmedUpMb),
    format(m.endMb),
    format(m.peakMb),
    format(m.floorAfterWarmUpMb),
    format(m.floorAtEndMb),
    m.growthPercent === null ? "–" : `${m.growthPercent}%`,
    format(m.heapAfterFullGcAtWarmUpMb),
    format(m.heapAfterFullGcAtEndMb),
    m.heapGrowthPercent === null ? "–" : `${m.heapGrowthPercent}%`,
    m.grewTooMuch ? "TOO MUCH" : "",
  ]);
  const table = [header, header.map(() => "---"), ...rows].map((cells) => `| ${cells.join(" | ")} |`).join("\n");
  const verdict = soak.passed
    ? "PASSED"
    : `FAILED (errors, no heap figure from a process, or its heap after full collections grown after warm-up by more than ${maxGrowthPercent}% and ${floorMb} MB)`;
  return `${summary.join("\n")}\n\n${table}\n\n${verdict}`;
}
