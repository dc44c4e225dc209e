import { createServer } from "node:net";

/**
 * Ports are drawn below Linux's ephemeral range (32768–60999 by default). A port the OS picked
 * for us (listen on 0) comes from that range, and between our check and the service's own
 * listen, any outgoing connection (a MySQL pool, a readiness probe) could take it as its local
 * port: the service would then exit with EADDRINUSE.
 */
const DEFAULT_RANGE = { first: 20_000, last: 32_000 } as const;

/**
 * FREE_PORT_RANGE ("first-last") narrows the range, so that runs side by side on one machine (CI's
 * SQLite and MariaDB runs) draw from ranges of their own and never hand out the same free port.
 */
export function portRange(setting = process.env["FREE_PORT_RANGE"]): { first: number; last: number } {
  if (!setting) return DEFAULT_RANGE;
  const match = /^(\d+)-(\d+)$/.exec(setting.trim());
  const [first, last] = match ? [Number(match[1]), Number(match[2])] : [NaN, NaN];
  if (!(first >= 1024 && last > first && last <= 32_767)) {
    throw new Error(`FREE_PORT_RANGE must be "first-last" with 1024 <= first < last <= 32767, not "${setting}"`);
  }
  return { first, last };
}

/** Ports handed out by this process, so one federation never gets the same port twice. */
const handedOut = new Set<number>();

/** A TCP port that is free now and outside the range outgoing connections use, for test federations. */
export async function freePort(): Promise<number> {
  const range = portRange();
  for (let attempt = 0; attempt < 200; attempt++) {
    const port = range.first + Math.floor(Math.random() * (range.last - range.first + 1));
    if (handedOut.has(port)) continue;
    if (await canListen(port)) {
      handedOut.add(port);
      return port;
    }
  }
  throw new Error(`no free port between ${range.first} and ${range.last}`);
}

/**
 * The ports of `wanted` (a process name to its port) that something already listens on. A process
 * that cannot listen exits at once, but until it has, another federation on the same ports would
 * answer its readiness probe: a launcher would print "Ready" for someone else's processes.
 */
export async function portsInUse(wanted: Record<string, number>): Promise<Array<{ name: string; port: number }>> {
  const checks = await Promise.all(
    Object.entries(wanted).map(async ([name, port]) => ({ name, port, free: await canListen(port) })),
  );
  return checks.filter((check) => !check.free).map(({ name, port }) => ({ name, port }));
}

/** Whether a listener could bind `port` on every address, as the services do. */
function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.unref();
    server.once("error", () => resolve(false));
    server.listen(port, "0.0.0.0", () => server.close(() => resolve(true)));
  });
}
