import "reflect-metadata";

import { deadlineOf, type LeadReport, ReportState, taskPercentComplete, TaskStatus, taskStatus } from "./task-status";

const notStarted: LeadReport = { state: ReportState.NOT_STARTED, percentComplete: 0, completedOn: null };
const inProgress = (percentComplete: number): LeadReport => ({
  state: ReportState.IN_PROGRESS,
  percentComplete,
  completedOn: null,
});
const completed = (completedOn: string): LeadReport => ({
  state: ReportState.COMPLETED,
  percentComplete: 100,
  completedOn,
});

/** The task of every case: it runs 2012–2015, so its deadline is 2015-12-31. */
const task = { startYear: 2012, endYear: 2015 };

describe("deadlineOf", () => {
  it("is 31 December of the end year", () => {
    expect(deadlineOf(2015)).toBe("2015-12-31");
  });
});

describe("taskStatus of a task with one lead (2012–2015)", () => {
  it.each<[string, string, LeadReport | null, TaskStatus]>([
    ["completed before the deadline", "2016-03-01", completed("2015-06-01"), TaskStatus.COMPLETED_ON_TIME],
    ["completed on the deadline day itself", "2016-03-01", completed("2015-12-31"), TaskStatus.COMPLETED_ON_TIME],
    ["completed the day after the deadline", "2016-03-01", completed("2016-01-01"), TaskStatus.COMPLETED_LATE],
    ["completed early, asked before the deadline", "2014-07-10", completed("2014-07-01"), TaskStatus.COMPLETED_ON_TIME],
    ["in progress after the deadline", "2016-01-01", inProgress(80), TaskStatus.OVERDUE],
    ["reported not started after the deadline", "2016-01-01", notStarted, TaskStatus.OVERDUE],
    ["never reported, after the deadline", "2016-01-01", null, TaskStatus.NOT_REPORTED],
    ["in progress on the deadline day itself", "2015-12-31", inProgress(80), TaskStatus.IN_PROGRESS],
    ["never reported, on the deadline day itself", "2015-12-31", null, TaskStatus.NOT_REPORTED],
    ["never reported, within its period", "2013-05-01", null, TaskStatus.NOT_REPORTED],
    ["never reported, on the first day of its start year", "2012-01-01", null, TaskStatus.NOT_REPORTED],
    ["never reported, before its start year", "2011-12-31", null, TaskStatus.NOT_STARTED],
    ["reported not started, within its period", "2013-05-01", notStarted, TaskStatus.NOT_STARTED],
    ["reported in progress", "2013-05-01", inProgress(40), TaskStatus.IN_PROGRESS],
    ["reported in progress at 0%", "2013-05-01", inProgress(0), TaskStatus.IN_PROGRESS],
  ])("%s (as of %s) is %s", (_case, asOf, lead, expected) => {
    expect(taskStatus({ ...task, asOf, leads: [lead] })).toBe(expected);
  });
});

describe("taskStatus of a task with two leads (2012–2015)", () => {
  it.each<[string, string, Array<LeadReport | null>, TaskStatus]>([
    [
      "both completed by the deadline",
      "2016-03-01",
      [completed("2015-03-01"), completed("2015-12-31")],
      TaskStatus.COMPLETED_ON_TIME,
    ],
    [
      "both completed, the later one after the deadline (first lead late)",
      "2016-03-01",
      [completed("2016-01-05"), completed("2015-01-01")],
      TaskStatus.COMPLETED_LATE,
    ],
    [
      "both completed, the later one after the deadline (second lead late)",
      "2016-03-01",
      [completed("2015-01-01"), completed("2016-01-05")],
      TaskStatus.COMPLETED_LATE,
    ],
    [
      "one completed, the other in progress",
      "2014-07-10",
      [completed("2014-06-01"), inProgress(50)],
      TaskStatus.IN_PROGRESS,
    ],
    ["one completed, the other not reported", "2014-07-10", [null, completed("2014-06-01")], TaskStatus.IN_PROGRESS],
    [
      "one completed, the other not reported, after the deadline",
      "2016-01-01",
      [completed("2014-06-01"), null],
      TaskStatus.OVERDUE,
    ],
    [
      "one completed, the other in progress, after the deadline",
      "2016-01-01",
      [completed("2014-06-01"), inProgress(90)],
      TaskStatus.OVERDUE,
    ],
    ["both reported not started", "2013-05-01", [notStarted, notStarted], TaskStatus.NOT_STARTED],
    ["one not started, the other not reported", "2013-05-01", [notStarted, null], TaskStatus.NOT_STARTED],
    ["one not started, the other in progress", "2013-05-01", [notStarted, inProgress(10)], TaskStatus.IN_PROGRESS],
    ["neither reported, within the period", "2013-05-01", [null, null], TaskStatus.NOT_REPORTED],
    ["neither reported, before the start year", "2011-06-01", [null, null], TaskStatus.NOT_STARTED],
    ["neither reported, after the deadline", "2016-01-01", [null, null], TaskStatus.NOT_REPORTED],
  ])("%s (as of %s) is %s", (_case, asOf, leads, expected) => {
    expect(taskStatus({ ...task, asOf, leads })).toBe(expected);
  });
});

describe("taskPercentComplete", () => {
  it.each<[string, Array<LeadReport | null>, number | null]>([
    ["one lead in progress", [inProgress(40)], 40],
    ["one lead completed", [completed("2014-06-01")], 100],
    ["one lead not started", [notStarted], 0],
    ["one lead not reported", [null], null],
    ["two leads: the mean", [completed("2014-06-01"), inProgress(50)], 75],
    ["two leads: one not reported counts 0 in the mean", [inProgress(60), null], 30],
    ["two leads: one not reported counts 0 in the mean (either lead)", [null, completed("2014-06-01")], 50],
    ["two leads: one not started, the other not reported is 0, not null", [notStarted, null], 0],
    ["two leads: neither reported", [null, null], null],
    ["two leads: a half is rounded", [inProgress(33), inProgress(34)], 34],
  ])("%s → %p", (_case, leads, expected) => {
    expect(taskPercentComplete(leads)).toBe(expected);
  });
});
