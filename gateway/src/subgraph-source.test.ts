import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import { GraphQLError } from "graphql";

import { subgraphFetcher } from "./subgraph-source";

/** A server that answers `{"data":{}}` after `delayMs`. */
async function slowServer(delayMs: number): Promise<{ url: string; server: Server }> {
  const server = createServer((_req, res) => {
    setTimeout(() => res.writeHead(200, { "content-type": "application/json" }).end('{"data":{}}'), delayMs).unref();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, server };
}

async function failureOf(promise: Promise<unknown>): Promise<GraphQLError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  if (!(error instanceof GraphQLError)) throw new Error(`expected a GraphQLError, got ${String(error)}`);
  return error;
}

describe("subgraphFetcher", () => {
  const servers: Server[] = [];
  afterAll(async () => {
    for (const server of servers) {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
    }
  });

  it("passes an answer within the deadline through", async () => {
    const { url, server } = await slowServer(0);
    servers.push(server);

    const response = await subgraphFetcher("labour", 1_000)(url, { method: "POST", body: "{}" });

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: {} });
  });

  it("names the subgraph and the deadline when it answers too late", async () => {
    const { url, server } = await slowServer(2_000);
    servers.push(server);

    const error = await failureOf(subgraphFetcher("labour", 100)(url, { method: "POST", body: "{}" }));

    expect(error.message).toBe('Subgraph "labour" did not answer within 100 ms');
    expect(error.extensions).toEqual({ code: "SUBGRAPH_UNAVAILABLE", serviceName: "labour" });
  });

  it("names the subgraph and the reason when nothing listens", async () => {
    const { url, server } = await slowServer(0);
    await new Promise((done) => server.close(done));

    const error = await failureOf(subgraphFetcher("science", 1_000)(url, { method: "POST", body: "{}" }));

    expect(error.message).toBe('Subgraph "science" is unreachable (ECONNREFUSED)');
    expect(error.extensions).toEqual({ code: "SUBGRAPH_UNAVAILABLE", serviceName: "science" });
  });
});
