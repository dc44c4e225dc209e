import "reflect-metadata";

import { renderCsv, RequiredFigures } from "@hpig/kit";

import { PARK_DEFINITIONS, TEST_CATALOGUE } from "./catalogue.fixture";
import { readCsvTable } from "./csv";
import { readObservationRows } from "./read-rows";
import { buildTemplate, templateRecord } from "./template";

// Both years' rows, as a row-1 unit's template has them.
const template = buildTemplate(
  "BQLKKT",
  2016,
  PARK_DEFINITIONS,
  RequiredFigures.PREVIOUS_YEAR_OFFICIAL_AND_REPORTING_YEAR_ESTIMATE,
  TEST_CATALOGUE,
);

describe("CSV files", () => {
  it("are written as UTF-8 with a byte order mark, so Excel shows Vietnamese", () => {
    const file = renderCsv(["indicator", "comment"], [{ indicator: "KCN Đình Vũ", comment: 'Số "ước", tạm tính' }]);

    expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(file.subarray(3).toString("utf8")).toBe('indicator,comment\r\nKCN Đình Vũ,"Số ""ước"", tạm tính"\r\n');
  });

  it("round-trip: a rendered template, filled, parses back into the template's rows", () => {
    const file = renderCsv(
      template.headers,
      template.rows.map((row, index) => ({ ...templateRecord(row), value: String(index + 0.25) })),
    );

    const parsed = readObservationRows(readCsvTable(file), TEST_CATALOGUE);

    expect(parsed.problems).toEqual([]);
    expect(parsed.observations.map((o) => ({ ...o }))).toEqual(
      template.rows.map((row, index) => ({
        indicatorCode: row.indicatorCode,
        period: row.period,
        status: row.status,
        breakdown: Object.entries(row.breakdown).map(([dimension, code]) => ({ dimension, code })),
        value: index + 0.25,
        source: null,
        comment: null,
      })),
    );
  });

  it("keep Vietnamese text and count a quoted multi-line comment as one row, as Excel shows it", () => {
    const text =
      "\uFEFFindicator_code,period,status,INDUSTRIAL_PARK,value,source,comment\r\n" +
      'PARK_AREA_HA,2015,OFFICIAL,NOMURA,153,Niên giám thống kê 2015,"Diện tích\r\ntheo quyết định thành lập"\r\n' +
      "PARK_AREA_HA,2015,Chính thức,DINH_VU,541,,\r\n";

    const parsed = readObservationRows(readCsvTable(Buffer.from(text, "utf8")), TEST_CATALOGUE);

    expect(parsed.problems).toEqual([]);
    expect(parsed.rowNumbers).toEqual([2, 3]);
    expect(parsed.observations[0]).toMatchObject({
      source: "Niên giám thống kê 2015",
      comment: "Diện tích\r\ntheo quyết định thành lập",
    });
    expect(parsed.observations[1]).toMatchObject({ status: "OFFICIAL", value: 541 });
  });

  it("read a Vietnamese Excel's CSV: semicolons and a decimal comma", () => {
    const text = "indicator_code;period;status;INDUSTRIAL_PARK;value\nPARK_AREA_HA;2015;OFFICIAL;NOMURA;153,5\n";

    const parsed = readObservationRows(readCsvTable(Buffer.from(text, "utf8")), TEST_CATALOGUE);

    expect(parsed.observations.map((o) => o.value)).toEqual([153.5]);
  });

  it('read Excel\'s UTF-16 "Unicode text" (tab-separated)', () => {
    const text =
      "indicator_code\tperiod\tstatus\tvalue\tcomment\nINDUSTRIAL_CAPITAL_FOREIGN\t2015\tOFFICIAL\t12.5\tVốn FDI\n";
    const file = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);

    const parsed = readObservationRows(readCsvTable(file), TEST_CATALOGUE);

    expect(parsed.observations).toMatchObject([
      { indicatorCode: "INDUSTRIAL_CAPITAL_FOREIGN", value: 12.5, comment: "Vốn FDI" },
    ]);
  });

  it("refuse a file in a Windows code page, which has lost its Vietnamese letters", () => {
    const file = Buffer.from([...Buffer.from("indicator_code,comment\nX,"), 0xd0, 0xe0, 0x0a]);

    expect(() => readCsvTable(file)).toThrow(/not UTF-8 text.*CSV UTF-8/);
  });

  it("refuse an empty file", () => {
    expect(() => readCsvTable(Buffer.alloc(0))).toThrow(/empty/);
  });
});
