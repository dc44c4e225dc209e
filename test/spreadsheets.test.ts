import { INDUSTRIAL_PARK_CODE_LIST, ORIGIN_CODE_LIST } from "@hpig/domain-kit";
import { TEST_DATABASE_KIND } from "@hpig/kit/testing";
import { INDICATOR_CATALOGUE } from "@hpig/plan/indicator/indicator-catalogue";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { Workbook } from "exceljs";

import { startTestFederation, type TestFederation } from "./testkit/federation";
import { dataOf } from "./testkit/http";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const YEAR = 2016;
const BQLKKT_CODES = INDICATOR_CATALOGUE.filter((r) => r.agency === "BQLKKT").map((r) => r.code);
const KHDT_CODES = INDICATOR_CATALOGUE.filter((r) => r.agency === "KHDT").map((r) => r.code);
const PARKS = INDUSTRIAL_PARK_CODE_LIST.entries.filter((park) => (park.validFrom ?? 0) <= YEAR).map((p) => p.code);

interface Figure {
  period: string;
  value: number;
  status: string;
  comment: string | null;
  breakdown: Array<{ dimension: string; code: string }>;
}

/**
 * A consistent figure for a park row: area, then leasable land, leased land and occupancy below it.
 * `park` is the park's position, so each park has its own numbers.
 */
function parkFigure(code: string, park: number, period: string): number {
  const area = 150 + 10 * park + (period === String(YEAR) ? 5 : 0);
  switch (code) {
    case "PARK_AREA_HA":
      return area;
    case "PARK_LEASABLE_AREA_HA":
      return area - 40;
    case "PARK_OCCUPIED_AREA_HA":
      return area - 60.5;
    default:
      return 72.5;
  }
}

describe(`spreadsheets: December templates, uploads and CSV exports on a domain subgraph (${TEST_DATABASE_KIND})`, () => {
  let federation: TestFederation;
  let investment: string;
  /** Uploads are an editor's of the unit; templates and exports any signed-in caller's. */
  let bqlkkt: Record<string, string>;
  let khdt: Record<string, string>;
  let reader: Record<string, string>;

  beforeAll(async () => {
    federation = await startTestFederation(TEST_DATABASE_KIND, { subgraphs: ["industry", "investment"] });
    investment = `${federation.subgraphs["investment"].url}/spreadsheets`;
    bqlkkt = await federation.as({
      subject: "test:bqlkkt",
      name: "Nguyễn Văn A, BQLKKT",
      agency: "BQLKKT",
      roles: ["editor"],
    });
    khdt = await federation.as({
      subject: "test:khdt",
      name: "Trần Thị B, Sở KH&ĐT",
      agency: "KHDT",
      roles: ["editor"],
    });
    reader = await federation.as({ subject: "test:viewer", name: "Phạm Thu Hà", agency: "TC", roles: ["viewer"] });
    // A figure recorded through GraphQL beforehand: a refused file must leave it as it is.
    dataOf(
      await federation.query(
        `mutation ($input: SubmitObservationsInput!) { investment { submitObservations(input: $input) { created } } }`,
        {
          input: {
            observations: [
              { indicatorCode: "INDUSTRIAL_CAPITAL_FOREIGN", period: "2014", value: 640.2, status: "OFFICIAL" },
            ],
          },
        },
        khdt,
      ),
    );
  });
  afterAll(() => federation?.stop());

  /** Every figure of the investment domain, every revision, read through the gateway. */
  const investmentFigures = async () => {
    const { indicators } = dataOf(
      await federation.query<{ indicators: Array<{ code: string; series: Figure[] }> }>(
        `{ indicators(domain: INVESTMENT) { code series(includeRevisions: true) { period value status comment breakdown { dimension code } } } }`,
      ),
    );
    return indicators.flatMap((indicator) => indicator.series.map((figure) => ({ code: indicator.code, ...figure })));
  };

  const upload = async (body: Buffer, type: string, query = "", as = bqlkkt) => {
    const response = await fetch(`${investment}/upload?${query}`, {
      method: "POST",
      headers: { ...as, "content-type": type },
      body,
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  /** The BQLKKT template for 2016, downloaded from the investment subgraph. */
  async function downloadTemplate(): Promise<Workbook> {
    const response = await fetch(`${investment}/template?agency=BQLKKT&year=${YEAR}&format=xlsx`, { headers: reader });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(XLSX);
    const workbook = new Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    return workbook;
  }

  /** Fills every row of the template's first sheet; `bad` gives one row another value. */
  async function fill(workbook: Workbook, bad?: { row: number; value: number }): Promise<Buffer> {
    const sheet = workbook.worksheets[0];
    const headers = (sheet.getRow(1).values as unknown[]).map(String);
    const column = (name: string) => headers.indexOf(name);
    sheet.eachRow((row, number) => {
      if (number === 1) return;
      const code = row.getCell(column("indicator_code")).text;
      const park = PARKS.indexOf(row.getCell(column("INDUSTRIAL_PARK")).text);
      const period = row.getCell(column("period")).text;
      row.getCell(column("value")).value = bad?.row === number ? bad.value : parkFigure(code, park, period);
    });
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }

  /** The row of the template holding a figure. */
  function rowOf(workbook: Workbook, code: string, park: string, period: string): number {
    const sheet = workbook.worksheets[0];
    let found = 0;
    sheet.eachRow((row, number) => {
      const [, indicator, , , rowPeriod, , rowPark] = row.values as unknown[];
      if (indicator === code && rowPark === park && rowPeriod === period) found = number;
    });
    if (!found) throw new Error(`no row for ${code} ${park} ${period}`);
    return found;
  }

  it("BQLKKT's XLSX template has each park of 2016 once per indicator (row 4 asks nothing of 2015); one bad row refuses the whole file", async () => {
    const workbook = await downloadTemplate();
    const sheet = workbook.worksheets[0];
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      "indicator_code",
      "indicator",
      "unit",
      "period",
      "status",
      "INDUSTRIAL_PARK",
      "value",
      "source",
      "comment",
    ]);
    expect(sheet.rowCount - 1).toBe(BQLKKT_CODES.length * PARKS.length);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Số liệu", "Hướng dẫn", "INDUSTRIAL_PARK"]);
    const before = await investmentFigures();

    // Đình Vũ's leased land in 2016 above the park's whole area.
    const badRow = rowOf(workbook, "PARK_OCCUPIED_AREA_HA", "DINH_VU", String(YEAR));
    const refused = await upload(await fill(workbook, { row: badRow, value: 9_999 }), XLSX);

    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ error: "INVALID_OBSERVATIONS" });
    // Exactly that cell, for both limits it breaks: the park's area and its leasable land.
    const problems = refused.body["problems"] as Array<{ row: number; column: string; code: string; message: string }>;
    expect(problems.map(({ row, column, code }) => [row, column, code])).toEqual([
      [badRow, "value", "CROSS_CHECK_FAILED"],
      [badRow, "value", "CROSS_CHECK_FAILED"],
    ]);
    expect(problems.map((p) => p.message.split(" for ")[0])).toEqual([
      "PARK_OCCUPIED_AREA_HA 9999 exceeds PARK_AREA_HA 175",
      "PARK_OCCUPIED_AREA_HA 9999 exceeds PARK_LEASABLE_AREA_HA 135",
    ]);
    expect(refused.body["message"]).toBe(
      `1 of ${sheet.rowCount - 1} rows with a value is invalid; nothing was recorded. First: row ${badRow}, column value: ${problems[0].message}`,
    );
    expect(await investmentFigures()).toEqual(before);
    expect(before).toHaveLength(1);
  });

  it("records the fixed file, then the same file again changes nothing, and a dry run writes nothing", async () => {
    const file = await fill(await downloadTemplate());
    const rows = BQLKKT_CODES.length * PARKS.length;

    const first = await upload(file, XLSX);
    expect(first).toEqual({
      status: 200,
      body: { dryRun: false, rows, skipped: 0, created: rows, revised: 0, unchanged: 0, warnings: [] },
    });
    const again = await upload(file, XLSX);
    expect(again.body).toEqual({
      dryRun: false,
      rows,
      skipped: 0,
      created: 0,
      revised: 0,
      unchanged: rows,
      warnings: [],
    });

    const recorded = await investmentFigures();
    expect(recorded).toHaveLength(1 + rows);
    const { indicator } = dataOf(
      await federation.query<{ indicator: { series: Figure[] } }>(
        `{ indicator(code: "PARK_AREA_HA") { series(from: "2015", to: "2016") { period value status breakdown { code } } } }`,
      ),
    );
    expect(indicator.series).toHaveLength(PARKS.length);
    expect(indicator.series.find((f) => f.period === "2016" && f.breakdown[0]?.code === "NOMURA")).toMatchObject({
      value: 155,
      status: "ESTIMATE",
    });

    // A dry run of changed figures says what would change and writes nothing.
    const workbook = await downloadTemplate();
    const changed = await fill(workbook, { row: rowOf(workbook, "PARK_AREA_HA", "NOMURA", String(YEAR)), value: 156 });
    const dryRun = await upload(changed, XLSX, "dryRun=true");
    expect(dryRun.body).toEqual({
      dryRun: true,
      rows,
      skipped: 0,
      created: 0,
      revised: 1,
      unchanged: rows - 1,
      warnings: [],
    });
    expect(await investmentFigures()).toEqual(recorded);
  });

  it("KHDT's CSV template (UTF-8 with BOM) is filled and uploaded, Vietnamese comments intact", async () => {
    const response = await fetch(`${investment}/template?agency=KHDT&year=${YEAR}&format=csv`, { headers: reader });
    expect(response.status).toBe(200);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = parse<Record<string, string>>(bytes, { bom: true, columns: true });
    // KHDT's row (5) asks for the year's figures only.
    expect(records.map((r) => [r["indicator_code"], r["period"], r["status"], r["ORIGIN"]])).toEqual(
      KHDT_CODES.flatMap((code) =>
        (code === "INDUSTRIAL_PROJECTS_ATTRACTED" ? ORIGIN_CODE_LIST.entries.map((e) => e.code) : [""]).map(
          (origin) => [code, "2016", "ESTIMATE", origin],
        ),
      ),
    );

    // The last row is left blank: skipped, not refused.
    const filled = records.map((record, index) => ({
      ...record,
      value: index === records.length - 1 ? "" : String(20 + index),
      comment: index === 0 ? "Số dự án cấp mới, không tính dự án điều chỉnh" : "",
    }));
    const csv = Buffer.from(stringify(filled, { header: true, bom: true }), "utf8");
    const result = await upload(csv, "text/csv", "", khdt);

    expect(result).toEqual({
      status: 200,
      body: {
        dryRun: false,
        rows: records.length - 1,
        skipped: 1,
        created: records.length - 1,
        revised: 0,
        unchanged: 0,
        warnings: [],
      },
    });
    const figures = await investmentFigures();
    expect(figures.find((f) => f.code === "INDUSTRIAL_PROJECTS_ATTRACTED" && f.period === "2016")).toMatchObject({
      value: 20,
      comment: "Số dự án cấp mới, không tính dự án điều chỉnh",
      breakdown: [{ dimension: "ORIGIN", code: "DOMESTIC" }],
    });
  });

  it("exports a series as CSV: the uploaded figures, latest revision of each cell", async () => {
    const response = await fetch(
      `${investment}/series.csv?indicator=PARK_AREA_HA&from=2011&to=2020&includeRevisions=false`,
      {
        headers: reader,
      },
    );

    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const rows = parse<Record<string, string>>(Buffer.from(await response.arrayBuffer()), { bom: true, columns: true });
    expect(Object.keys(rows[0])).toEqual([
      "indicator_code",
      "period",
      "INDUSTRIAL_PARK",
      "value",
      "status",
      "source",
      "comment",
      "reporter",
      "recorded_at",
      "revision",
      "outlier",
      "sample",
    ]);
    // The uploaded year, park by park in code-list order.
    expect(
      rows.map((r) => [r["period"], r["INDUSTRIAL_PARK"], Number(r["value"]), r["status"], r["revision"]]),
    ).toEqual(
      PARKS.map((park, index) => [
        String(YEAR),
        park,
        parkFigure("PARK_AREA_HA", index, String(YEAR)),
        "ESTIMATE",
        "1",
      ]),
    );
    expect(rows[0]["reporter"]).toBe("Nguyễn Văn A, BQLKKT");
  });

  it("answers 404 with a clear message for a unit or an indicator this domain does not hold", async () => {
    const template = await fetch(`${investment}/template?agency=THONGKE&year=${YEAR}`, { headers: reader });
    const series = await fetch(`${investment}/series.csv?indicator=IIP`, { headers: reader });

    expect([template.status, await template.json()]).toEqual([
      404,
      {
        error: "NOT_FOUND",
        message: expect.stringMatching(/^THONGKE reports none of the investment subgraph's indicators/),
      },
    ]);
    expect([series.status, await series.json()]).toEqual([
      404,
      { error: "NOT_FOUND", message: '"IIP" is not an indicator of the investment subgraph.' },
    ]);
  });
});
