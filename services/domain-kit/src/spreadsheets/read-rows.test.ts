import "reflect-metadata";

import { TEST_CATALOGUE } from "./catalogue.fixture";
import { readObservationRows } from "./read-rows";
import type { SheetCell, SheetTable } from "./sheet-table";

const HEADERS = [
  "indicator_code",
  "unit",
  "period",
  "status",
  "INDUSTRIAL_PARK",
  "VSIC2",
  "value",
  "source",
  "comment",
];

function table(rows: SheetCell[][], headers: string[] = HEADERS, decimalSeparator: "." | "," = "."): SheetTable {
  return { headers, rows: rows.map((cells, index) => ({ number: index + 2, cells })), decimalSeparator };
}

const read = (rows: SheetCell[][], headers?: string[]) => readObservationRows(table(rows, headers), TEST_CATALOGUE);

describe("reading the rows of a sheet", () => {
  describe("checks the columns first", () => {
    it("names missing and unknown columns", () => {
      expect(() => read([], ["indicator_code", "period", "status", "valeu", "ghi chú"])).toThrow(
        /missing column "value"; unknown columns "valeu", "ghi chú"\. The columns are "indicator_code", "period", "status", "value" \(required\)/,
      );
    });

    it("names a repeated column and a column holding data without a header", () => {
      expect(() =>
        read(
          [["IIP", "2015", "OFFICIAL", "1", "2", "x"]],
          ["indicator_code", "period", "status", "value", "Value", ""],
        ),
      ).toThrow(/repeated column "Value"; column F holds data but no header/);
    });

    it("lists the dimension columns this domain knows among the optional ones", () => {
      expect(() => read([], ["indicator_code", "period", "status", "value", "COMMODITY"])).toThrow(
        /unknown column "COMMODITY".*"INDUSTRIAL_PARK", "VSIC2" \(optional\)/,
      );
    });

    it("takes headers in any case and ignores empty columns", () => {
      const parsed = read(
        [["PARK_AREA_HA", "2015", "OFFICIAL", "153", null]],
        ["Indicator_Code", "PERIOD", "Status", "Value", ""],
      );
      expect(parsed.problems).toEqual([]);
      expect(parsed.observations).toHaveLength(1);
    });
  });

  it("turns each row with a value into a figure, its breakdown from the dimension columns filled", () => {
    const parsed = read([
      ["PARK_AREA_HA", "ha", "2015", "OFFICIAL", "NOMURA", null, 153, "Niên giám", null],
      ["AVERAGE_WORKERS", "người", 2015, "official", null, 5, "1200", null, "Ước"],
      ["PARK_AREA_HA", "ha", "2016", "ESTIMATE", "DINH_VU", null, null, null, "chưa có số"],
      ["industrial_capital_foreign", "triệu  USD", "2015", "sơ bộ", null, null, "+7", null, null],
    ]);

    expect(parsed.problems).toEqual([]);
    expect(parsed.skipped).toBe(1);
    expect(parsed.rowNumbers).toEqual([2, 3, 5]);
    expect(parsed.observations.map((o) => ({ ...o }))).toEqual([
      {
        indicatorCode: "PARK_AREA_HA",
        period: "2015",
        status: "OFFICIAL",
        breakdown: [{ dimension: "INDUSTRIAL_PARK", code: "NOMURA" }],
        value: 153,
        source: "Niên giám",
        comment: null,
      },
      // Excel turned VSIC "05" into the number 5; the code list says "05".
      {
        indicatorCode: "AVERAGE_WORKERS",
        period: "2015",
        status: "OFFICIAL",
        breakdown: [{ dimension: "VSIC2", code: "05" }],
        value: 1200,
        source: null,
        comment: "Ước",
      },
      {
        indicatorCode: "INDUSTRIAL_CAPITAL_FOREIGN",
        period: "2015",
        status: "PRELIMINARY",
        breakdown: [],
        value: 7,
        source: null,
        comment: null,
      },
    ]);
  });

  it("reports every unreadable cell by row and column, and leaves those rows out", () => {
    const parsed = read([
      ["PARK_AREA_HA", "ha", "2015", "OFFICIAL", "NOMURA", null, "1.234,5", null, null],
      ["PARK_AREA_HA", "ha", "2015", "FINAL", "DINH_VU", null, 541, null, null],
      [null, "ha", null, null, "DO_SON", null, 10, null, null],
      ["PARK_AREA_HA", "m2", "2015", "OFFICIAL", "DO_SON", null, 10, "x".repeat(256), null],
      ["PARK_AREA_HA", "ha", "2016", "ESTIMATE", "NOMURA", null, 153, null, null],
      ["PARK_AREA_HA", "ha", "2016", "ESTIMATE", "nomura", null, 154, null, null],
      ["PARK_AREA_HA", "ha", "2016", "ESTIMATE", "TRANG_DUE", null, new Date("2016-01-01"), null, null],
    ]);

    expect(parsed.observations.map((o) => o.value)).toEqual([153]);
    expect(parsed.problems.map(({ row, column, code }) => [row, column, code])).toEqual([
      [2, "value", "NOT_A_NUMBER"],
      [3, "status", "UNKNOWN_STATUS"],
      [4, "indicator_code", "REQUIRED"],
      [4, "period", "REQUIRED"],
      [4, "status", "REQUIRED"],
      [5, "unit", "UNIT_MISMATCH"],
      [5, "source", "TOO_LONG"],
      [7, "period", "DUPLICATE_ROW"],
      [8, "value", "NOT_A_NUMBER"],
    ]);
    expect(parsed.problems[0].message).toBe(
      '"1.234,5" is not a number: write digits only, without thousands separators, with a dot before decimals (e.g. 1234.5).',
    );
    expect(parsed.problems[1].message).toBe('"FINAL" is not a status: write ESTIMATE, PRELIMINARY or OFFICIAL.');
    expect(parsed.problems[5].message).toMatch(/^PARK_AREA_HA is reported in ha, not in m2/);
    expect(parsed.problems[6].message).toBe("source must be shorter than or equal to 255 characters");
    expect(parsed.problems[7].message).toBe(
      "The same figure (PARK_AREA_HA, 2016, INDUSTRIAL_PARK NOMURA) is already on row 6.",
    );
  });

  it("names problems by the header as the file writes it", () => {
    const parsed = read([["PARK_AREA_HA", "2015", "OFFICIAL", "abc"]], ["indicator_code", "period", "status", "Value"]);

    expect(parsed.problems).toMatchObject([{ row: 2, column: "Value", code: "NOT_A_NUMBER" }]);
  });
});
