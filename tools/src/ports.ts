import { createServer } from "node:net";

/**
 * Ports are drawn below Linux's ephemeral range (32768–60999 by default). A port the OS picked
 * for us (listen on 0) comes from that range, and between our check and the service's own
 * listen, any outgoing connection (a MySQL pool, a readiness probe) could take it as its local
 * port: the service would then exit with EADDRINUSE.
 */
const RANGE = { first: 20_000, last: 32_000 } as const;

/** Ports handed out by this process, so one federation never gets the same port twice. */
const handedOut = new Set<number>();

/** A TCP port that is free now and outside the range outgoing connections use, for test federations. */
export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const port = RANGE.first + Math.floor(Math.random() * (RANGE.last - RANGE.first + 1));
    if (handedOut.has(port)) continue;
    if (await canListen(port)) {
      handedOut.add(port);
      return port;
    }
  }
  throw new Error(`no free port between ${RANGE.first} and ${RANGE.last}`);
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
