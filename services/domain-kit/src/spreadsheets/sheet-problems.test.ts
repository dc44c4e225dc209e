import { columnOfField } from "./columns";
import { sheetProblemsOf } from "./sheet-problems";

describe("problems as a person finds them in the sheet", () => {
  it("maps the input's fields to the sheet's columns", () => {
    expect(
      [
        "indicatorCode",
        "period",
        "value",
        "status",
        "source",
        "comment",
        "breakdown.INDUSTRIAL_PARK",
        "breakdown.VSIC2",
      ].map(columnOfField),
    ).toEqual(["indicator_code", "period", "value", "status", "source", "comment", "INDUSTRIAL_PARK", "VSIC2"]);
  });

  it("puts each problem on its figure's sheet row, under the header as the file writes it", () => {
    const headers = new Map([["value", "Value"]]);

    const problems = sheetProblemsOf(
      [
        {
          index: 0,
          field: "indicatorCode",
          code: "UNKNOWN_INDICATOR",
          message: '"X" is not an indicator of this domain.',
        },
        {
          index: 2,
          field: "value",
          code: "VALUE_OUT_OF_RANGE",
          message: "PARK_OCCUPANCY_RATE: the value is at most 100; got 120.",
        },
        { index: 2, field: "breakdown.INDUSTRIAL_PARK", code: "UNKNOWN_CODE", message: '"X" is not in the list.' },
        {
          index: 3,
          field: "period",
          code: "DUPLICATE_CELL",
          message: "The same cell (IIP, 2015) is given twice: at 2 and 4.",
        },
      ],
      [2, 5, 9, 12],
      (column) => headers.get(column) ?? column,
    );

    expect(problems).toEqual([
      {
        row: 2,
        column: "indicator_code",
        code: "UNKNOWN_INDICATOR",
        message: '"X" is not an indicator of this domain.',
      },
      {
        row: 9,
        column: "Value",
        code: "VALUE_OUT_OF_RANGE",
        message: "PARK_OCCUPANCY_RATE: the value is at most 100; got 120.",
      },
      { row: 9, column: "INDUSTRIAL_PARK", code: "UNKNOWN_CODE", message: '"X" is not in the list.' },
      {
        row: 12,
        column: "period",
        code: "DUPLICATE_CELL",
        message: "The same cell (IIP, 2015) is given twice: on rows 5 and 12.",
      },
    ]);
  });
});
