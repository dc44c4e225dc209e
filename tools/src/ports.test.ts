import { createServer } from "node:net";

import { freePort, portRange, portsInUse } from "./ports";

describe("freePort", () => {
  it("hands out distinct ports below the ephemeral range that a service can listen on", async () => {
    const ports = await Promise.all(Array.from({ length: 20 }, () => freePort()));
    expect(new Set(ports).size).toBe(20);
    const range = portRange();
    for (const port of ports) {
      expect(port).toBeGreaterThanOrEqual(range.first);
      expect(port).toBeLessThanOrEqual(range.last);
    }
    const server = createServer();
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(ports[0], "0.0.0.0", resolve);
    });
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
});

describe("portRange", () => {
  it("is 20000-32000 unless FREE_PORT_RANGE narrows it", () => {
    expect(portRange("")).toEqual({ first: 20_000, last: 32_000 });
    expect(portRange("26000-31999")).toEqual({ first: 26_000, last: 31_999 });
  });

  it.each(["26000", "31999-26000", "80-90", "20000-40000", "a-b"])("refuses %j", (setting) => {
    expect(() => portRange(setting)).toThrow(/FREE_PORT_RANGE must be/);
  });
});

describe("portsInUse", () => {
  it("names the ports something already listens on, and only those", async () => {
    const [busy, free] = await Promise.all([freePort(), freePort()]);
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(busy, "127.0.0.1", resolve));
    try {
      expect(await portsInUse({ gateway: free, labour: busy })).toEqual([{ name: "labour", port: busy }]);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    expect(await portsInUse({ gateway: free, labour: busy })).toEqual([]);
  });
});
