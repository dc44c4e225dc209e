import { TEST_DATABASE_KIND } from "@hpig/kit/testing";

import { NO_CACHE } from "./testkit/cache";
import { startTestFederation, type TestFederation } from "./testkit/federation";
import { dataOf } from "./testkit/http";
import { editorOf, report } from "./testkit/progress";

const TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
const OTHER_TRACE_ID = "0af7651916cd43dd8448eb211c80319c";
const traceparent = (traceId: string) => ({ traceparent: `00-${traceId}-00f067aa0ba902b7-01` });

/** One process's /metrics, fetched without a token as Prometheus would. */
async function scrape(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/metrics`);
  expect(response.status).toBe(200);
  return response.text();
}

/** The sum of a metric's samples whose labels include `labels` (0 when none). */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  let sum = 0;
  for (const match of text.matchAll(new RegExp(`^${name}(?:\\{([^}]*)\\})? (\\S+)$`, "gm"))) {
    const given = match[1] ?? "";
    if (Object.entries(labels).every(([key, value]) => given.includes(`${key}="${value}"`))) sum += Number(match[2]);
  }
  return sum;
}

describe(`metrics and traces (${TEST_DATABASE_KIND})`, () => {
  let federation: TestFederation;
  beforeAll(async () => {
    // At debug every request writes its own line: the line each process writes for the traced request.
    federation = await startTestFederation(TEST_DATABASE_KIND, { subgraphs: ["labour"], logLevel: "debug" });
  });
  afterAll(() => federation?.stop());

  it("follows a request's traceparent through the gateway into the subgraphs' log lines", async () => {
    const answer = await federation.query("{ tasks { code } }", undefined, { ...NO_CACHE, ...traceparent(TRACE_ID) });
    expect(dataOf(answer).tasks).not.toHaveLength(0);

    const traced = await federation.waitForLog(
      (line) => line.startsWith("[plan]") && line.includes(`"traceId":"${TRACE_ID}"`),
    );
    expect(traced.some((line) => line.includes('"msg":"request completed"'))).toBe(true);
    await federation.waitForLog((line) => line.startsWith("[gateway]") && line.includes(`"traceId":"${TRACE_ID}"`));
    // The request id and the trace id travel together: every line with the one has the other.
    const requestId = answer.headers.get("x-request-id")!;
    const withRequestId = federation.logs.filter((line) => line.includes(`"requestId":"${requestId}"`));
    expect(withRequestId.length).toBeGreaterThan(0);
    expect(withRequestId.filter((line) => !line.includes(`"traceId":"${TRACE_ID}"`))).toEqual([]);
  });

  it("starts a new trace for a request without a valid traceparent", async () => {
    const answer = await federation.query("{ tasks { code } }", undefined, {
      ...NO_CACHE,
      traceparent: `00-${"0".repeat(32)}-00f067aa0ba902b7-01`,
    });
    const requestId = answer.headers.get("x-request-id")!;
    const [line] = await federation.waitForLog(
      (candidate) => candidate.startsWith("[plan]") && candidate.includes(`"requestId":"${requestId}"`),
    );
    expect(line).toMatch(/"traceId":"[0-9a-f]{32}"/);
    expect(line).not.toContain(`"traceId":"${"0".repeat(32)}"`);
  });

  it("counts requests by operation type, errors by code, SQL statements and subgraph fetches at /metrics", async () => {
    const gatewayUrl = federation.gateways[0].url;
    const labourUrl = federation.subgraphs["labour"].url;
    const planUrl = federation.subgraphs["plan"].url;
    const [gatewayBefore, labourBefore, planBefore] = await Promise.all([gatewayUrl, labourUrl, planUrl].map(scrape));

    dataOf(await federation.query("{ tasks { code } }", undefined, { ...NO_CACHE, ...traceparent(OTHER_TRACE_ID) }));
    // V.1 is led by LDTBXH: an editor of GDDT is refused, and nothing is written.
    const refused = await report(
      federation,
      "labour",
      { taskCode: "V.1", period: "2013-Q2", state: "IN_PROGRESS", percentComplete: 35 },
      await editorOf(federation, "GDDT"),
    );
    expect(refused.errors?.[0]?.extensions?.["code"]).toBe("FORBIDDEN");

    const [gateway, labour, plan] = await Promise.all([gatewayUrl, labourUrl, planUrl].map(scrape));
    const grew = (before: string, after: string, name: string, labels: Record<string, string> = {}) =>
      sample(after, name, labels) - sample(before, name, labels);

    expect(grew(gatewayBefore, gateway, "hpig_graphql_requests_total", { operation: "query" })).toBeGreaterThanOrEqual(
      1,
    );
    expect(grew(gatewayBefore, gateway, "hpig_graphql_requests_total", { operation: "mutation" })).toBe(1);
    expect(
      grew(gatewayBefore, gateway, "hpig_graphql_errors_total", { operation: "mutation", code: "FORBIDDEN" }),
    ).toBe(1);
    expect(grew(gatewayBefore, gateway, "hpig_graphql_request_duration_seconds_count", { operation: "mutation" })).toBe(
      1,
    );
    expect(
      grew(gatewayBefore, gateway, "hpig_gateway_subgraph_fetch_duration_seconds_count", { subgraph: "plan" }),
    ).toBeGreaterThanOrEqual(1);
    expect(
      grew(gatewayBefore, gateway, "hpig_gateway_subgraph_fetch_duration_seconds_count", { subgraph: "labour" }),
    ).toBe(1);
    expect(sample(gateway, "hpig_gateway_subgraph_fetch_failures_total")).toBe(0);
    expect(sample(gateway, "hpig_gateway_subgraph_cut_off", { subgraph: "labour" })).toBe(0);
    expect(gateway).toMatch(/^hpig_gateway_cache_\w+_total/m);

    expect(grew(labourBefore, labour, "hpig_graphql_errors_total", { operation: "mutation", code: "FORBIDDEN" })).toBe(
      1,
    );
    expect(grew(planBefore, plan, "hpig_graphql_requests_total", { operation: "query" })).toBeGreaterThanOrEqual(1);
    expect(
      grew(planBefore, plan, "hpig_sql_statements_per_request_count", { operation: "query" }),
    ).toBeGreaterThanOrEqual(1);
    expect(grew(planBefore, plan, "hpig_sql_statements_per_request_sum", { operation: "query" })).toBeGreaterThan(0);
    expect(plan).toMatch(/^process_resident_memory_bytes\{service="plan"\} \d+/m);
    // What the soak judges (bench/soak.ts); its value is covered by services/kit/src/metrics.test.ts.
    for (const [service, text] of Object.entries({ gateway, labour, plan })) {
      expect(text).toMatch(new RegExp(`^hpig_heap_used_after_full_gc_bytes\\{service="${service}"\\} \\d+$`, "m"));
    }
  });
});
