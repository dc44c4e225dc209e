import "reflect-metadata";

import { latestPerLead, parsePeriod, ReportState, selectLatestReports } from "@hpig/kit";
import { openTestDataSource, TEST_DATABASE_KIND } from "@hpig/kit/testing";
import type { DataSource } from "typeorm";

import { REPORTING_ENTITIES } from "../entities";
import { reportingMigrations } from "../migrations";
import { ProgressReport } from "./progress-report.entity";

function report(
  taskCode: string,
  reportingAgency: string,
  period: string,
  percentComplete: number,
  reportedAt: string,
  revision = 1,
): ProgressReport {
  const parsed = parsePeriod(period)!;
  return Object.assign(new ProgressReport(), {
    taskCode,
    reportingAgency,
    period,
    periodType: parsed.type,
    periodEnd: parsed.end,
    revision,
    state: percentComplete === 100 ? ReportState.COMPLETED : ReportState.IN_PROGRESS,
    completedOn: percentComplete === 100 ? reportedAt.slice(0, 10) : null,
    percentComplete,
    summary: `Báo cáo ${period}`,
    difficulties: null,
    proposals: null,
    budgetEstimatedVnd: 1_500_000_000_000,
    budgetSpentVnd: null,
    documentRefs: ["12/KH-SCT"],
    reporter: "Người báo cáo",
    reportedAt,
    sample: false,
  });
}

// III.2 has two leads; a correction and a year report ending with the second half share a period
// end, the one recorded last being the latest; two revisions recorded at the same instant.
const REPORTS = [
  report("III.2", "CT", "2014-H1", 20, "2014-07-10T02:00:00.000Z"),
  report("III.2", "BQLKKT", "2014-H1", 30, "2014-07-12T02:00:00.000Z"),
  report("III.2", "CT", "2014-H2", 45, "2015-01-10T02:00:00.000Z"),
  report("III.2", "CT", "2014", 50, "2015-01-20T02:00:00.000Z"),
  report("III.2", "CT", "2014-H2", 48, "2015-01-25T02:00:00.000Z", 2),
  report("III.2", "BQLKKT", "2014-H2", 60, "2015-01-15T02:00:00.000Z"),
  report("III.2", "BQLKKT", "2014-H2", 65, "2015-01-15T02:00:00.000Z", 2),
  report("V.1", "LDTBXH", "2013-H2", 10, "2014-01-05T02:00:00.000Z"),
  report("V.1", "LDTBXH", "2015-H1", 100, "2015-07-01T02:00:00.000Z"),
  report("V.1", "LDTBXH", "2014-H2", 70, "2015-08-01T02:00:00.000Z"),
];

describe(`each lead's latest report selected in SQL (${TEST_DATABASE_KIND})`, () => {
  let db: DataSource;
  let close: () => Promise<void>;
  let history: ProgressReport[];

  beforeAll(async () => {
    ({ db, close } = await openTestDataSource({
      name: "latest_reports",
      entities: REPORTING_ENTITIES,
      migrations: reportingMigrations,
    }));
    for (const row of REPORTS) await db.getRepository(ProgressReport).insert(row);
    history = await db
      .getRepository(ProgressReport)
      .find({ order: { periodEnd: "ASC", reportedAt: "ASC", id: "ASC" } });
  });
  afterAll(async () => {
    await close?.();
  });

  const LEADS: Record<string, string[]> = { "III.2": ["CT", "BQLKKT"], "V.1": ["LDTBXH"], "IX.9": ["CT"] };

  it.each(["2013-12-31", "2014-07-10", "2014-07-12", "2015-01-15", "2015-01-21", "2015-07-31", "2016-01-01"])(
    "as of %s, gives what reading every revision gives, one row per task and lead",
    async (asOf) => {
      const latest = await selectLatestReports(db, ProgressReport, Object.keys(LEADS), asOf, "id");
      for (const [task, leads] of Object.entries(LEADS)) {
        const expected = latestPerLead(
          history.filter((row) => row.taskCode === task),
          leads,
          asOf,
        );
        const selected = latest.filter((row) => row.taskCode === task);
        expect(latestPerLead(selected, leads, asOf).map((row) => row?.id ?? null)).toEqual(
          expected.map((row) => row?.id ?? null),
        );
        expect(selected).toHaveLength(expected.filter((row) => row !== null).length);
      }
    },
  );

  it("returns whole reports, typed as the entity reads them", async () => {
    const [latest] = await selectLatestReports(db, ProgressReport, ["V.1"], "2015-07-31", "id");
    expect(latest).toBeInstanceOf(ProgressReport);
    expect(latest).toMatchObject({
      taskCode: "V.1",
      period: "2015-H1",
      percentComplete: 100,
      state: ReportState.COMPLETED,
      budgetEstimatedVnd: 1_500_000_000_000,
      documentRefs: ["12/KH-SCT"],
      sample: false,
    });
  });

  it("asks nothing for no tasks", async () => {
    expect(await selectLatestReports(db, ProgressReport, [], "2016-01-01", "id")).toEqual([]);
  });
});
