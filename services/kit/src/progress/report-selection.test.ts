import "reflect-metadata";

import { parsePeriod } from "./period";
import type { ProgressReportRecord } from "./progress-report-record";
import { asLeadReport, knownAsOf, latestPerLead, latestRevisions, mostRecent } from "./report-selection";
import { ReportState } from "./task-status";

type Report = ProgressReportRecord & { id: number };

let nextId = 1;

/** One revision of a report on task III.2; `reportedAt` is the instant it was recorded (UTC). */
function report(agency: string, periodText: string, revision: number, reportedAt: string): Report {
  const period = parsePeriod(periodText)!;
  return {
    id: nextId++,
    taskCode: "III.2",
    reportingAgency: agency,
    period: period.text,
    periodType: period.type,
    periodEnd: period.end,
    revision,
    state: ReportState.IN_PROGRESS,
    completedOn: null,
    percentComplete: 10 * revision,
    summary: `${agency} ${periodText} r${revision}`,
    difficulties: null,
    proposals: null,
    budgetEstimatedVnd: null,
    budgetSpentVnd: null,
    documentRefs: [],
    reporter: "Phòng Kế hoạch",
    reportedAt,
    sample: false,
  };
}

/** The order the reporting loaders give: period end, then when it was recorded, then id. */
function inLoaderOrder(reports: Report[]): Report[] {
  return [...reports].sort(
    (a, b) => a.periodEnd.localeCompare(b.periodEnd) || a.reportedAt.localeCompare(b.reportedAt) || a.id - b.id,
  );
}

const label = (r: Report | null) => (r ? `${r.reportingAgency} ${r.period} r${r.revision}` : null);

describe("knownAsOf", () => {
  it("knows a report recorded at 23:59:59.999 Viet Nam time as of that day", () => {
    const lastMillisecond = report("CT", "2014-Q2", 1, "2014-06-30T16:59:59.999Z");

    expect(knownAsOf([lastMillisecond], "2014-06-30")).toEqual([lastMillisecond]);
  });

  it("does not know a report recorded at 00:00 Viet Nam time of the next day, until that day", () => {
    const nextMidnight = report("CT", "2014-Q2", 1, "2014-06-30T17:00:00.000Z");

    expect(knownAsOf([nextMidnight], "2014-06-30")).toEqual([]);
    expect(knownAsOf([nextMidnight], "2014-07-01")).toEqual([nextMidnight]);
  });

  it("knows a report recorded in the early morning UTC of the day (the afternoon in Viet Nam)", () => {
    const afternoon = report("CT", "2014-Q2", 1, "2014-06-30T08:00:00.000Z");

    expect(knownAsOf([afternoon], "2014-06-30")).toEqual([afternoon]);
    expect(knownAsOf([afternoon], "2014-06-29")).toEqual([]);
  });

  it("keeps the order it was given", () => {
    const reports = inLoaderOrder([
      report("CT", "2013", 1, "2014-01-10T02:00:00.000Z"),
      report("CT", "2014-Q1", 1, "2014-04-10T02:00:00.000Z"),
      report("CT", "2014-Q1", 2, "2014-04-20T02:00:00.000Z"),
      report("CT", "2014-Q2", 1, "2014-07-10T02:00:00.000Z"),
    ]);

    expect(knownAsOf(reports, "2014-05-01").map(label)).toEqual(["CT 2013 r1", "CT 2014-Q1 r1", "CT 2014-Q1 r2"]);
  });
});

describe("latestPerLead", () => {
  const leads = ["CT", "BQLKKT"];

  it("gives each lead's latest period, then its latest revision, in lead order", () => {
    const reports = inLoaderOrder([
      report("BQLKKT", "2013", 1, "2014-01-05T02:00:00.000Z"),
      report("CT", "2013", 1, "2014-01-06T02:00:00.000Z"),
      report("CT", "2013", 2, "2014-02-06T02:00:00.000Z"),
      report("CT", "2014-Q1", 1, "2014-04-06T02:00:00.000Z"),
      report("CT", "2014-Q1", 2, "2014-04-16T02:00:00.000Z"),
      report("BQLKKT", "2014-H1", 1, "2014-07-02T02:00:00.000Z"),
      report("BQLKKT", "2014-H1", 2, "2014-07-03T02:00:00.000Z"),
      report("BQLKKT", "2014-H1", 3, "2014-07-04T02:00:00.000Z"),
    ]);

    expect(latestPerLead(reports, leads, "2014-07-10").map(label)).toEqual(["CT 2014-Q1 r2", "BQLKKT 2014-H1 r3"]);
    expect(latestPerLead(reports, ["BQLKKT", "CT"], "2014-07-10").map(label)).toEqual([
      "BQLKKT 2014-H1 r3",
      "CT 2014-Q1 r2",
    ]);
  });

  it("among periods ending the same day, takes the one recorded last, not the highest revision", () => {
    const reports = inLoaderOrder([
      report("CT", "2014-Q4", 1, "2014-12-10T02:00:00.000Z"),
      report("CT", "2014-Q4", 2, "2014-12-20T02:00:00.000Z"),
      report("CT", "2014", 1, "2015-01-10T02:00:00.000Z"),
    ]);

    expect(latestPerLead(reports, ["CT"], "2015-02-01").map(label)).toEqual(["CT 2014 r1"]);
  });

  it("gives null for a lead that has not reported by that date", () => {
    const reports = inLoaderOrder([
      report("BQLKKT", "2014-Q1", 1, "2014-04-05T02:00:00.000Z"),
      report("CT", "2014-Q1", 1, "2014-04-20T02:00:00.000Z"),
    ]);

    expect(latestPerLead(reports, leads, "2014-04-10").map(label)).toEqual([null, "BQLKKT 2014-Q1 r1"]);
    expect(latestPerLead([], leads, "2014-04-10")).toEqual([null, null]);
  });

  it("does not see a correction recorded after the date, only the revision known then", () => {
    const reports = inLoaderOrder([
      report("CT", "2014-Q2", 1, "2014-07-05T02:00:00.000Z"),
      report("CT", "2014-Q2", 2, "2014-07-20T02:00:00.000Z"),
    ]);

    expect(latestPerLead(reports, ["CT"], "2014-07-10").map(label)).toEqual(["CT 2014-Q2 r1"]);
    expect(latestPerLead(reports, ["CT"], "2014-07-19").map(label)).toEqual(["CT 2014-Q2 r1"]);
    expect(latestPerLead(reports, ["CT"], "2014-07-20").map(label)).toEqual(["CT 2014-Q2 r2"]);
  });

  it("does not see a later period's report recorded after the date", () => {
    const reports = inLoaderOrder([
      report("CT", "2014-Q1", 1, "2014-04-05T02:00:00.000Z"),
      report("CT", "2014-Q2", 1, "2014-07-05T02:00:00.000Z"),
    ]);

    expect(latestPerLead(reports, ["CT"], "2014-07-04").map(label)).toEqual(["CT 2014-Q1 r1"]);
    expect(latestPerLead(reports, ["CT"], "2014-07-05").map(label)).toEqual(["CT 2014-Q2 r1"]);
  });

  it("ignores reports of an agency that is not one of the leads", () => {
    const reports = [report("SXD", "2014-Q1", 1, "2014-04-05T02:00:00.000Z")];

    expect(latestPerLead(reports, leads, "2014-07-10")).toEqual([null, null]);
  });
});

describe("latestRevisions", () => {
  it("keeps only the last revision of each (agency, period)", () => {
    const reports = inLoaderOrder([
      report("CT", "2014-Q1", 1, "2014-04-05T02:00:00.000Z"),
      report("BQLKKT", "2014-Q1", 1, "2014-04-06T02:00:00.000Z"),
      report("CT", "2014-Q1", 2, "2014-04-07T02:00:00.000Z"),
      report("CT", "2014-Q1", 3, "2014-04-08T02:00:00.000Z"),
      report("CT", "2014-Q2", 1, "2014-07-05T02:00:00.000Z"),
      report("BQLKKT", "2014-Q2", 1, "2014-07-06T02:00:00.000Z"),
      report("BQLKKT", "2014-Q2", 2, "2014-07-07T02:00:00.000Z"),
    ]);

    const latest = latestRevisions(reports);

    expect(latest.map(label)).toEqual(["CT 2014-Q1 r3", "BQLKKT 2014-Q1 r1", "CT 2014-Q2 r1", "BQLKKT 2014-Q2 r2"]);
  });

  it("keeps a year, a half and a quarter that end on the same day apart", () => {
    const reports = inLoaderOrder([
      report("CT", "2014-Q4", 1, "2015-01-05T02:00:00.000Z"),
      report("CT", "2014-H2", 1, "2015-01-06T02:00:00.000Z"),
      report("CT", "2014", 1, "2015-01-07T02:00:00.000Z"),
    ]);

    expect(latestRevisions(reports).map(label).sort()).toEqual(["CT 2014 r1", "CT 2014-H2 r1", "CT 2014-Q4 r1"]);
  });

  it("gives nothing for nothing", () => {
    expect(latestRevisions([])).toEqual([]);
  });
});

describe("mostRecent", () => {
  it("gives the report of the latest period among the leads' latest reports", () => {
    const older = report("CT", "2014-Q1", 2, "2014-07-20T02:00:00.000Z");
    const newer = report("BQLKKT", "2014-Q2", 1, "2014-07-05T02:00:00.000Z");

    expect(mostRecent([older, newer])).toBe(newer);
    expect(mostRecent([newer, older])).toBe(newer);
  });

  it("breaks a tie of period ends by the later recording", () => {
    const earlier = report("CT", "2014-Q2", 1, "2014-07-05T02:00:00.000Z");
    const later = report("BQLKKT", "2014-H1", 1, "2014-07-06T02:00:00.000Z");

    expect(mostRecent([later, earlier])).toBe(later);
    expect(mostRecent([earlier, later])).toBe(later);
  });

  it("skips leads that have not reported, and gives null when none has", () => {
    const only = report("BQLKKT", "2014-Q2", 1, "2014-07-05T02:00:00.000Z");

    expect(mostRecent([null, only])).toBe(only);
    expect(mostRecent([null, null])).toBeNull();
    expect(mostRecent([])).toBeNull();
  });
});

describe("asLeadReport", () => {
  it("keeps what the status needs: state, percent and completion date", () => {
    const completed = Object.assign(report("CT", "2014-Q2", 1, "2014-07-05T02:00:00.000Z"), {
      state: ReportState.COMPLETED,
      percentComplete: 100,
      completedOn: "2014-06-28",
    });

    expect(asLeadReport(completed)).toEqual({
      state: ReportState.COMPLETED,
      percentComplete: 100,
      completedOn: "2014-06-28",
    });
    expect(asLeadReport(null)).toBeNull();
  });
});
