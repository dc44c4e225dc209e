import { breakdownKey } from "./breakdown";
import { ObservationPeriodType } from "./indicator-definition";
import { Observation } from "./observation.entity";
import { parseObservationPeriod } from "./observation-period";
import { ObservationStatus } from "./observation-status";
import { selectSeries } from "./series-selection";

let id = 0;
function figure(
  period: string,
  value: number,
  status: ObservationStatus,
  recordedAt: string,
  revision: number,
  breakdown = {},
): Observation {
  const parsed = parseObservationPeriod(period)!;
  return Object.assign(new Observation(), {
    id: ++id,
    indicatorCode: "IIP_GROWTH",
    period,
    periodType: parsed.type,
    periodEnd: parsed.end,
    breakdown,
    breakdownKey: breakdownKey(breakdown),
    value,
    status,
    recordedAt,
    revision,
  });
}

// The December cycle: the estimate for 2014 in December 2014, the official figure a year later.
const ROWS = [
  figure("2013", 10.2, ObservationStatus.OFFICIAL, "2013-12-20T02:00:00.000Z", 1),
  figure("2014", 12.5, ObservationStatus.ESTIMATE, "2014-12-20T02:00:00.000Z", 1),
  figure("2014-07", 11.0, ObservationStatus.ESTIMATE, "2014-08-10T02:00:00.000Z", 1),
  figure("2014", 13.1, ObservationStatus.OFFICIAL, "2015-12-18T02:00:00.000Z", 2),
  figure("2015", 14.0, ObservationStatus.ESTIMATE, "2015-12-18T02:00:00.000Z", 1, { VSIC2: "24" }),
].sort((a, b) => a.periodEnd.localeCompare(b.periodEnd) || a.recordedAt.localeCompare(b.recordedAt));

const values = (rows: Observation[]) => rows.map((r) => [r.period, r.value, r.revision]);

describe("selectSeries", () => {
  it("gives the latest revision of each cell by default", () => {
    expect(values(selectSeries(ROWS, { includeRevisions: false }))).toEqual([
      ["2013", 10.2, 1],
      ["2014-07", 11.0, 1],
      ["2014", 13.1, 2],
      ["2015", 14.0, 1],
    ]);
  });

  it("as of a date between two revisions, gives the earlier figure", () => {
    expect(
      values(
        selectSeries(ROWS, { asOf: "2015-06-30", periodType: ObservationPeriodType.YEAR, includeRevisions: false }),
      ),
    ).toEqual([
      ["2013", 10.2, 1],
      ["2014", 12.5, 1],
    ]);
  });

  it("keeps every revision when asked, in order", () => {
    expect(
      values(
        selectSeries(ROWS, {
          from: "2014",
          to: "2014",
          periodType: ObservationPeriodType.YEAR,
          includeRevisions: true,
        }),
      ),
    ).toEqual([
      ["2014", 12.5, 1],
      ["2014", 13.1, 2],
    ]);
  });

  it("filters by period range, status and breakdown; an empty breakdown means the totals", () => {
    expect(values(selectSeries(ROWS, { from: "2014", includeRevisions: false }))).toEqual([
      ["2014-07", 11.0, 1],
      ["2014", 13.1, 2],
      ["2015", 14.0, 1],
    ]);
    expect(values(selectSeries(ROWS, { status: ObservationStatus.ESTIMATE, includeRevisions: false }))).toEqual([
      ["2014-07", 11.0, 1],
      ["2015", 14.0, 1],
    ]);
    expect(values(selectSeries(ROWS, { breakdown: { VSIC2: "24" }, includeRevisions: false }))).toEqual([
      ["2015", 14.0, 1],
    ]);
    expect(
      values(selectSeries(ROWS, { breakdown: {}, periodType: ObservationPeriodType.YEAR, includeRevisions: false })),
    ).toEqual([
      ["2013", 10.2, 1],
      ["2014", 13.1, 2],
    ]);
  });
});
