import { chartedPeriodType, type Figure, pivotBreakdown, totalsByPeriod } from "./series-figures";

const figure = (period: string, value: number, revision = 1, extra: Partial<Figure> = {}): Figure => ({
  period,
  periodType: /Q/.test(period) ? "QUARTER" : "YEAR",
  value,
  status: "OFFICIAL",
  revision,
  recordedAt: "2016-01-01T00:00:00Z",
  breakdown: [],
  ...extra,
});
const cell = (code: string) => [{ dimension: "VSIC2", code, name: `Ngành ${code}` }];

describe("reading a series for the indicator page", () => {
  it("draws years when the series has them", () => {
    expect(chartedPeriodType([figure("2015-Q1", 1), figure("2015", 2)])).toBe("YEAR");
    expect(chartedPeriodType([figure("2015-Q1", 1)])).toBe("QUARTER");
    expect(chartedPeriodType([])).toBeNull();
  });

  it("keeps the latest revision of each period and the earlier ones apart", () => {
    const first = figure("2014", 10, 1, { status: "ESTIMATE" });
    const second = figure("2014", 11.5, 2);
    const other = figure("2013", 9);

    const { latest, earlier } = totalsByPeriod(
      [first, other, second, figure("2014", 3, 1, { breakdown: cell("10") })],
      "YEAR",
    );

    expect(latest).toEqual([other, second]);
    expect(earlier).toEqual([first]);
  });

  it("pivots a breakdown's latest figures by cell and period", () => {
    const { periods, rows } = pivotBreakdown(
      [
        figure("2014", 3, 1, { breakdown: cell("24") }),
        figure("2014", 4, 2, { breakdown: cell("24") }),
        figure("2015", 5, 1, { breakdown: cell("24") }),
        figure("2015", 7, 1, { breakdown: cell("10") }),
        figure("2015", 99),
      ],
      "VSIC2",
    );

    expect(periods).toEqual(["2014", "2015"]);
    expect(rows.map((row) => [row.code, row.name, Object.fromEntries(row.values)])).toEqual([
      ["10", "Ngành 10", { "2015": 7 }],
      ["24", "Ngành 24", { "2014": 4, "2015": 5 }],
    ]);
  });
});
