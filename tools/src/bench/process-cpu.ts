import { readFileSync } from "node:fs";

/** Clock ticks per second of /proc/<pid>/stat (USER_HZ, 100 on every Linux the project runs on). */
const TICK_MS = 10;

/**
 * CPU time (user + system) a process has used so far, in ms, from Linux's /proc; null elsewhere or
 * once it has exited. On two shared cores the CPU every process spends per request bounds
 * throughput, and is far steadier than requests per second when others use the machine.
 */
export function cpuMs(pid: number | undefined): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return null;
  }
}

/** The 1-minute load average (other users of the machine show here), or null. */
export function loadAverage(): number | null {
  try {
    return Number(readFileSync("/proc/loadavg", "utf8").split(" ")[0]);
  } catch {
    return null;
  }
}

/** CPU ms of each named process between `start()` and `stop()`. */
export function cpuMeter(pids: Record<string, number | undefined>) {
  const read = () => Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, cpuMs(pid)]));
  const before = read();
  return {
    stop(): Record<string, number | null> {
      const after = read();
      return Object.fromEntries(
        Object.keys(pids).map((name) => {
          const [a, b] = [after[name], before[name]];
          return [name, a === null || a === undefined || b === null || b === undefined ? null : a - b];
        }),
      );
    },
  };
}

/** Resident memory of a process in MB (VmRSS of /proc/<pid>/status), or null elsewhere or once it has exited. */
export function rssMb(pid: number | undefined): number | null {
  try {
    const kb = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return kb === undefined ? null : Math.round(Number(kb) / 102.4) / 10;
  } catch {
    return null;
  }
}
