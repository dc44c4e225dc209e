import "reflect-metadata";

import { openTestDataSource, TEST_DATABASE_KIND } from "@hpig/kit/testing";
import type { DataSource } from "typeorm";

import { REPORTING_ENTITIES } from "../entities";
import { reportingMigrations } from "../migrations";
import { type Breakdown, breakdownKey } from "./breakdown";
import { ObservationPeriodType } from "./indicator-definition";
import { Observation } from "./observation.entity";
import { parseObservationPeriod } from "./observation-period";
import { ObservationStatus } from "./observation-status";
import { selectSeriesRows, seriesQuery } from "./series-query";
import { selectSeries, type SeriesOptions } from "./series-selection";

const { ESTIMATE, OFFICIAL } = ObservationStatus;

function figure(
  indicatorCode: string,
  period: string,
  value: number,
  status: ObservationStatus,
  recordedAt: string,
  revision: number,
  breakdown: Breakdown = {},
): Observation {
  const parsed = parseObservationPeriod(period)!;
  return Object.assign(new Observation(), {
    indicatorCode,
    period,
    periodType: parsed.type,
    periodEnd: parsed.end,
    breakdown,
    breakdownKey: breakdownKey(breakdown),
    value,
    status,
    source: null,
    comment: null,
    reporter: "Người báo cáo",
    recordedAt,
    revision,
    outlier: false,
    outlierNote: null,
    sample: false,
  });
}

const DEC_2014 = "2014-12-20T02:00:00.000Z";
const DEC_2015 = "2015-12-18T02:00:00.000Z";

// Inserted in this order (ids ascending): revisions recorded at the same instant, cells whose
// first and latest revisions order differently, codes with LIKE's wildcards, two indicators.
const FIGURES = [
  figure("IIP", "2013", 10.2, OFFICIAL, "2013-12-20T02:00:00.000Z", 1),
  figure("IIP", "2014", 12.5, ESTIMATE, DEC_2014, 1),
  figure("IIP", "2014", 11.9, ESTIMATE, DEC_2014, 2),
  figure("IIP", "2014-07", 11.0, ESTIMATE, "2014-08-10T02:00:00.000Z", 1),
  figure("IIP", "2014", 12.1, ESTIMATE, DEC_2014, 1, { VSIC2: "24" }),
  figure("IIP", "2014", 9.5, ESTIMATE, "2014-12-19T02:00:00.000Z", 1, { ORIGIN: "FOREIGN", VSIC2: "25" }),
  figure("IIP", "2014", 13.1, OFFICIAL, DEC_2015, 3),
  figure("IIP", "2014", 9.9, OFFICIAL, DEC_2015, 2, { ORIGIN: "FOREIGN", VSIC2: "25" }),
  figure("IIP", "2015", 14.0, ESTIMATE, DEC_2015, 1, { VSIC2: "24" }),
  figure("IIP", "2015", 14.2, ESTIMATE, DEC_2015, 1),
  figure("PARK_AREA_HA", "2014", 950, OFFICIAL, DEC_2014, 1, { PARK: "DINH_VU" }),
  figure("PARK_AREA_HA", "2014", 400, OFFICIAL, DEC_2014, 1, { PARK: "DINHXVU" }),
  figure("PARK_AREA_HA", "2014", 1350, OFFICIAL, DEC_2014, 1),
  figure("PARK_AREA_HA", "2015", 1400, ESTIMATE, DEC_2015, 1),
];

const RANGES: Array<Pick<SeriesOptions, "from" | "to">> = [{}, { from: "2014", to: "2014" }, { from: "2014-Q3" }];
const BREAKDOWNS: Array<Breakdown | null> = [
  null,
  {},
  { VSIC2: "24" },
  { ORIGIN: "FOREIGN" },
  { VSIC2: "25", ORIGIN: "FOREIGN" },
  { PARK: "DINH_VU" },
  { PARK: "dinh_vu" },
];

/** Every combination of the series options, as the resolver passes them. */
function* everyOption(): Generator<SeriesOptions> {
  for (const range of RANGES)
    for (const periodType of [null, ObservationPeriodType.YEAR])
      for (const breakdown of BREAKDOWNS)
        for (const status of [null, ESTIMATE, OFFICIAL])
          for (const asOf of [null, "2014-12-19", "2015-06-30"])
            for (const includeRevisions of [false, true])
              yield { ...range, periodType, breakdown, status, asOf, includeRevisions };
}

describe(`series selected in SQL (${TEST_DATABASE_KIND})`, () => {
  let db: DataSource;
  let close: () => Promise<void>;
  let recorded: Observation[];

  beforeAll(async () => {
    ({ db, close } = await openTestDataSource({
      name: "series",
      entities: REPORTING_ENTITIES,
      migrations: reportingMigrations,
    }));
    for (const row of FIGURES) await db.getRepository(Observation).insert(row);
    recorded = await db.getRepository(Observation).find({ order: { periodEnd: "ASC", recordedAt: "ASC", id: "ASC" } });
  });
  afterAll(async () => {
    await close?.();
  });

  const idsOf = (rows: Observation[]) => rows.map((row) => row.id);

  it("selects exactly what selectSeries selects from every row, in the same order, for every option", async () => {
    let compared = 0;
    for (const options of everyOption()) {
      const rows = await selectSeriesRows(db, ["IIP", "PARK_AREA_HA"], seriesQuery(options));
      for (const code of ["IIP", "PARK_AREA_HA"]) {
        const expected = selectSeries(
          recorded.filter((row) => row.indicatorCode === code),
          options,
        );
        const actual = rows.filter((row) => row.indicatorCode === code);
        expect({ options, code, ids: idsOf(actual) }).toEqual({ options, code, ids: idsOf(expected) });
        compared += expected.length;
      }
    }
    // The matrix is not vacuous: most combinations select something.
    expect(compared).toBeGreaterThan(500);
  });

  it("returns whole figures: values as numbers, the breakdown as an object, flags as booleans", async () => {
    const [total] = await selectSeriesRows(
      db,
      ["IIP"],
      seriesQuery({ from: "2015", to: "2015", breakdown: { VSIC2: "24" }, includeRevisions: false }),
    );
    expect(total).toBeInstanceOf(Observation);
    expect(total).toMatchObject({
      indicatorCode: "IIP",
      period: "2015",
      periodType: ObservationPeriodType.YEAR,
      periodEnd: "2015-12-31",
      breakdown: { VSIC2: "24" },
      breakdownKey: "VSIC2=24",
      value: 14,
      status: ESTIMATE,
      revision: 1,
      outlier: false,
      sample: false,
      source: null,
    });
  });

  it("reads the latest revision of each cell, not the history: the totals of a year are one row", async () => {
    const rows = await selectSeriesRows(
      db,
      ["IIP"],
      seriesQuery({
        from: "2014",
        to: "2014",
        periodType: ObservationPeriodType.YEAR,
        breakdown: {},
        includeRevisions: false,
      }),
    );
    expect(rows.map((row) => [row.period, row.value, row.revision])).toEqual([["2014", 13.1, 3]]);
  });

  it("treats LIKE's wildcards in a code literally", async () => {
    const rows = await selectSeriesRows(
      db,
      ["PARK_AREA_HA"],
      seriesQuery({ breakdown: { PARK: "DINH_VU" }, includeRevisions: true }),
    );
    expect(rows.map((row) => row.breakdown)).toEqual([{ PARK: "DINH_VU" }]);
  });

  it("asks nothing for no indicators", async () => {
    expect(await selectSeriesRows(db, [], seriesQuery({ includeRevisions: false }))).toEqual([]);
  });
});
