import { createServer } from "node:net";
import { tmpdir } from "node:os";

import { startFederation } from "./federation";
import { freePort } from "./ports";
import { listSubgraphs } from "./registry";

describe("startFederation", () => {
  it("refuses to start on a port another process listens on, before it starts anything", async () => {
    const ports = Object.fromEntries(
      await Promise.all(listSubgraphs().map(async (entry) => [entry.name, await freePort()] as const)),
    );
    const gatewayPort = await freePort();
    // Another federation's industry, say: it would answer the readiness probe of this one's.
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(ports["industry"], "127.0.0.1", resolve));
    const logs: string[] = [];
    try {
      await expect(
        startFederation({
          storage: { kind: "sqlite", dataDir: tmpdir() },
          ports,
          gatewayPort,
          auth: { publicKeyFile: "unused.pem", serviceToken: "unused" },
          onLog: (service, line) => logs.push(`[${service}] ${line}`),
        }),
      ).rejects.toThrow(`port ${ports["industry"]} (industry) already in use: is another federation running?`);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    expect(logs).toEqual([]);
  });
});
