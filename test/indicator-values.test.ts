import { clock } from "@hpig/kit/standalone";
import { TEST_DATABASE_KIND } from "@hpig/kit/testing";
import { INDICATOR_CATALOGUE } from "@hpig/plan/indicator/indicator-catalogue";

import { startTestFederation, type TestFederation } from "./testkit/federation";
import { dataOf, type GraphQLResult } from "./testkit/http";
import { DOMAINS, editorOfIndicator, sqlStatementsOf } from "./testkit/progress";

interface Figure {
  indicatorCode: string;
  period: string;
  breakdown?: Array<{ dimension: string; code: string }>;
  value: number;
  status: "ESTIMATE" | "PRELIMINARY" | "OFFICIAL";
  source?: string;
}

const SUBMIT = (domain: string) => `mutation ($input: SubmitObservationsInput!) {
  ${domain} { submitObservations(input: $input) { dryRun received created revised unchanged warnings { index code message } } }
}`;

interface SeriesRow {
  period: string;
  value: number;
  status: string;
  revision: number;
  breakdown: Array<{ dimension: string; code: string; name: string }>;
  sample: boolean;
}

describe(`indicator values through the gateway (${TEST_DATABASE_KIND})`, () => {
  let federation: TestFederation;
  /** Sent by an editor of the unit that reports the first figure's indicator. */
  const submit = async (domain: string, observations: Figure[]) =>
    federation.query<Record<string, { submitObservations: { created: number; revised: number; unchanged: number } }>>(
      SUBMIT(domain),
      { input: { observations } },
      await editorOfIndicator(federation, observations[0].indicatorCode),
    );
  const series = async (code: string, args = "") =>
    dataOf(
      await federation.query<{ indicator: { series: SeriesRow[] } }>(`{ indicator(code: "${code}") {
        series${args} { period value status revision sample breakdown { dimension code name } }
      } }`),
    ).indicator.series;

  beforeAll(async () => {
    federation = await startTestFederation(TEST_DATABASE_KIND);
  });
  afterAll(() => federation?.stop());

  it("lists every appendix unit's indicators, no fragments, each with the owning domain's definition", async () => {
    const { indicators } = dataOf(
      await federation.query<{
        indicators: Array<{
          __typename: string;
          code: string;
          reportingAgency: { code: string };
          unit: string;
          valueType: string;
          periodTypes: string[];
        }>;
      }>(`{ indicators { __typename code reportingAgency { code } unit valueType periodTypes } }`),
    );

    expect(indicators.map((i) => i.code)).toEqual(INDICATOR_CATALOGUE.map((i) => i.code));
    expect(new Set(indicators.map((i) => i.reportingAgency.code))).toEqual(
      new Set(["THONGKE", "CUCTHUE", "HAIQUAN", "BQLKKT", "KHDT", "LDTBXH", "KHCN", "TNMT", "NNPTNT"]),
    );
    // unit, valueType and periodTypes come from the six domain subgraphs: none is missing.
    expect(indicators.filter((i) => !i.unit || !i.valueType || i.periodTypes.length === 0)).toEqual([]);
    expect(new Set(indicators.map((i) => i.__typename)).size).toBe(6);
  });

  it("returns a series with its status and breakdowns, from the domain that holds it", async () => {
    const result = await submit("investment", [
      {
        indicatorCode: "PARK_AREA_HA",
        period: "2014",
        breakdown: [{ dimension: "INDUSTRIAL_PARK", code: "NOMURA" }],
        value: 153,
        status: "OFFICIAL",
      },
      {
        indicatorCode: "PARK_AREA_HA",
        period: "2015",
        breakdown: [{ dimension: "INDUSTRIAL_PARK", code: "NOMURA" }],
        value: 153,
        status: "ESTIMATE",
      },
      {
        indicatorCode: "PARK_AREA_HA",
        period: "2015",
        breakdown: [{ dimension: "INDUSTRIAL_PARK", code: "DINH_VU" }],
        value: 541,
        status: "ESTIMATE",
      },
    ]);
    expect(dataOf(result).investment.submitObservations).toMatchObject({ created: 3 });

    const rows = await series("PARK_AREA_HA", '(from: "2014", to: "2015")');
    const nomura2015 = await series(
      "PARK_AREA_HA",
      '(from: "2015", to: "2015", breakdown: [{ dimension: "INDUSTRIAL_PARK", code: "NOMURA" }])',
    );

    expect(rows.map((r) => [r.period, r.value, r.status, r.breakdown.map((b) => b.code)])).toEqual([
      ["2014", 153, "OFFICIAL", ["NOMURA"]],
      ["2015", 153, "ESTIMATE", ["NOMURA"]],
      ["2015", 541, "ESTIMATE", ["DINH_VU"]],
    ]);
    expect(rows[0].breakdown[0].name).toBe("KCN Nomura - Hải Phòng");
    expect(nomura2015.map((r) => r.value)).toEqual([153]);
  });

  it("reads a window of every indicator's figures with one statement per domain", async () => {
    const result = await federation.query(`{ indicators { code series(from: "2015", to: "2016") { period value } } }`);

    dataOf(result);
    const statements = sqlStatementsOf(result);
    expect(Object.fromEntries(DOMAINS.map((domain) => [domain, statements[domain]]))).toEqual(
      Object.fromEntries(DOMAINS.map((domain) => [domain, 1])),
    );
  });

  it.each([
    ["from", '"2015-H3"'],
    ["to", '"năm 2016"'],
  ])("refuses a series %s that is no period, naming it", async (field, value) => {
    const result = await federation.query(`{ indicator(code: "IIP") { series(${field}: ${value}) { period } } }`);

    expect(result.errors?.map((error) => [error.extensions?.["code"], error.message])).toEqual([
      ["BAD_USER_INPUT", expect.stringMatching(new RegExp(`^${field} must be a period such as "2015"`))],
    ]);
  });

  it("keeps the estimate when the official figure arrives; the as-of query returns what was known then", async () => {
    const first = await submit("industry", [
      { indicatorCode: "IIP_GROWTH", period: "2015", value: 12.5, status: "ESTIMATE" },
    ]);
    expect(dataOf(first).industry.submitObservations.created).toBe(1);
    const yesterday = new Date(clock.now().getTime() + 7 * 3_600_000 - 86_400_000).toISOString().slice(0, 10);
    const estimateKnownOn = new Date(clock.now().getTime() + 7 * 3_600_000).toISOString().slice(0, 10);

    const second = await submit("industry", [
      { indicatorCode: "IIP_GROWTH", period: "2015", value: 13.9, status: "OFFICIAL" },
    ]);

    expect(dataOf(second).industry.submitObservations).toMatchObject({ created: 0, revised: 1 });
    expect((await series("IIP_GROWTH")).map((r) => [r.value, r.status, r.revision])).toEqual([[13.9, "OFFICIAL", 2]]);
    expect((await series("IIP_GROWTH", "(includeRevisions: true)")).map((r) => [r.value, r.revision])).toEqual([
      [12.5, 1],
      [13.9, 2],
    ]);
    // Both were recorded today: as of yesterday nothing was known; as of today, the latest.
    expect(await series("IIP_GROWTH", `(asOf: "${yesterday}")`)).toEqual([]);
    expect((await series("IIP_GROWTH", `(asOf: "${estimateKnownOn}")`)).map((r) => r.value)).toEqual([13.9]);
  });

  it("refuses a submission with one bad figure among good ones, naming it, and records none of them", async () => {
    const before = await series("PARK_AREA_HA");

    const result: GraphQLResult = await submit("investment", [
      {
        indicatorCode: "PARK_AREA_HA",
        period: "2016",
        breakdown: [{ dimension: "INDUSTRIAL_PARK", code: "NOMURA" }],
        value: 153,
        status: "ESTIMATE",
      },
      {
        indicatorCode: "PARK_OCCUPANCY_RATE",
        period: "2016",
        breakdown: [{ dimension: "INDUSTRIAL_PARK", code: "NOMURA" }],
        value: 120,
        status: "ESTIMATE",
      },
    ]);

    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: "INVALID_OBSERVATIONS",
      details: { problems: [{ index: 1, field: "value", code: "VALUE_OUT_OF_RANGE", message: expect.any(String) }] },
    });
    expect(await series("PARK_AREA_HA")).toEqual(before);
  });

  it("records nothing when the same figures are sent again", async () => {
    const figures: Figure[] = [
      {
        indicatorCode: "INDUSTRIAL_PROJECTS_ATTRACTED",
        period: "2015",
        breakdown: [{ dimension: "ORIGIN", code: "FOREIGN" }],
        value: 21,
        status: "OFFICIAL",
      },
    ];
    await submit("investment", figures);

    const again = await submit("investment", figures);

    expect(dataOf(again).investment.submitObservations).toMatchObject({ created: 0, revised: 0, unchanged: 1 });
  });

  it("answers a unit's December obligation from its domain, with the plan's deadline", async () => {
    const result = await federation.query<{
      reportingCycle: {
        obligations: Array<{
          agencyCode: string;
          deadline: string;
          submission: { expectedItems: number; receivedItems: number; status: string };
        }>;
      };
    }>(
      `{ reportingCycle(year: 2015) { obligations { agencyCode deadline submission { expectedItems receivedItems status } } } }`,
    );

    const byUnit = new Map(dataOf(result).reportingCycle.obligations.map((o) => [o.agencyCode, o]));
    expect(byUnit.size).toBe(9);
    // BQLKKT sent part of its 2015 obligation above (two parks' 2015 area), late: the deadline was 31/12/2015.
    // Its row asks for 2015's figures only, so Nomura's official 2014 area counts for nothing here.
    expect(byUnit.get("BQLKKT")).toMatchObject({ deadline: "2015-12-31", submission: { status: "PARTIAL" } });
    expect(byUnit.get("BQLKKT")!.submission.receivedItems).toBe(2);
    expect(byUnit.get("NNPTNT")!.submission).toMatchObject({ receivedItems: 0, status: "NOT_RECEIVED" });
  });
});
