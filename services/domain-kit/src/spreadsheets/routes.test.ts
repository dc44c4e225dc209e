import "reflect-metadata";

import type { Server } from "node:http";
import type { AddressInfo } from "node:net";

import { createLogger, CSV_CONTENT_TYPE, RequiredFigures, XLSX_CONTENT_TYPE } from "@hpig/kit";
import { openTestDataSource, TEST_DATABASE_KIND } from "@hpig/kit/testing";
import { parse } from "csv-parse/sync";
import { Workbook } from "exceljs";
import express from "express";
import { type DataSource, In } from "typeorm";

import { REPORTING_ENTITIES } from "../entities";
import { Observation } from "../indicators/observation.entity";
import { reportingMigrations } from "../migrations";
import { IndicatorReference } from "../registry/indicator-reference.entity";
import { TEST_CATALOGUE } from "./catalogue.fixture";
import { MAX_UPLOAD_BYTES, spreadsheetRouter } from "./routes";
import { DATA_SHEET } from "./xlsx";

/** December 2016 in Hải Phòng: the 2016 template is the current one. */
const NOW = new Date("2016-12-20T03:00:00.000Z");

const { PREVIOUS_YEAR_OFFICIAL_AND_REPORTING_YEAR_ESTIMATE, REPORTING_YEAR_FIGURE } = RequiredFigures;

/**
 * The copy of the catalogue. The parks' unit is given row 1's wording here (last year's official
 * figure and this year's estimate), so the template and upload tests see both years; KHDT has
 * the wording of every other row, and LDLD a quantity that answers no appendix item.
 */
const REFERENCES = [
  { code: "IIP", agencyCode: "THONGKE", position: 1, requirementPosition: 1 },
  { code: "PARK_AREA_HA", agencyCode: "BQLKKT", position: 2, requirementPosition: 4 },
  { code: "PARK_OCCUPIED_AREA_HA", agencyCode: "BQLKKT", position: 3, requirementPosition: 4 },
  { code: "PARK_OCCUPANCY_RATE", agencyCode: "BQLKKT", position: 4, requirementPosition: 4 },
  { code: "INDUSTRIAL_CAPITAL_FOREIGN", agencyCode: "KHDT", position: 5, requirementPosition: 5 },
  { code: "AVERAGE_WORKERS", agencyCode: "LDLD", position: 6, requirementPosition: null },
].map((reference) => ({
  ...reference,
  requiredFigures:
    reference.requirementPosition === null
      ? null
      : reference.agencyCode === "KHDT"
        ? REPORTING_YEAR_FIGURE
        : PREVIOUS_YEAR_OFFICIAL_AND_REPORTING_YEAR_ESTIMATE,
}));

/** Plausible figures for every template row: area 100 + row, occupied half of it, a rate of 50 %. */
function plausible(code: string, row: number): number {
  if (code === "PARK_AREA_HA") return 100 + row;
  if (code === "PARK_OCCUPIED_AREA_HA") return 50;
  return 50;
}

describe(`the spreadsheet routes (${TEST_DATABASE_KIND})`, () => {
  let db: DataSource;
  let close: () => Promise<void>;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    ({ db, close } = await openTestDataSource({
      name: "spreadsheets",
      entities: REPORTING_ENTITIES,
      migrations: reportingMigrations,
    }));
    await db.getRepository(IndicatorReference).insert(REFERENCES);
    const app = express();
    // What the kit's HTTP layer gives every request; the caller (token checks are the kit's,
    // tested there) is an editor of the agency in x-test-agency, a viewer with x-test-viewer.
    app.use((req, res, next) => {
      const agency = req.header("x-test-agency");
      const principal = agency
        ? {
            subject: `test:${agency}`,
            name: "Nguyễn Văn A",
            agency,
            roles: [req.header("x-test-viewer") ? "viewer" : "editor"],
          }
        : null;
      Object.assign(res.locals, {
        requestId: "test",
        logger: createLogger("test", "silent"),
        sql: { statements: 0 },
        principal,
      });
      next();
    });
    app.use(
      "/spreadsheets",
      spreadsheetRouter({ db, catalogue: TEST_CATALOGUE, subgraph: "investment", now: () => NOW }),
    );
    server = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/spreadsheets`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    await close?.();
  });
  afterEach(() => db.getRepository(Observation).clear());

  /** Any signed-in caller reads; an upload is BQLKKT's editor's unless another agency (or none: null) is given. */
  const signedIn = { "x-test-agency": "THONGKE", "x-test-viewer": "yes" };
  const template = async (query: string) => fetch(`${base}/template?${query}`, { headers: signedIn });
  const upload = (
    body: Buffer | string,
    query = "",
    type = XLSX_CONTENT_TYPE,
    agency: string | null = "BQLKKT",
    extra: Record<string, string> = {},
  ) =>
    fetch(`${base}/upload?${query}`, {
      method: "POST",
      headers: { "content-type": type, ...(agency ? { "x-test-agency": agency } : {}), ...extra },
      body,
    });
  const count = () => db.getRepository(Observation).count();

  /** The BQLKKT 2016 template, every value filled; `override` changes chosen rows. */
  async function filledTemplate(override: Record<number, unknown> = {}): Promise<Buffer> {
    const workbook = new Workbook();
    await workbook.xlsx.load(await (await template("agency=BQLKKT&year=2016")).arrayBuffer());
    const sheet = workbook.getWorksheet(DATA_SHEET)!;
    sheet.eachRow((row, number) => {
      if (number === 1) return;
      row.getCell(7).value = (number in override ? override[number] : plausible(row.getCell(1).text, number)) as never;
    });
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }

  describe("GET /spreadsheets/template", () => {
    it("answers the unit's workbook as a download", async () => {
      const response = await template("agency=bqlkkt&year=2016&format=xlsx");

      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe(XLSX_CONTENT_TYPE);
      expect(response.headers.get("content-disposition")).toBe('attachment; filename="template-BQLKKT-2016.xlsx"');
      const workbook = new Workbook();
      await workbook.xlsx.load(await response.arrayBuffer());
      expect(workbook.getWorksheet(DATA_SHEET)!.rowCount).toBe(1 + 3 * 9 * 2);
    });

    it("answers the CSV template with a byte order mark", async () => {
      const response = await template("agency=KHDT&year=2016&format=csv");

      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe(CSV_CONTENT_TYPE);
      const bytes = Buffer.from(await response.arrayBuffer());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(bytes.subarray(3).toString("utf8")).toBe(
        // KHDT's row asks for the year's figure only: no 2015 row.
        "indicator_code,indicator,unit,period,status,value,source,comment\r\n" +
          "INDUSTRIAL_CAPITAL_FOREIGN,INDUSTRIAL_CAPITAL_FOREIGN (triệu USD),triệu USD,2016,ESTIMATE,,,\r\n",
      );
    });

    it("answers 503 while the copy of the catalogue predates the appendix rows, rather than an empty template", async () => {
      const references = db.getRepository(IndicatorReference);
      await references.update(
        { code: In(REFERENCES.map((r) => r.code)) },
        { requirementPosition: null, requiredFigures: null },
      );
      try {
        const response = await template("agency=BQLKKT&year=2016");

        expect(response.status).toBe(503);
        expect(await response.json()).toEqual({
          error: "REGISTRY_NOT_SYNCED",
          message: "The indicator catalogue has not been synced from the plan subgraph yet; try again shortly.",
          requestId: "test",
        });
      } finally {
        await references.save(REFERENCES);
      }
    });

    it("refuses a unit this domain does not hold (404), a bad year or format (400)", async () => {
      const answers = await Promise.all(
        [
          "agency=THONGKE&year=2016",
          "agency=LDLD&year=2016",
          "agency=NOPE&year=2016",
          "agency=BQLKKT&year=2017",
          "agency=BQLKKT&year=15",
          "agency=BQLKKT",
          "agency=BQLKKT&year=2016&format=pdf",
          "year=2016",
        ].map(async (query) => {
          const response = await template(query);
          return [response.status, await response.json()];
        }),
      );

      expect(answers).toEqual([
        [
          404,
          {
            error: "NOT_FOUND",
            message:
              "THONGKE reports none of the investment subgraph's indicators (it reports IIP): ask the subgraph of its domain for its template.",
          },
        ],
        [
          404,
          {
            error: "NOT_FOUND",
            message:
              "LDLD owes none of the investment subgraph's indicators in December: AVERAGE_WORKERS answers no item of the plan's appendix.",
          },
        ],
        [404, { error: "NOT_FOUND", message: '"NOPE" reports no indicator in the plan\'s catalogue.' }],
        [400, { error: "BAD_USER_INPUT", message: 'year must be a year from 1990 to 2016, not "2017".' }],
        [400, { error: "BAD_USER_INPUT", message: 'year must be a year from 1990 to 2016, not "15".' }],
        [400, { error: "BAD_USER_INPUT", message: "year is required, e.g. year=2015." }],
        [400, { error: "BAD_USER_INPUT", message: 'format must be xlsx or csv, not "pdf".' }],
        [400, { error: "BAD_USER_INPUT", message: 'agency is required: a unit code such as "BQLKKT".' }],
      ]);
    });
  });

  describe("POST /spreadsheets/upload", () => {
    it("refuses the whole file when one row is bad, naming its row and column, and writes nothing", async () => {
      // Rows 2–19 are PARK_AREA_HA, 20–37 PARK_OCCUPIED_AREA_HA, 38–55 PARK_OCCUPANCY_RATE, each park
      // 2015 then 2016. Row 38 is the first park's 2015 rate: 120 %.
      const response = await upload(await filledTemplate({ 38: 120 }));

      expect(response.status).toBe(422);
      expect(await response.json()).toEqual({
        error: "INVALID_OBSERVATIONS",
        message:
          "1 of 54 rows with a value is invalid; nothing was recorded. First: row 38, column value: PARK_OCCUPANCY_RATE: a percentage is between 0 and 100; got 120.",
        problems: [
          {
            row: 38,
            column: "value",
            code: "VALUE_OUT_OF_RANGE",
            message: "PARK_OCCUPANCY_RATE: a percentage is between 0 and 100; got 120.",
          },
        ],
      });
      expect(await count()).toBe(0);
    });

    it("reports rows it cannot read together with the figures refused, all by row and column", async () => {
      // Row 3: Nomura's 2016 area is text; rows 21 and 30: Nomura's 2016 and VSIP's 2015 occupied area exceed the area.
      const response = await upload(await filledTemplate({ 3: "một trăm", 21: 1_000, 30: 1_000, 38: 120 }));

      const body = (await response.json()) as { problems: Array<{ row: number; column: string; code: string }> };
      expect(response.status).toBe(422);
      // Row 21's cross-check waits until row 3, the area it is checked against, can be read.
      expect(body.problems.map(({ row, column, code }) => [row, column, code])).toEqual([
        [3, "value", "NOT_A_NUMBER"],
        [30, "value", "CROSS_CHECK_FAILED"],
        [38, "value", "VALUE_OUT_OF_RANGE"],
      ]);
      expect(await count()).toBe(0);
    });

    it("records every filled row, skips blank ones, and records nothing new when the same file comes again", async () => {
      const file = await filledTemplate({ 20: null, 21: null });

      const dryRun = await upload(file, "dryRun=true");
      expect(await dryRun.json()).toEqual({
        dryRun: true,
        rows: 52,
        skipped: 2,
        created: 52,
        revised: 0,
        unchanged: 0,
        warnings: [],
      });
      expect(await count()).toBe(0);

      const first = await upload(file);
      expect(first.status).toBe(200);
      expect(await first.json()).toMatchObject({
        dryRun: false,
        rows: 52,
        skipped: 2,
        created: 52,
        revised: 0,
        unchanged: 0,
      });
      const again = await upload(file);
      expect(await again.json()).toMatchObject({ rows: 52, created: 0, revised: 0, unchanged: 52 });
      expect(await count()).toBe(52);
      const recorded = await db.getRepository(Observation).findOneByOrFail({
        indicatorCode: "PARK_AREA_HA",
        period: "2016",
        breakdownKey: "INDUSTRIAL_PARK=NOMURA",
      });
      expect(recorded).toMatchObject({ value: 103, status: "ESTIMATE", reporter: "Nguyễn Văn A", revision: 1 });
    });

    it("takes a CSV upload, and a revised figure becomes the cell's next revision", async () => {
      const csv = (value: string) =>
        "\uFEFFindicator_code,period,status,value,comment\r\n" +
        `INDUSTRIAL_CAPITAL_FOREIGN,2015,OFFICIAL,${value},Vốn đăng ký cấp mới\r\n`;

      const first = await upload(csv("812.4"), "", "text/csv", "KHDT");
      const revised = await upload(csv("815"), "", "text/csv; charset=utf-8", "KHDT");

      expect(await first.json()).toMatchObject({ rows: 1, created: 1 });
      expect(await revised.json()).toMatchObject({ rows: 1, created: 0, revised: 1 });
      // The stored cell, not only the counters: the new figure on top, the first one kept beneath it.
      const stored = await db.getRepository(Observation).find({
        where: { indicatorCode: "INDUSTRIAL_CAPITAL_FOREIGN", period: "2015" },
        order: { revision: "DESC" },
      });
      expect(stored.map(({ revision, value }) => [revision, value])).toEqual([
        [2, 815],
        [1, 812.4],
      ]);
    });

    it("refuses a file with missing or unknown columns (400), naming them", async () => {
      const response = await upload("indicator_code,period,trạng thái,value\r\nX,2015,OFFICIAL,1\r\n", "", "text/csv");

      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({
        error: "INVALID_SPREADSHEET",
        message: expect.stringMatching(
          /^The header row \(row 1\) has missing column "status"; unknown column "trạng thái"\./,
        ),
      });
    });

    it("refuses an upload without sign-in, by a viewer or another unit's editor, without a file, a known type, or within the size limit", async () => {
      const khdtFigure = "indicator_code,period,status,value\r\nINDUSTRIAL_CAPITAL_FOREIGN,2015,OFFICIAL,1\r\n";
      const answers = await Promise.all([
        upload("x", "dryRun=true", XLSX_CONTENT_TYPE, null),
        upload("x", "dryRun=true", XLSX_CONTENT_TYPE, "BQLKKT", { "x-test-viewer": "yes" }),
        upload(khdtFigure, "", "text/csv"),
        upload("x", "dryRun=maybe"),
        upload("", "", "text/csv"),
        upload("{}", "", "application/json"),
        upload(Buffer.alloc(MAX_UPLOAD_BYTES + 1, 0x41), "", "text/csv"),
        upload("indicator_code,period,status,value\r\n", "", "text/csv"),
        upload(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), "", "application/vnd.ms-excel"),
      ]);

      const codeOf = (body: { error?: string; errors?: Array<{ extensions: { code: string } }> }) =>
        body.error ?? body.errors?.[0]?.extensions.code;
      expect(
        await Promise.all(
          answers.map(async (r) => [r.status, codeOf((await r.json()) as Parameters<typeof codeOf>[0])]),
        ),
      ).toEqual([
        [401, "UNAUTHENTICATED"],
        [403, "FORBIDDEN"],
        [403, "FORBIDDEN"],
        [400, "BAD_USER_INPUT"],
        [400, "BAD_USER_INPUT"],
        [415, "UNSUPPORTED_MEDIA_TYPE"],
        [413, "PAYLOAD_TOO_LARGE"],
        [400, "INVALID_SPREADSHEET"],
        [400, "INVALID_SPREADSHEET"],
      ]);
    });
  });

  describe("GET /spreadsheets/series.csv", () => {
    it("exports the latest revision of each cell, or every revision", async () => {
      const csv = (value: number) =>
        `indicator_code,period,status,INDUSTRIAL_PARK,value\r\nPARK_AREA_HA,2015,OFFICIAL,NOMURA,${value}\r\nPARK_AREA_HA,2016,ESTIMATE,,${value + 400}\r\n`;
      await upload(csv(153), "", "text/csv");
      await upload(csv(154), "", "text/csv");

      const latest = await fetch(`${base}/series.csv?indicator=PARK_AREA_HA&from=2011&to=2020`, { headers: signedIn });
      const all = await fetch(`${base}/series.csv?indicator=PARK_AREA_HA&includeRevisions=true&asOf=2016-12-20`, {
        headers: signedIn,
      });
      const none = await fetch(`${base}/series.csv?indicator=PARK_AREA_HA&asOf=2016-12-19`, { headers: signedIn });

      expect(latest.status).toBe(200);
      expect(latest.headers.get("content-disposition")).toBe('attachment; filename="PARK_AREA_HA.csv"');
      const rows = parse<Record<string, string>>(Buffer.from(await latest.arrayBuffer()), { bom: true, columns: true });
      expect(rows).toEqual([
        {
          indicator_code: "PARK_AREA_HA",
          period: "2015",
          INDUSTRIAL_PARK: "NOMURA",
          value: "154",
          status: "OFFICIAL",
          source: "",
          comment: "",
          reporter: "Nguyễn Văn A",
          recorded_at: NOW.toISOString(),
          revision: "2",
          outlier: "false",
          sample: "false",
        },
        expect.objectContaining({ period: "2016", INDUSTRIAL_PARK: "", value: "554", revision: "2" }),
      ]);
      const every = parse<Record<string, string>>(Buffer.from(await all.arrayBuffer()), { bom: true, columns: true });
      expect(every.map((row) => [row["period"], row["revision"], row["value"]])).toEqual([
        ["2015", "1", "153"],
        ["2015", "2", "154"],
        ["2016", "1", "553"],
        ["2016", "2", "554"],
      ]);
      expect(
        Buffer.from(await none.arrayBuffer())
          .toString("utf8")
          .trimEnd(),
      ).toBe(
        "\uFEFFindicator_code,period,INDUSTRIAL_PARK,value,status,source,comment,reporter,recorded_at,revision,outlier,sample",
      );
    });

    it("refuses an indicator this domain does not define (404) and bad bounds (400)", async () => {
      const answers = await Promise.all(
        ["indicator=IIP", "indicator=PARK_AREA_HA&from=2011-13", "indicator=PARK_AREA_HA&asOf=2016-02-30", ""].map(
          async (query) => {
            const response = await fetch(`${base}/series.csv?${query}`, { headers: signedIn });
            return [response.status, await response.json()];
          },
        ),
      );

      expect(answers).toEqual([
        [404, { error: "NOT_FOUND", message: '"IIP" is not an indicator of the investment subgraph.' }],
        [
          400,
          {
            error: "BAD_USER_INPUT",
            message: 'from must be a period such as "2011", "2011-Q3" or "2011-07", not "2011-13".',
          },
        ],
        [400, { error: "BAD_USER_INPUT", message: 'asOf must be a date YYYY-MM-DD, not "2016-02-30".' }],
        [400, { error: "BAD_USER_INPUT", message: "indicator is required, e.g. indicator=IIP." }],
      ]);
    });
  });

  it("answers JSON for an unknown spreadsheet route", async () => {
    const response = await fetch(`${base}/nope`, { headers: signedIn });

    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: "NOT_FOUND" });
  });
});
