import "reflect-metadata";

import { RequiredFigures } from "@hpig/kit";
import { Workbook } from "exceljs";

import { ObservationStatus } from "../indicators/observation-status";
import { PARK_CODES, PARK_DEFINITIONS, TEST_CATALOGUE } from "./catalogue.fixture";
import { readObservationRows } from "./read-rows";
import { buildTemplate } from "./template";
import { DATA_SHEET, GUIDE_SHEET, readXlsxTable, renderTemplateXlsx } from "./xlsx";

/** The parks established by 2016 (Bến Rừng came in 2019). */
const PARKS_2016 = [
  "NOMURA",
  "DO_SON",
  "DINH_VU",
  "TRANG_DUE",
  "NAM_CAU_KIEN",
  "VSIP_HAI_PHONG",
  "MP_DINH_VU",
  "NAM_DINH_VU",
  "AN_DUONG",
];

/** The parks' template as a unit whose appendix row asks for last year's official figure (row 1's wording) has it. */
const template = buildTemplate(
  "BQLKKT",
  2016,
  PARK_DEFINITIONS,
  RequiredFigures.PREVIOUS_YEAR_OFFICIAL_AND_REPORTING_YEAR_ESTIMATE,
  TEST_CATALOGUE,
);
/** The same as BQLKKT's row really asks it: the year's figures only. */
const reportingYearTemplate = buildTemplate(
  "BQLKKT",
  2016,
  PARK_DEFINITIONS,
  RequiredFigures.REPORTING_YEAR_FIGURE,
  TEST_CATALOGUE,
);

/** Every text of a workbook's guide sheet, one line each. */
function guideTextOf(workbook: Workbook): string {
  return workbook
    .getWorksheet(GUIDE_SHEET)!
    .getSheetValues()
    .flat()
    .filter((cell) => typeof cell === "string")
    .join("\n");
}

async function load(file: Buffer): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  return workbook;
}

/** Fills the value column of the figures sheet, row by row, and saves the workbook again. */
async function fill(file: Buffer, valueOf: (row: number) => number | string | null): Promise<Buffer> {
  const workbook = await load(file);
  const sheet = workbook.getWorksheet(DATA_SHEET)!;
  const valueColumn = (sheet.getRow(1).values as unknown[]).indexOf("value");
  sheet.eachRow((row, number) => {
    if (number > 1) row.getCell(valueColumn).value = valueOf(number);
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe("the XLSX template", () => {
  it("has every required item of the obligation: each park twice, previous year OFFICIAL and the year's ESTIMATE", () => {
    expect(template.headers).toEqual([
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
    expect(template.rows).toHaveLength(PARK_CODES.length * PARKS_2016.length * 2);
    expect(template.rows.slice(0, 3)).toEqual([
      {
        indicatorCode: "PARK_AREA_HA",
        label: "PARK_AREA_HA (ha): KCN Nomura - Hải Phòng",
        unit: "ha",
        period: "2015",
        status: ObservationStatus.OFFICIAL,
        breakdown: { INDUSTRIAL_PARK: "NOMURA" },
      },
      {
        indicatorCode: "PARK_AREA_HA",
        label: "PARK_AREA_HA (ha): KCN Nomura - Hải Phòng",
        unit: "ha",
        period: "2016",
        status: ObservationStatus.ESTIMATE,
        breakdown: { INDUSTRIAL_PARK: "NOMURA" },
      },
      expect.objectContaining({ period: "2015", breakdown: { INDUSTRIAL_PARK: "DO_SON" } }),
    ]);
    expect(new Set(template.rows.map((row) => row.breakdown["INDUSTRIAL_PARK"]))).toEqual(new Set(PARKS_2016));
  });

  it("has each park once, the year's figure, where the unit's row asks for nothing of the year before", async () => {
    expect(reportingYearTemplate.rows).toHaveLength(PARK_CODES.length * PARKS_2016.length);
    expect(reportingYearTemplate.rows.slice(0, 2)).toEqual([
      {
        indicatorCode: "PARK_AREA_HA",
        label: "PARK_AREA_HA (ha): KCN Nomura - Hải Phòng",
        unit: "ha",
        period: "2016",
        status: ObservationStatus.ESTIMATE,
        breakdown: { INDUSTRIAL_PARK: "NOMURA" },
      },
      expect.objectContaining({ period: "2016", breakdown: { INDUSTRIAL_PARK: "DO_SON" } }),
    ]);
    const guide = guideTextOf(await load(await renderTemplateXlsx(reportingYearTemplate)));
    expect(guide).toContain("Số liệu năm 2016: ƯỚC TÍNH (ESTIMATE), SƠ BỘ (PRELIMINARY) hoặc CHÍNH THỨC (OFFICIAL).");
    expect(guide).toContain("The 2016 figure: ESTIMATE, PRELIMINARY or OFFICIAL, as far as it is known.");
    expect(guide).not.toContain("2015");
  });

  it("renders the figures sheet with a frozen header and lists, the guide, and a sheet per code list", async () => {
    const workbook = await load(await renderTemplateXlsx(template));

    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([DATA_SHEET, GUIDE_SHEET, "INDUSTRIAL_PARK"]);
    const sheet = workbook.getWorksheet(DATA_SHEET)!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(template.headers);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.rowCount).toBe(template.rows.length + 1);
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual([
      "PARK_AREA_HA",
      "PARK_AREA_HA (ha): KCN Nomura - Hải Phòng",
      "ha",
      "2015",
      "OFFICIAL",
      "NOMURA",
    ]);
    expect(sheet.getCell("E2").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"ESTIMATE,PRELIMINARY,OFFICIAL"'],
    });
    expect(sheet.getCell("F2").dataValidation).toMatchObject({
      type: "list",
      formulae: ["'INDUSTRIAL_PARK'!$A$2:$A$11"],
    });

    const guideText = guideTextOf(workbook);
    expect(guideText).toContain("Năm 2015: số liệu CHÍNH THỨC (OFFICIAL); năm 2016: số ƯỚC THỰC HIỆN (ESTIMATE)");
    expect(guideText).toContain("2015: the OFFICIAL figure; 2016: the ESTIMATE (or PRELIMINARY) figure.");
    expect(guideText).toContain("Dòng để trống");
    expect(guideText).toContain("Rows whose");
    expect(guideText).toContain("NOMURA, DO_SON");
    const parks = workbook.getWorksheet("INDUSTRIAL_PARK")!;
    expect(parks.getRow(2).values).toEqual([undefined, "NOMURA", "KCN Nomura - Hải Phòng", expect.any(String), 1994]);
  });

  it("parses a filled template back into exactly the template's rows", async () => {
    const filled = await fill(await renderTemplateXlsx(template), (row) => row * 1.5);

    const parsed = readObservationRows(await readXlsxTable(filled), TEST_CATALOGUE);

    expect(parsed.problems).toEqual([]);
    expect(parsed.skipped).toBe(0);
    expect(parsed.rowNumbers).toEqual(template.rows.map((_, index) => index + 2));
    expect(parsed.observations.map((o) => ({ ...o }))).toEqual(
      template.rows.map((row, index) => ({
        indicatorCode: row.indicatorCode,
        period: row.period,
        status: row.status,
        breakdown: Object.entries(row.breakdown).map(([dimension, code]) => ({ dimension, code })),
        value: (index + 2) * 1.5,
        source: null,
        comment: null,
      })),
    );
  });

  it("skips rows whose value is blank and counts them", async () => {
    const partly = await fill(await renderTemplateXlsx(template), (row) => (row % 2 === 0 ? 10 : null));

    const parsed = readObservationRows(await readXlsxTable(partly), TEST_CATALOGUE);

    expect(parsed.observations).toHaveLength(template.rows.length / 2);
    expect(parsed.skipped).toBe(template.rows.length / 2);
    expect(parsed.rowNumbers.every((row) => row % 2 === 0)).toBe(true);
  });

  it("reads formulas by their result, and names an Excel error by row and column", async () => {
    const workbook = await load(await renderTemplateXlsx(template));
    const sheet = workbook.getWorksheet(DATA_SHEET)!;
    sheet.getCell("G2").value = { formula: "100+53", result: 153 };
    sheet.getCell("G3").value = { error: "#DIV/0!" } as never;

    const parsed = readObservationRows(
      await readXlsxTable(Buffer.from(await workbook.xlsx.writeBuffer())),
      TEST_CATALOGUE,
    );

    expect(parsed.observations.map((o) => o.value)).toEqual([153]);
    expect(parsed.problems).toEqual([
      {
        row: 3,
        column: "value",
        code: "UNREADABLE_CELL",
        message: "Cannot read the value: the cell shows the error #DIV/0!.",
      },
    ]);
  });

  it("refuses a file that is not a workbook", async () => {
    await expect(readXlsxTable(Buffer.from("PK\u0003\u0004 not really a zip"))).rejects.toThrow(
      /not a readable \.xlsx workbook/,
    );
  });
});
