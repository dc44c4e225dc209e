import { TEST_DATABASE_KIND } from "@hpig/kit/testing";
import type { DataSource } from "typeorm";

import { NO_CACHE } from "./testkit/cache";
import { startTestFederation, type TestFederation } from "./testkit/federation";
import { dataOf } from "./testkit/http";

// Figures derived from the investment projects (issue 12 part 3), checked against SQL written here.
const YEAR = 2016;
const KHDT = { subject: "t:khdt", agency: "KHDT", roles: ["editor" as const], name: "Trần Thị B, Sở KH&ĐT" };
const BQLKKT = { subject: "t:bqlkkt", agency: "BQLKKT", roles: ["editor" as const], name: "Nguyễn Văn A" };
const VIEWER = { subject: "t:viewer", agency: "KHDT", roles: ["viewer" as const], name: "Lê Văn C" };

const DERIVED = `query ($year: Int!) { investment { derivedFigures(year: $year) {
  indicatorCode period unit recordType method
  cells { breakdown { dimension code } derivedValue submittedValue difference recordCount recordKeys }
} } }`;
const SUBMIT = `mutation ($year: Int!, $indicators: [ID!]!, $dryRun: Boolean) { investment {
  submitDerivedFigures(year: $year, indicators: $indicators, dryRun: $dryRun) {
    dryRun received created revised unchanged observations { indicatorCode period value source revision }
  } } }`;

interface Cell {
  breakdown: Array<{ dimension: string; code: string }>;
  derivedValue: number;
  submittedValue: number | null;
  difference: number | null;
  recordCount: number;
  recordKeys: string[];
}
interface Figure {
  indicatorCode: string;
  cells: Cell[];
}

const cellKey = (breakdown: Record<string, string>) =>
  Object.entries(breakdown)
    .map(([dimension, code]) => `${dimension}=${code}`)
    .join(";");

describe(`figures derived from investment projects (${TEST_DATABASE_KIND})`, () => {
  let federation: TestFederation;
  let db: DataSource;

  beforeAll(async () => {
    federation = await startTestFederation(TEST_DATABASE_KIND, { subgraphs: ["investment"], sampleData: true });
    db = await federation.openDatabase("investment");
  });
  afterAll(async () => {
    await db?.destroy();
    await federation?.stop();
  });

  const figures = async (year = YEAR) =>
    dataOf(await federation.query<{ investment: { derivedFigures: Figure[] } }>(DERIVED, { year }, NO_CACHE)).investment
      .derivedFigures;
  const byCell = (figure: Figure) =>
    new Map(
      figure.cells.map((cell) => [cellKey(Object.fromEntries(cell.breakdown.map((b) => [b.dimension, b.code]))), cell]),
    );
  const figureOf = (all: Figure[], code: string) => all.find((figure) => figure.indicatorCode === code)!;

  /** The latest revision of each recorded cell of an indicator for the year, by SQL. */
  async function submitted(code: string): Promise<Map<string, number>> {
    const rows = await db.query<Array<{ breakdown: string; value: string | number; revision: number }>>(
      "SELECT breakdown, value, revision FROM observation WHERE indicator_code = ? AND period = ? ORDER BY revision",
      [code, String(YEAR)],
    );
    return new Map(
      rows.map((row) => [cellKey(JSON.parse(row.breakdown) as Record<string, string>), Number(row.value)]),
    );
  }

  it("counts the projects licensed in the year by origin, as SQL counts them, beside the submitted figure", async () => {
    const rows = await db.query<Array<{ origin: string; n: string | number }>>(
      `SELECT CASE WHEN country = 'VN' THEN 'DOMESTIC' ELSE 'FOREIGN' END AS origin, COUNT(*) AS n
       FROM investment_project WHERE certificate_date BETWEEN ? AND ? GROUP BY CASE WHEN country = 'VN' THEN 'DOMESTIC' ELSE 'FOREIGN' END`,
      [`${YEAR}-01-01`, `${YEAR}-12-31`],
    );
    const counted = new Map(rows.map((row) => [`ORIGIN=${row.origin}`, Number(row.n)]));
    counted.set(
      "",
      [...counted.values()].reduce((a, b) => a + b, 0),
    );
    const hand = await submitted("INDUSTRIAL_PROJECTS_ATTRACTED");

    const cells = byCell(figureOf(await figures(), "INDUSTRIAL_PROJECTS_ATTRACTED"));

    expect([...cells.keys()].sort()).toEqual([...counted.keys()].sort());
    for (const [key, cell] of cells) {
      expect({ key, value: cell.derivedValue, records: cell.recordCount }).toEqual({
        key,
        value: counted.get(key),
        records: counted.get(key),
      });
      expect(cell.submittedValue).toBe(hand.get(key) ?? null);
      expect(cell.difference).toBe(hand.has(key) ? cell.derivedValue - hand.get(key)! : null);
    }
    // The sample's deliberate difference: two foreign projects licensed on 30–31 December.
    expect(cells.get("ORIGIN=FOREIGN")!.difference).toBe(2);
  });

  it("sums the capital of the year's domestic (tỷ đồng) and foreign (triệu USD) projects as SQL sums it", async () => {
    const [sums] = await db.query<Array<{ vnd: string | number; usd: string | number }>>(
      `SELECT SUM(CASE WHEN country = 'VN' THEN capital_vnd ELSE 0 END) AS vnd,
              SUM(CASE WHEN country <> 'VN' THEN capital_usd ELSE 0 END) AS usd
       FROM investment_project WHERE certificate_date BETWEEN ? AND ?`,
      [`${YEAR}-01-01`, `${YEAR}-12-31`],
    );
    const all = await figures();

    const domestic = figureOf(all, "INDUSTRIAL_CAPITAL_DOMESTIC").cells[0];
    const foreign = figureOf(all, "INDUSTRIAL_CAPITAL_FOREIGN").cells[0];

    expect(domestic.derivedValue).toBeCloseTo(Number(sums.vnd) / 1e9, 6);
    expect(foreign.derivedValue).toBeCloseTo(Number(sums.usd) / 1e6, 6);
    expect(domestic.submittedValue).toBe((await submitted("INDUSTRIAL_CAPITAL_DOMESTIC")).get(""));
  });

  it("gives each park's leased land at year end (projects licensed by then and not terminated by then), as SQL sums it", async () => {
    const year = 2019;
    const rows = await db.query<Array<{ park: string; area: string | number }>>(
      `SELECT park_code AS park, SUM(leased_area_ha) AS area FROM investment_project
       WHERE park_code IS NOT NULL AND certificate_date <= ? AND (terminated_on IS NULL OR terminated_on > ?)
       GROUP BY park_code`,
      [`${year}-12-31`, `${year}-12-31`],
    );
    // SQLite sums DECIMAL as floating point: to the hundredth the column keeps.
    const leased = new Map(rows.map((row) => [row.park, Number(Number(row.area).toFixed(2))]));

    const cells = byCell(figureOf(await figures(year), "PARK_OCCUPIED_AREA_HA"));

    for (const [key, cell] of cells) {
      if (key === "") continue;
      expect({ key, value: cell.derivedValue }).toEqual({ key, value: leased.get(key.split("=")[1]) ?? 0 });
    }
    // A project of Đình Vũ terminated in 2019: the records give less than the figure sent.
    expect(cells.get("INDUSTRIAL_PARK=DINH_VU")!.difference).toBeLessThan(0);
  });

  it("refuses a submission by anyone but an editor of the reporting unit, and a dry run writes nothing", async () => {
    const count = async () =>
      Number((await db.query<Array<{ n: string | number }>>("SELECT COUNT(*) AS n FROM observation"))[0].n) +
      Number((await db.query<Array<{ n: string | number }>>("SELECT COUNT(*) AS n FROM observation_provenance"))[0].n);
    const before = await count();
    const variables = { year: YEAR, indicators: ["INDUSTRIAL_PROJECTS_ATTRACTED"] };

    for (const claims of [BQLKKT, VIEWER, { subject: "t:c", roles: ["committee" as const], name: "Ban chỉ đạo" }]) {
      const refused = await federation.query(SUBMIT, variables, await federation.as(claims));
      expect(refused.errors?.map((error) => error.extensions?.["code"])).toEqual(["FORBIDDEN"]);
    }
    const dry = dataOf(
      await federation.query<{ investment: { submitDerivedFigures: { dryRun: boolean; revised: number } } }>(
        SUBMIT,
        { ...variables, dryRun: true },
        await federation.as(KHDT),
      ),
    ).investment.submitDerivedFigures;

    expect(dry).toMatchObject({ dryRun: true });
    expect(dry.revised).toBeGreaterThan(0);
    expect(await count()).toBe(before);
  });

  it.each([
    ["a year out of range", { year: 1800, indicators: ["INDUSTRIAL_PROJECTS_ATTRACTED"] }, "year"],
    ["an indicator not derived", { year: YEAR, indicators: ["PARK_AREA_HA"] }, "indicators"],
    ["no indicator", { year: YEAR, indicators: [] }, "indicators"],
    ["a huge indicator code", { year: YEAR, indicators: ["X".repeat(10_000)] }, "indicators"],
  ])("refuses %s with BAD_USER_INPUT naming the field", async (_case, variables, field) => {
    const refused = await federation.query(SUBMIT, variables, await federation.as(KHDT));

    expect(refused.errors?.map((error) => [error.extensions?.["code"], error.extensions?.["details"]])).toEqual([
      ["BAD_USER_INPUT", { field }],
    ]);
  });

  it("submits the derived figures as revisions with their provenance (the projects themselves) and one audit entry; again changes nothing", async () => {
    const foreignIds = (
      await db.query<Array<{ id: string }>>(
        "SELECT id FROM investment_project WHERE country <> 'VN' AND certificate_date BETWEEN ? AND ? ORDER BY id",
        [`${YEAR}-01-01`, `${YEAR}-12-31`],
      )
    ).map((row) => row.id);
    const variables = { year: YEAR, indicators: ["INDUSTRIAL_PROJECTS_ATTRACTED", "INDUSTRIAL_CAPITAL_FOREIGN"] };

    const result = dataOf(
      await federation.query<{
        investment: { submitDerivedFigures: { revised: number; created: number; unchanged: number } };
      }>(SUBMIT, variables, await federation.as(KHDT)),
    ).investment.submitDerivedFigures;
    const again = dataOf(
      await federation.query<{ investment: { submitDerivedFigures: { revised: number; unchanged: number } } }>(
        SUBMIT,
        variables,
        await federation.as(KHDT),
      ),
    ).investment.submitDerivedFigures;

    expect(result.revised + result.created).toBeGreaterThan(0);
    expect(again).toMatchObject({ revised: 0, unchanged: result.revised + result.created + result.unchanged });
    const series = dataOf(
      await federation.query<{
        indicator: {
          series: Array<{
            value: number;
            source: string;
            revision: number;
            provenance: {
              recordType: string;
              recordCount: number;
              recordKeys: string[];
              records: Array<{ id: string; foreign: boolean }>;
            } | null;
          }>;
        };
      }>(
        `{ indicator(code: "INDUSTRIAL_PROJECTS_ATTRACTED") { series(from: "${YEAR}", to: "${YEAR}", periodType: YEAR, breakdown: [{ dimension: "ORIGIN", code: "FOREIGN" }], includeRevisions: true) {
          value source revision provenance { recordType recordCount recordKeys ... on InvestmentProjectProvenance { records { id foreign } } }
        } } }`,
        undefined,
        NO_CACHE,
      ),
    ).indicator.series;
    const latest = series.at(-1)!;
    expect(latest).toMatchObject({
      value: foreignIds.length,
      source: `Tính từ ${foreignIds.length} dự án / derived from ${foreignIds.length} InvestmentProject records`,
    });
    expect(latest.provenance).toMatchObject({ recordType: "InvestmentProject", recordCount: foreignIds.length });
    expect(latest.provenance!.recordKeys).toEqual(foreignIds);
    expect(latest.provenance!.records.map((record) => record.id).sort()).toEqual(foreignIds);
    expect(latest.provenance!.records.every((record) => record.foreign)).toBe(true);
    // The earlier revision, sent by hand, is kept and has no provenance.
    expect(series[0].provenance).toBeNull();
    const trail = dataOf(
      await federation.query<{
        investment: { auditTrail: Array<{ action: string; entityKey: string; actor: { agency: string } }> };
      }>(
        `{ investment { auditTrail(filter: { entityType: "Observation" }) { action entityKey actor { agency } } } }`,
        undefined,
        NO_CACHE,
      ),
    ).investment.auditTrail;
    expect(trail.filter((entry) => entry.action === "observations.submitDerived")).toEqual([
      {
        action: "observations.submitDerived",
        entityKey: "KHDT/INDUSTRIAL_CAPITAL_FOREIGN,INDUSTRIAL_PROJECTS_ATTRACTED",
        actor: { agency: "KHDT" },
      },
    ]);
    const listed = byCell(figureOf(await figures(), "INDUSTRIAL_PROJECTS_ATTRACTED"));
    expect(listed.get("ORIGIN=FOREIGN")).toMatchObject({ difference: 0, submittedValue: foreignIds.length });
  });
});
