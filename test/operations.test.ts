import { TEST_DATABASE_KIND } from "@hpig/kit/testing";

import { NO_CACHE } from "./testkit/cache";
import { startTestFederation, type TestFederation } from "./testkit/federation";

describe(`operating the federation (${TEST_DATABASE_KIND})`, () => {
  let federation: TestFederation;

  beforeAll(async () => {
    // Debug: a request's own log line is written at that level (info keeps only refusals, failures and slow ones).
    federation = await startTestFederation(TEST_DATABASE_KIND, { logLevel: "debug" });
  });
  afterAll(() => federation?.stop());

  it("answers /health and /ready on the gateway and on every subgraph", async () => {
    for (const service of [federation.gateway, ...Object.values(federation.subgraphs)]) {
      const health = await fetch(`${service.url}/health`);
      const ready = await fetch(`${service.url}/ready`);

      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ status: "ok", service: service.name });
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({ status: "ready" });
    }
  });

  it("passes the caller's request id to the subgraphs and logs it there", async () => {
    const requestId = `test-${Date.now()}`;

    const result = await federation.query("{ tasks { code leadAgencies { code } } }", undefined, {
      "x-request-id": requestId,
    });

    expect(result.headers.get("x-request-id")).toBe(requestId);
    // A process's log lines arrive after its response: wait for them.
    const planLines = await federation.waitForLog((line) => line.startsWith("[plan]") && line.includes(requestId));
    expect(JSON.parse(planLines[0].slice("[plan] ".length))).toMatchObject({ requestId, service: "plan" });
  });

  it("makes up a request id when the caller sends none or a malformed one", async () => {
    const result = await federation.query("{ plan { number } }", undefined, { "x-request-id": "bad id with spaces" });

    expect(result.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("reports not ready, naming the subgraph, when a subgraph is down; health stays up", async () => {
    await federation.stopSubgraph("plan");

    const ready = await fetch(`${federation.gateway.url}/ready`);
    const health = await fetch(`${federation.gateway.url}/health`);
    // Uncached: a cached answer is still served while plan is down (nothing of plan's can change meanwhile).
    const query = await federation.query("{ plan { number } }", undefined, NO_CACHE);

    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({
      status: "not ready",
      checks: { plan: expect.stringMatching(/^failed/) },
    });
    expect(health.status).toBe(200);
    expect(query.errors?.[0]?.message).toMatch(/plan/);
  });
});
