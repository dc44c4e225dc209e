import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import { dataVersionEnv, newDataVersion, startDataVersionPublisher } from "./data-version";
import { createLogger } from "./logger";

const logger = createLogger("test", "silent");

describe("dataVersionEnv", () => {
  it("reads the gateways to notify, and needs the service token to notify them", () => {
    expect(dataVersionEnv.safeParse({ CACHE_INVALIDATION_URLS: "http://a:4000/x, http://b:4000/x" }).success).toBe(
      false,
    );
    expect(
      dataVersionEnv.parse({
        CACHE_INVALIDATION_URLS: "http://a:4000/x, http://b:4000/x",
        SERVICE_TOKEN: "t",
        REDIS_URL: "",
      }),
    ).toEqual({
      CACHE_INVALIDATION_URLS: ["http://a:4000/x", "http://b:4000/x"],
      SERVICE_TOKEN: "t",
      CACHE_KEY_PREFIX: "hpig:",
    });
    expect(dataVersionEnv.safeParse({ REDIS_URL: "http://not-redis:6379" }).success).toBe(false);
  });
});

describe("newDataVersion", () => {
  it("never gives the same version twice", () => {
    const versions = new Set(Array.from({ length: 1_000 }, newDataVersion));
    expect(versions.size).toBe(1_000);
  });
});

describe("a publisher notifying a gateway", () => {
  let server: Server;
  let answer = 503;
  const received: Array<{ subgraph: string; authorization: string | undefined }> = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = "";
      req.on("data", (chunk: Buffer) => (body += chunk.toString()));
      req.on("end", () => {
        received.push({ ...(JSON.parse(body) as { subgraph: string }), authorization: req.headers.authorization });
        res.writeHead(answer).end();
      });
    });
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  });
  afterAll(() => new Promise((done) => server.close(done)));

  it("names the subgraph with its token, keeps an unanswered notice undelivered, and settles it with a later one", async () => {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/internal/cache/invalidate`;
    const publisher = startDataVersionPublisher(
      "labour",
      { CACHE_INVALIDATION_URLS: [url], SERVICE_TOKEN: "service-token", CACHE_KEY_PREFIX: "hpig:" },
      logger,
    )!;

    await publisher.publish();
    const afterRefusal = publisher.undelivered();
    answer = 204;
    await publisher.publish();
    const afterDelivery = publisher.undelivered();
    const closed = await publisher.close();

    expect([afterRefusal, afterDelivery, closed]).toEqual([true, false, true]);
    expect(received[0]).toEqual({ subgraph: "labour", authorization: "Bearer service-token" });
  });

  it("settles a notice to a gateway that is not running (nothing cached there) at once, and closes without waiting", async () => {
    // A port nothing listens on: bound, then released.
    const vacant = createServer();
    await new Promise<void>((done) => vacant.listen(0, "127.0.0.1", done));
    const { port } = vacant.address() as AddressInfo;
    await new Promise((done) => vacant.close(done));
    const publisher = startDataVersionPublisher(
      "labour",
      {
        CACHE_INVALIDATION_URLS: [`http://127.0.0.1:${port}/internal/cache/invalidate`],
        SERVICE_TOKEN: "service-token",
        CACHE_KEY_PREFIX: "hpig:",
      },
      logger,
    )!;

    await publisher.publish();
    const started = Date.now();
    const closed = await publisher.close();

    expect([publisher.undelivered(), closed]).toEqual([false, true]);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it("is not started when neither Redis nor a gateway is configured", () => {
    expect(
      startDataVersionPublisher("labour", { CACHE_INVALIDATION_URLS: [], CACHE_KEY_PREFIX: "hpig:" }, logger),
    ).toBeNull();
  });
});
