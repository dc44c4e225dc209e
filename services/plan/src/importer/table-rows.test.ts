import { PlanDocumentError } from "./plan-document";
import { cellText, readTableRows, SourceLine } from "./table-rows";

function linesOf(text: string): SourceLine[] {
  return text.split("\n").map((line, index) => ({ number: index + 1, text: line }));
}

describe("readTableRows", () => {
  it("reads tab-led cells, blank-line-separated rows and continuation lines after blank lines", () => {
    const lines = linesOf(
      [
        "\t2",
        "\tXây dựng quy hoạch tổng thể:",
        "",
        "- Phát triển các cụm công nghiệp;",
        "\t- Sở Công Thương",
        "",
        "- Ban quản lý KKT",
        "\t2012-2013",
        "",
        "",
        "\t3",
        "\tTiếp tục",
      ].join("\n"),
    );

    const rows = readTableRows(lines);

    expect(rows.map((row) => ({ line: row.line, cells: row.cells.map(cellText) }))).toEqual([
      {
        line: 1,
        cells: [
          "2",
          "Xây dựng quy hoạch tổng thể:\n- Phát triển các cụm công nghiệp;",
          "- Sở Công Thương\n- Ban quản lý KKT",
          "2012-2013",
        ],
      },
      { line: 11, cells: ["3", "Tiếp tục"] },
    ]);
  });

  it("keeps an empty tab-led cell as a cell", () => {
    const rows = readTableRows(linesOf("\t1\n\t\u00a0\n\tx"));

    expect(rows[0]?.cells.map(cellText)).toEqual(["1", "", "x"]);
  });

  it("fails on text before the first cell, naming the line", () => {
    const act = () => readTableRows(linesOf("\n(Kèm theo)\n\t1"));

    expect(act).toThrow(PlanDocumentError);
    expect(act).toThrow('line 2: text outside any table cell: "(Kèm theo)"');
  });
});
