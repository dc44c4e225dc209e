import { spawnSync } from "node:child_process";
import { resolve } from "node:path";

import { DEFAULT_EXPLORER_QUERY } from "@hpig/gateway";
import { createDataSource, createLogger } from "@hpig/kit/standalone";
import { TEST_DATABASE_KIND } from "@hpig/kit/testing";
import { getIntrospectionQuery } from "graphql";

import { startTestFederation, type TestFederation } from "./testkit/federation";
import { type GraphQLResult, sendRaw } from "./testkit/http";

/**
 * GraphiQL's introspection query, with more than the options GraphiQL turns on (inputValueDeprecation,
 * schemaDescription). Not `oneOf`: GraphiQL 3 does not ask for it, and the gateway's query planner
 * does not know `__Type.isOneOf`.
 */
const INTROSPECTION = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
});

const TASK_FIELDS =
  "code title leadAgencies { code name } coordinatingAgencies { code } status percentComplete latestReport { period reportingAgency { name } }";

/** What dashboards and analysts send: every one must pass the operation limits, in every mode. */
const LEGITIMATE_QUERIES: Record<string, string> = {
  "README: what each department leads in 2016": `{ tasks(filter: { activeInYear: 2016 }) { code title leadAgencies { name } coordinatingAgencies { code } } }`,
  "README: one agency's workload": `{ agency(code: "LDTBXH") { name ledTasks { code title endYear } coordinatedTasks { code } } }`,
  "README: the plan's targets": `{ plan { number issuedOn targets { code description fromYear toYear min max unit } } }`,
  "README: domain fields on every task": `{ tasks {
    code title leadAgencies { code }
    status(asOf: "2016-06-30")
    percentComplete(asOf: "2016-06-30")
    latestReport(asOf: "2016-06-30") { period state percentComplete summary difficulties proposals reportingAgency { name } }
    reports(includeRevisions: true) { period revision percentComplete reportedAt }
    implementationPlan { submittedOn budgetEstimatedVnd summary }
  } }`,
  "README: indicators with their series": `{ indicators(agency: "BQLKKT") {
    code name unit valueType periodTypes
    dimensions { code name codes { code name } }
    series(from: "2011", to: "2020", periodType: YEAR) {
      period value status revision breakdown { dimension code name } source recordedAt outlier outlierNote
    }
  } }`,
  "README: targets against actuals": `{ plan { targets { code min max assessment(year: 2013) { status actual } } } }`,
  "README: verdicts on the targets": `{ plan { targets {
    code description direction min max unit
    verdict(asOf: "2015-12-31", basis: OFFICIAL) {
      outcome value requiredMin requiredMax yearsUsed missingYears explanation
      observations { period value status revision }
    }
  } } }`,
  "README: the December cycle": `{ reportingCycle(year: 2015) { obligations { agency { name } deadline
    submission { expectedItems receivedItems completeness timeliness status lastReceivedAt missing { indicatorCode period cell needs } } } } }`,
  "README: a department's December duty": `{ agency(code: "THONGKE") { name obligations(year: 2015) {
    requiredFigures deadline deadlineReason requirement { content } indicators { code name }
    submission { expectedItems receivedItems completeness timeliness status missing { indicatorCode period cell needs } } } } }`,
  "dashboard: every agency's December duty": `{ agencies { code name obligations(year: 2015) {
    requiredFigures deadline indicators { code } submission { completeness timeliness status } } } }`,
  "dashboard: tasks": `{ tasks { ${TASK_FIELDS} } }`,
  "dashboard: program groups and their tasks": `{ programGroups { code title tasks { ${TASK_FIELDS} } } }`,
  "dashboard: agencies and the status of what they lead": `{ agencies { code name ledTasks { code status } } }`,
  "dashboard: indicator breakdowns": `{ indicators { code series { period value breakdown { name } } } }`,
  "dashboard: missing figures of the cycle": `query Cycle($year: Int!) { reportingCycle(year: $year) { obligations {
    agency { code name } submission { status missing { indicatorCode period cell needs } } } } }`,
  "the explorer's default query": DEFAULT_EXPLORER_QUERY,
  "GraphiQL's introspection query": INTROSPECTION,
};

/** agencies → ledTasks → leadAgencies → …: 10 levels, over the default depth of 8. */
const DEEP_QUERY = `{ agencies { ledTasks { leadAgencies { ledTasks { leadAgencies { ledTasks { leadAgencies { ledTasks {
  leadAgencies { code } } } } } } } } } }`;
/** 100 aliases (default limit 30), cheap and shallow otherwise. */
const ALIAS_FLOOD = `{ ${Array.from({ length: 100 }, (_, i) => `a${i}: plan { number }`).join(" ")} }`;
/** 2 500 `__typename` tokens (default limit 2 000), nothing else over a limit. */
const TOKEN_FLOOD = `{ ${"__typename ".repeat(2_500)}}`;
/** 7 levels deep (under 8), 200 fields at the bottom: a static cost of about 2 300 (default limit 1 000). */
const COSTLY_QUERY = `{ programGroups { tasks { leadAgencies { ledTasks { leadAgencies { ledTasks { ${"code ".repeat(200)}} } } } } } }`;
/** 25 directives (default limit 20), each on its own field. */
const DIRECTIVE_FLOOD = `{ plan { ${Array.from({ length: 25 }, () => "number @include(if: true)").join(" ")} } }`;

type Result = GraphQLResult & { contentType?: string | null };

const codesOf = (result: Result) => (result.errors ?? []).map((error) => error.extensions?.["code"]);

/** The JSON refusal every malformed request gets: the status, one error with a code, JSON content. */
function expectRefusal(result: Result, status: number, code: string): void {
  expect({ status: result.status, codes: codesOf(result), data: result.data ?? null }).toEqual({
    status,
    codes: [code],
    data: null,
  });
  if (result.contentType !== undefined) expect(result.contentType).toMatch(/^application\/json/);
}

describe.each([
  { nodeEnv: "development", production: false },
  { nodeEnv: "production", production: true },
] as const)(`the hardened gateway, NODE_ENV=$nodeEnv (${TEST_DATABASE_KIND})`, ({ nodeEnv, production }) => {
  let federation: TestFederation;
  let graphqlUrl: string;
  let committee: Record<string, string>;

  beforeAll(async () => {
    federation = await startTestFederation(TEST_DATABASE_KIND, { nodeEnv });
    graphqlUrl = federation.gatewayUrl;
    committee = await federation.as({ subject: "test:hardening", roles: ["committee"] });
  });
  afterAll(() => federation?.stop());

  /** POSTs a raw body to the gateway as the committee. */
  const post = (body: string | FormData | URLSearchParams, headers: Record<string, string> = {}) =>
    sendRaw(graphqlUrl, { method: "POST", headers: { ...committee, ...headers }, body });

  it("lets every dashboard query, the explorer's default query and GraphiQL's introspection through", async () => {
    const refused: Array<{ name: string; status: number; errors: unknown }> = [];
    for (const [name, query] of Object.entries(LEGITIMATE_QUERIES)) {
      const result = await federation.query(query, query.includes("$year") ? { year: 2015 } : undefined);
      if (result.status !== 200 || result.errors?.length || !result.data) {
        refused.push({ name, status: result.status, errors: result.errors });
      }
    }

    expect(refused).toEqual([]);
  });

  it.each([
    ["nested deeper than 8 levels", DEEP_QUERY, "MAX_DEPTH_EXCEEDED", /^Query depth limit of 8 exceeded, found 10\.$/],
    ["with 100 aliases", ALIAS_FLOOD, "MAX_ALIASES_EXCEEDED", /^Aliases limit of 30 exceeded, found 100\.$/],
    ["of 2 500 tokens", TOKEN_FLOOD, "MAX_TOKENS_EXCEEDED", /^Token limit of 2000 exceeded\.$/],
    [
      "costing more than 1 000",
      COSTLY_QUERY,
      "MAX_COST_EXCEEDED",
      /^Query Cost limit of 1000 exceeded, found \d+(\.\d+)?\.$/,
    ],
    ["with 25 directives", DIRECTIVE_FLOOD, "MAX_DIRECTIVES_EXCEEDED", /^Directives limit of 20 exceeded, found 25\.$/],
  ])("refuses an operation %s with HTTP 400 and %s", async (_what, query, code, message) => {
    const result = await federation.query(query);

    expectRefusal(result, 400, code);
    expect(result.errors![0].message).toMatch(message);
    expect(result.errors![0].extensions?.["stacktrace"] === undefined).toBe(production);
  });

  it("refuses an abusive operation the same way when the caller is anonymous", async () => {
    const result = await federation.query(DEEP_QUERY, undefined, { authorization: "" });

    expectRefusal(result, 400, "MAX_DEPTH_EXCEEDED");
  });

  it(`${production ? "hides" : "shows"} field and enum suggestions ("Did you mean …?")`, async () => {
    const field = await federation.query("{ plan { numbr } }");
    const enumValue = await federation.query("{ agencies(domain: LABOR) { code } }");

    for (const result of [field, enumValue]) expectRefusal(result, 400, "GRAPHQL_VALIDATION_FAILED");
    const messages = [field.errors![0].message, enumValue.errors![0].message];
    if (production) {
      expect(messages).toEqual([
        'Cannot query field "numbr" on type "Plan".',
        'Value "LABOR" does not exist in "Domain" enum.',
      ]);
    } else {
      expect(messages).toEqual([
        'Cannot query field "numbr" on type "Plan". Did you mean "number"?',
        'Value "LABOR" does not exist in "Domain" enum. Did you mean the enum value "LABOUR"?',
      ]);
    }
  });

  it("refuses a JSON array of operations (batching) with HTTP 400 and BATCHING_NOT_ALLOWED", async () => {
    const batch = JSON.stringify([{ query: "{ plan { number } }" }, { query: "{ agencies { code } }" }]);

    const result = await post(batch, { "content-type": "application/json" });

    expectRefusal(result, 400, "BATCHING_NOT_ALLOWED");
    expect(result.errors![0].message).toMatch(/one operation per request/);
  });

  it("answers a 1.5 MB body with 413 and a JSON PAYLOAD_TOO_LARGE error, and a subgraph its 6 MB one likewise", async () => {
    const body = (bytes: number) =>
      JSON.stringify({ query: "{ plan { number } }", variables: { padding: "x".repeat(bytes) } });

    const gateway = await post(body(1_500_000), { "content-type": "application/json" });
    const subgraph = await sendRaw(`${federation.subgraphs["plan"].url}/graphql`, {
      method: "POST",
      headers: { ...committee, "content-type": "application/json" },
      body: body(6_000_000),
    });

    expectRefusal(gateway, 413, "PAYLOAD_TOO_LARGE");
    expect(gateway.errors![0].message).toBe("The request body is larger than this service's limit of 1000000 bytes.");
    expectRefusal(subgraph, 413, "PAYLOAD_TOO_LARGE");
  });

  it("answers malformed JSON with 400 and a JSON MALFORMED_JSON error, on the gateway and on a subgraph", async () => {
    const gateway = await post('{"query": "{ plan { number } }"', { "content-type": "application/json" });
    const subgraph = await sendRaw(`${federation.subgraphs["labour"].url}/graphql`, {
      method: "POST",
      headers: { ...committee, "content-type": "application/json" },
      body: "{query: plan}",
    });

    expectRefusal(gateway, 400, "MALFORMED_JSON");
    expect(gateway.errors![0].message).toMatch(/^The request body is not valid JSON/);
    expectRefusal(subgraph, 400, "MALFORMED_JSON");
  });

  it("answers a plain-text body (not a GraphQL request) with 400 and BAD_REQUEST", async () => {
    const result = await post("{ plan { number } }", {
      "content-type": "text/plain",
      "apollo-require-preflight": "true",
    });

    expectRefusal(result, 400, "BAD_REQUEST");
    expect(result.errors![0].message).toMatch(/POST body missing, invalid Content-Type/);
  });

  it("refuses a GET query and simple-content-type POSTs without a preflight header (CSRF), and runs JSON POSTs", async () => {
    const query = "{ plan { number } }";
    const getUrl = `${graphqlUrl}?query=${encodeURIComponent(query)}`;
    const form = new FormData();
    form.set("query", query);

    const refused = {
      get: await sendRaw(getUrl, { headers: { ...committee, accept: "application/json" } }),
      textPlain: await post(JSON.stringify({ query }), { "content-type": "text/plain" }),
      urlEncoded: await post(new URLSearchParams({ query })),
      multipart: await post(form),
    };
    const preflightedGet = await sendRaw(getUrl, {
      headers: { ...committee, accept: "application/json", "apollo-require-preflight": "true" },
    });
    const jsonPost = await federation.query(query);

    for (const [name, result] of Object.entries(refused)) {
      expect([name, result.status, codesOf(result)]).toEqual([name, 400, ["BAD_REQUEST"]]);
      expect(result.errors![0].message).toMatch(/Cross-Site Request Forgery/);
    }
    expect([preflightedGet.status, preflightedGet.data]).toEqual([200, { plan: { number: "3438/KH-UBND" } }]);
    expect([jsonPost.status, jsonPost.data]).toEqual([200, { plan: { number: "3438/KH-UBND" } }]);
  });

  it(
    production
      ? "masks an unexpected subgraph failure as 'Internal server error' with the request id, and logs it in full"
      : "passes an unexpected subgraph failure on in full, with its stack trace",
    async () => {
      // A real failure: the labour subgraph's reports table disappears under it.
      const db = await createDataSource({
        url: federation.databaseUrl("labour"),
        entities: [],
        migrations: [],
        logger: createLogger("test", "silent"),
      });
      await db.initialize();
      const query = "{ labour { recentReports { period } } }";
      let gateway: Result;
      let subgraph: Result;
      try {
        await db.query("ALTER TABLE progress_report RENAME TO progress_report_hidden");
        try {
          gateway = await federation.query(query);
          subgraph = await federation.subgraphQuery("labour", query);
        } finally {
          await db.query("ALTER TABLE progress_report_hidden RENAME TO progress_report");
        }
      } finally {
        await db.destroy();
      }
      const requestId = gateway.headers.get("x-request-id")!;

      expect(gateway.data ?? null).toBeNull();
      expect(codesOf(gateway)).toEqual(["INTERNAL_SERVER_ERROR"]);
      if (production) {
        expect(gateway.errors).toEqual([
          {
            message: "Internal server error",
            path: ["labour", "recentReports"],
            extensions: { code: "INTERNAL_SERVER_ERROR", requestId, serviceName: "labour" },
          },
        ]);
        expect(subgraph.errors).toEqual([
          {
            message: "Internal server error",
            path: ["labour", "recentReports"],
            locations: expect.any(Array),
            extensions: { code: "INTERNAL_SERVER_ERROR", requestId: subgraph.headers.get("x-request-id") },
          },
        ]);
        for (const body of [gateway, subgraph]) {
          expect(JSON.stringify(body)).not.toMatch(/progress_report|SELECT|stacktrace|at .*\.js/i);
        }
        // The full error stays in the subgraph's log, under the request id the caller was given.
        const logged = await federation.waitForLog(
          (line) => line.startsWith("[labour]") && line.includes(requestId) && line.includes("unexpected error"),
        );
        expect(logged.join("\n")).toMatch(/progress_report/);
      } else {
        expect(gateway.errors![0].message).toMatch(/progress_report/);
        expect(gateway.errors![0].extensions?.["stacktrace"]).toEqual(
          expect.arrayContaining([expect.stringMatching(/^\s+at /)]),
        );
        expect(subgraph.errors![0].message).toMatch(/progress_report/);
      }
      // The table is back: the same query works again.
      expect((await federation.query(query)).errors).toBeUndefined();
    },
  );

  it("keeps the message and code of client errors, with a stack trace only outside production", async () => {
    const editor = await federation.as({ subject: "test:ldtbxh", roles: ["editor"], agency: "LDTBXH" });
    const notFound = await federation.query(`{ tasks(filter: { leadAgency: "NOPE" }) { code } }`);
    const invalidPeriod = await federation.query(
      `mutation { labour { reportTaskProgress(input: { taskCode: "V.1", period: "2013-H3", state: IN_PROGRESS,
        percentComplete: 40, summary: "Báo cáo" }) { revision } } }`,
      undefined,
      editor,
    );
    const validation = await federation.query("{ plan { number noSuchField } }");

    expect(codesOf(notFound)).toEqual(["NOT_FOUND"]);
    expect(notFound.errors![0].message).toMatch(/Unknown agency code "NOPE"/);
    expect(codesOf(invalidPeriod)).toEqual(["INVALID_PERIOD"]);
    expect(invalidPeriod.errors![0].message).toMatch(/2013-H3/);
    expect(codesOf(validation)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
    for (const result of [notFound, invalidPeriod, validation]) {
      const stacktraces = result.errors!.map((error) => error.extensions?.["stacktrace"] !== undefined);
      expect(stacktraces).toEqual([!production]);
      if (production) expect(JSON.stringify(result)).not.toMatch(/stacktrace|requestId/);
    }
  });

  it(`${production ? "refuses" : "allows"} anonymous introspection, and allows it to a signed-in user`, async () => {
    const anonymous = await federation.query("{ __schema { queryType { name } } }", undefined, { authorization: "" });
    const anonymousGraphiQL = await federation.query(INTROSPECTION, undefined, { authorization: "" });
    const signedIn = await federation.query("{ __schema { queryType { name } } }");

    if (production) {
      for (const result of [anonymous, anonymousGraphiQL]) expectRefusal(result, 401, "UNAUTHENTICATED");
    } else {
      expect([anonymous.status, anonymous.data]).toEqual([200, { __schema: { queryType: { name: "Query" } } }]);
      expect([anonymousGraphiQL.status, anonymousGraphiQL.errors]).toEqual([200, undefined]);
    }
    expect([signedIn.status, signedIn.data]).toEqual([200, { __schema: { queryType: { name: "Query" } } }]);
  });

  it(`serves the static explorer page ${production ? "with no token in it" : "with the development token"}`, async () => {
    const page = await fetch(`${new URL(graphqlUrl).origin}/explorer`);
    const html = await page.text();

    expect(page.status).toBe(200);
    if (production) {
      expect(html).toContain("Bearer \\u003cyour token>");
      expect(html).not.toMatch(/Bearer ey/);
    } else {
      expect(html).toMatch(/Bearer ey[\w-]+\.[\w-]+\.[\w-]+/);
    }
  });

  it("still answers /health with 200 after all of the above", async () => {
    const health = await fetch(`${federation.gateway.url}/health`);

    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: "ok", service: "gateway" });
  });
});

describe("the gateway's configuration in production", () => {
  it("refuses to start with EXPLORER_DEV_TOKEN (exit 78, naming the variable)", () => {
    const run = spawnSync(process.execPath, ["gateway/dist/index.js"], {
      cwd: resolve(__dirname, ".."),
      env: {
        ...process.env,
        NODE_ENV: "production",
        EXPLORER_DEV_TOKEN: "a-development-token",
        AUTH_PUBLIC_KEY_FILE: "/nonexistent/public.pem",
        PORT: "0",
      },
      encoding: "utf8",
      timeout: 30_000,
    });

    expect(run.status).toBe(78);
    expect(run.stderr).toMatch(/EXPLORER_DEV_TOKEN: a token baked into the explorer is for development only/);
  });
});
