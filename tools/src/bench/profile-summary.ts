import { readFileSync } from "node:fs";
import { relative } from "node:path";

import { REPO_ROOT } from "../registry";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface HotFunction {
  /** "name (file:line)", the file relative to the repository. */
  function: string;
  selfMs: number;
  /** Share of the process's CPU samples in the window, idle excluded. */
  percent: number;
}

/**
 * The functions with the most self time in a V8 .cpuprofile (`node --cpu-prof`), counting only the
 * samples of its last `windowMs` (the measurement: startup, migrations and sample data come before).
 */
export function hotFunctions(file: string, windowMs: number, top = 15): { busyMs: number; functions: HotFunction[] } {
  const profile = JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
  const names = new Map(profile.nodes.map((node) => [node.id, describe(node)]));
  const from = profile.endTime - windowMs * 1000;
  const selfUs = new Map<string, number>();
  let time = profile.startTime;
  let busyUs = 0;
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    time += delta;
    const name = names.get(id)!;
    if (time < from || name === "(idle)") return;
    selfUs.set(name, (selfUs.get(name) ?? 0) + delta);
    busyUs += delta;
  });
  const functions = [...selfUs.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, us]) => ({
      function: name,
      selfMs: Math.round(us / 1000),
      percent: Math.round((us / busyUs) * 1000) / 10,
    }));
  return { busyMs: Math.round(busyUs / 1000), functions };
}

function describe({ callFrame: { functionName, url, lineNumber } }: ProfileNode): string {
  if (!url) return functionName || "(anonymous)";
  const path = url.startsWith("file://") ? relative(REPO_ROOT, new URL(url).pathname) : url;
  return `${functionName || "(anonymous)"} (${path}:${lineNumber + 1})`;
}
