import "reflect-metadata";

import { readFileSync } from "node:fs";
import { join } from "node:path";

import { type ImplementationPlan, type ProgressReport, TaskReference } from "@hpig/domain-kit";
import {
  asLeadReport,
  deadlineOf,
  endOfVietnamDay,
  latestPerLead,
  parsePeriod,
  ReportState,
  TaskStatus,
  taskStatus,
  vietnamDate,
} from "@hpig/kit";
import { AGENCY_CATALOGUE } from "@hpig/plan/agency/agency-catalogue";
import { parsePlanDocument } from "@hpig/plan/importer";

import { generateSampleData } from "./sample-data";

const PREFIX = "[Dữ liệu mẫu] ";
const documentText = readFileSync(
  join(__dirname, "..", "..", "plan", "data", "ke-hoach-3438-KH-UBND-2012.txt"),
  "utf8",
);

/** The registry rows the domains get for the real plan: each task owned by the domain of its first lead. */
function realTasks(): TaskReference[] {
  const domains = new Map(AGENCY_CATALOGUE.map((agency) => [agency.code, agency.domain]));
  return parsePlanDocument(documentText)
    .groups.flatMap((group) => group.tasks)
    .map((task) =>
      Object.assign(new TaskReference(), {
        code: task.code,
        domain: domains.get(task.leads[0].agencyCode)!,
        startYear: task.startYear,
        endYear: task.endYear,
        leadAgencies: task.leads.map((lead) => lead.agencyCode),
      }),
    );
}

const tasks = realTasks();
const byCode = new Map(tasks.map((task) => [task.code, task]));
const { reports, plans } = generateSampleData(tasks);

/** As the loaders read them back: by period end, then revision, then id (insertion order). */
function asLoaded(rows: ProgressReport[]): ProgressReport[] {
  return rows
    .map((row, index) => ({ row, index }))
    .sort(
      (a, b) =>
        (a.row.periodEnd < b.row.periodEnd ? -1 : a.row.periodEnd > b.row.periodEnd ? 1 : 0) ||
        a.row.revision - b.row.revision ||
        a.index - b.index,
    )
    .map(({ row }) => row);
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

const reportsByTask = groupBy(reports, (report) => report.taskCode);
const reportsByLead = groupBy(reports, (report) => `${report.taskCode}|${report.reportingAgency}`);

function statusOf(task: TaskReference, asOf: string): TaskStatus {
  const own = asLoaded(reportsByTask.get(task.code) ?? []);
  return taskStatus({
    asOf,
    startYear: task.startYear,
    endYear: task.endYear,
    leads: latestPerLead(own, task.leadAgencies, asOf).map(asLeadReport),
  });
}

function spread(asOf: string): Partial<Record<TaskStatus, number>> {
  const counts: Partial<Record<TaskStatus, number>> = {};
  for (const task of tasks) {
    const status = statusOf(task, asOf);
    counts[status] = (counts[status] ?? 0) + 1;
  }
  return counts;
}

/**
 * The checks recordProgressReport makes (progress.service.ts), plus what its server side fills in:
 * period type and end from parsePeriod, reportedAt never before the period has ended.
 */
function violations(report: ProgressReport): string[] {
  const problems: string[] = [];
  const fail = (message: string) =>
    problems.push(`${report.taskCode} ${report.reportingAgency} ${report.period} r${report.revision}: ${message}`);
  const task = byCode.get(report.taskCode);
  if (!task) return [`unknown task ${report.taskCode}`];
  if (!task.leadAgencies.includes(report.reportingAgency)) fail("not a lead agency");
  const period = parsePeriod(report.period);
  if (!period) return [...problems, `${report.period} is not a period`];
  if (period.year < task.startYear || period.year > task.endYear) fail("period outside the task's years");
  if (report.periodType !== period.type || report.periodEnd !== period.end) fail("period type/end do not match");
  const percent = report.percentComplete;
  if (!Number.isInteger(percent) || percent < 0 || percent > 100) fail(`percent ${percent}`);
  if (new Date(report.reportedAt).toISOString() !== report.reportedAt) fail(`reportedAt ${report.reportedAt}`);
  if (report.reportedAt < endOfVietnamDay(report.periodEnd)) fail("reported before the period ended");
  const today = vietnamDate(new Date(report.reportedAt));
  if (report.state === ReportState.COMPLETED) {
    if (percent !== 100) fail("COMPLETED but not 100%");
    if (!report.completedOn) fail("COMPLETED without completedOn");
    else if (report.completedOn < `${task.startYear}-01-01` || report.completedOn > today) {
      fail(`completedOn ${report.completedOn} outside ${task.startYear}-01-01..${today}`);
    }
  } else {
    if (report.completedOn !== null) fail("completedOn on a report that is not COMPLETED");
    if (report.state === ReportState.NOT_STARTED && percent !== 0) fail("NOT_STARTED but not 0%");
    if (report.state === ReportState.IN_PROGRESS && (percent < 1 || percent > 99)) fail(`IN_PROGRESS at ${percent}%`);
    if (!Object.values(ReportState).includes(report.state)) fail(`state ${report.state}`);
  }
  if (!report.summary.startsWith(PREFIX)) fail("summary without the sample prefix");
  if (report.sample !== true) fail("not marked sample");
  if (report.id !== undefined) fail("id set");
  if (!report.reporter.startsWith("Dữ liệu mẫu — Văn phòng ")) fail(`reporter ${report.reporter}`);
  if (report.difficulties === "" || report.proposals === "") fail("empty text instead of null");
  if (report.documentRefs.length > 2) fail("more than 2 documents");
  for (const ref of report.documentRefs) if (!/^[1-9]\d*\/\p{L}+-\p{Lu}+$/u.test(ref)) fail(`document ${ref}`);
  const estimate = report.budgetEstimatedVnd;
  const spent = report.budgetSpentVnd;
  if (estimate === null || !Number.isSafeInteger(estimate) || estimate < 100_000_000 || estimate > 99_000_000_000) {
    fail(`estimate ${estimate}`);
  } else if (spent === null || !Number.isSafeInteger(spent) || spent < 0 || spent > estimate * 1.1) {
    fail(`spent ${spent} of ${estimate}`);
  }
  return problems;
}

describe("generateSampleData on the 55 tasks of Plan 3438/KH-UBND", () => {
  it("covers the real plan", () => {
    expect(tasks).toHaveLength(55);
    expect(tasks.every((task) => task.domain)).toBe(true);
    expect(byCode.get("III.2")).toMatchObject({ domain: "INDUSTRY", leadAgencies: ["CT", "BQLKKT"] });
  });

  it("is deterministic: the same tasks give byte-identical rows, in any order", () => {
    const again = generateSampleData(realTasks());
    expect(again).toEqual({ reports, plans });
    expect(JSON.stringify(again)).toBe(JSON.stringify({ reports, plans }));

    const reversed = generateSampleData([...tasks].reverse());
    const interleaved = generateSampleData([
      ...tasks.filter((_, i) => i % 2 === 1),
      ...tasks.filter((_, i) => i % 2 === 0),
    ]);
    expect(JSON.stringify(reversed)).toBe(JSON.stringify({ reports, plans }));
    expect(JSON.stringify(interleaved)).toBe(JSON.stringify({ reports, plans }));
  });

  it("gives a domain, loading only its own tasks, exactly its share of the whole", () => {
    for (const domain of new Set(tasks.map((task) => task.domain))) {
      const own = generateSampleData(tasks.filter((task) => task.domain === domain));
      const codes = new Set(tasks.filter((task) => task.domain === domain).map((task) => task.code));
      expect(own.reports).toEqual(reports.filter((report) => codes.has(report.taskCode)));
      expect(own.plans).toEqual(plans.filter((plan) => codes.has(plan.taskCode)));
    }
  });

  it("passes every rule a real report must pass", () => {
    expect(reports.flatMap(violations)).toEqual([]);
  });

  it("numbers revisions 1..n per task, agency and period, each later than the one before", () => {
    for (const [key, rows] of groupBy(reports, (r) => `${r.taskCode}|${r.reportingAgency}|${r.period}`)) {
      expect({ key, revisions: rows.map((r) => r.revision) }).toEqual({ key, revisions: rows.map((_, i) => i + 1) });
      for (let i = 1; i < rows.length; i++) expect(rows[i].reportedAt > rows[i - 1].reportedAt).toBe(true);
    }
  });

  it("comes in the order the database reads it back, so ids follow period order", () => {
    for (const rows of reportsByLead.values()) expect(asLoaded(rows)).toEqual(rows);
  });

  it("never lets a lead's percent or spending go back, read in period order or in the order reported", () => {
    for (const [lead, rows] of reportsByLead) {
      const inTime = [...rows].sort((a, b) => (a.reportedAt < b.reportedAt ? -1 : 1));
      for (const sequence of [asLoaded(rows), inTime]) {
        const percents = sequence.map((r) => r.percentComplete);
        expect({ lead, percents }).toEqual({ lead, percents: [...percents].sort((a, b) => a - b) });
      }
      const spent = asLoaded(rows).map((r) => r.budgetSpentVnd!);
      expect({ lead, spent }).toEqual({ lead, spent: [...spent].sort((a, b) => a - b) });
    }
  });

  it("keeps a lead's estimate unless its implementation plan was revised", () => {
    for (const [lead, rows] of reportsByLead) {
      const [taskCode, agency] = lead.split("|");
      const ownPlans = plans.filter((plan) => plan.taskCode === taskCode && plan.reportingAgency === agency);
      const estimates = [...new Set(rows.map((r) => r.budgetEstimatedVnd))];
      expect(estimates).toEqual(ownPlans.map((plan) => plan.budgetEstimatedVnd).slice(0, estimates.length));
    }
  });

  it("gives each lead of each task one implementation plan, submitted when the plan asked for it", () => {
    const byLead = groupBy(plans, (plan) => `${plan.taskCode}|${plan.reportingAgency}`);
    expect([...byLead.keys()].sort()).toEqual(
      tasks.flatMap((task) => task.leadAgencies.map((lead) => `${task.code}|${lead}`)).sort(),
    );
    for (const rows of byLead.values()) {
      const task = byCode.get(rows[0].taskCode)!;
      expect(rows.map((row) => row.revision)).toEqual(rows.map((_, i) => i + 1));
      const first = rows[0];
      if (task.startYear === 2012) {
        expect(first.submittedOn >= "2012-06-01" && first.submittedOn <= "2012-07-31").toBe(true);
      } else {
        expect(first.submittedOn >= `${task.startYear}-01-01` && first.submittedOn <= `${task.startYear}-06-30`).toBe(
          true,
        );
      }
      for (const row of rows) expectValidPlan(row);
      for (let i = 1; i < rows.length; i++) expect(rows[i].submittedOn > rows[i - 1].submittedOn).toBe(true);
    }
    expect(plans.filter((plan) => plan.revision === 2).length).toBeGreaterThan(0);
    expect(plans.some((plan) => plan.submittedOn > "2012-06-30" && plan.revision === 1)).toBe(true);
  });

  it("gives a realistic spread of outcomes", () => {
    const end2020 = spread("2021-01-01");
    expect(end2020[TaskStatus.COMPLETED_ON_TIME]).toBeGreaterThanOrEqual(tasks.length / 2);
    expect(end2020[TaskStatus.COMPLETED_LATE]).toBeGreaterThan(0);
    expect(end2020[TaskStatus.OVERDUE]).toBeGreaterThan(0);

    // A task that no lead ever reports on stays NOT_REPORTED, before and after its deadline.
    const silent = tasks.filter((task) => !reportsByTask.has(task.code));
    expect(silent.length).toBeGreaterThanOrEqual(1);
    expect(silent.length).toBeLessThanOrEqual(6);
    for (const task of silent) expect(statusOf(task, "2021-01-01")).toBe(TaskStatus.NOT_REPORTED);

    const mid2014 = spread("2014-06-30");
    expect(mid2014[TaskStatus.IN_PROGRESS]).toBeGreaterThan(tasks.length / 2);
    expect(mid2014[TaskStatus.NOT_REPORTED]).toBeGreaterThan(0);
    expect(spread("2012-09-30")[TaskStatus.NOT_STARTED]).toBeGreaterThan(0);

    expect({ end2020, mid2014 }).toEqual(PINNED_SPREAD);
  });

  it("has late completions, overdue leads, slow starts, corrections and quarterly reporters", () => {
    const late = reports.filter(
      (r) => r.state === ReportState.COMPLETED && r.completedOn! > deadlineOf(byCode.get(r.taskCode)!.endYear),
    );
    for (const report of late) {
      const task = byCode.get(report.taskCode)!;
      expect(report.period).toBe(String(task.endYear));
      expect(report.revision).toBe(2);
      expect(report.completedOn!.startsWith(String(task.endYear + 1))).toBe(true);
    }
    expect(new Set(late.map((r) => r.taskCode)).size).toBeGreaterThanOrEqual(3);

    const finals = [...reportsByLead.values()].map((rows) => asLoaded(rows).at(-1)!);
    const overdue = finals.filter((r) => r.state === ReportState.IN_PROGRESS);
    expect(overdue.length).toBeGreaterThanOrEqual(3);
    for (const r of overdue) expect(r.percentComplete >= 60 && r.percentComplete <= 90).toBe(true);

    const slowStarters = new Set(reports.filter((r) => r.state === ReportState.NOT_STARTED).map((r) => r.taskCode));
    expect(slowStarters.size).toBeGreaterThanOrEqual(2);

    const corrected = new Set(
      reports.filter((r) => r.revision > 1 && r.state !== ReportState.COMPLETED).map((r) => r.taskCode),
    );
    expect(corrected.size).toBeGreaterThanOrEqual(3);
    expect(corrected.size).toBeLessThanOrEqual(14);

    const quarterly = new Set(reports.filter((r) => r.period.includes("-Q")).map((r) => r.taskCode));
    expect(quarterly.size).toBeGreaterThanOrEqual(8);
    expect(quarterly.size).toBeLessThanOrEqual(22);
    expect(reports.some((r) => r.period.endsWith("-H2"))).toBe(false);
  });

  it("has III.2 reported by each of its two leads separately", () => {
    const agencies = new Set((reportsByTask.get("III.2") ?? []).map((r) => r.reportingAgency));
    expect([...agencies].sort()).toEqual(["BQLKKT", "CT"]);
  });

  it("stays within the sizes a sample should have", () => {
    expect(reports.length).toBeGreaterThanOrEqual(600);
    expect(reports.length).toBeLessThanOrEqual(1500);
    const perDomain = countBy(reports, (r) => byCode.get(r.taskCode)!.domain);
    for (const count of Object.values(perDomain)) expect(count).toBeLessThanOrEqual(450);
    expect(Object.keys(perDomain).sort()).toEqual([
      "AGRICULTURE",
      "ENVIRONMENT",
      "INDUSTRY",
      "INVESTMENT",
      "LABOUR",
      "SCIENCE",
    ]);
    expect({ reports: reports.length, plans: plans.length, perDomain }).toEqual(PINNED_SIZES);
  });
});

function expectValidPlan(plan: ImplementationPlan): void {
  expect(plan.sample).toBe(true);
  expect(plan.id).toBeUndefined();
  expect(plan.summary.startsWith(PREFIX)).toBe(true);
  expect(new Date(plan.recordedAt).toISOString()).toBe(plan.recordedAt);
  expect(vietnamDate(new Date(plan.recordedAt)) >= plan.submittedOn).toBe(true);
  expect(Number.isSafeInteger(plan.budgetEstimatedVnd)).toBe(true);
  expect(plan.documentRefs).toHaveLength(1);
}

function countBy<T>(rows: T[], key: (row: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const row of rows) counts[key(row)] = (counts[key(row)] ?? 0) + 1;
  return counts;
}

/**
 * What the current seeds give. The generator only uses integer-exact arithmetic, so a change here
 * means the generator (or its salt) changed, not the machine.
 */
const PINNED_SPREAD = {
  end2020: {
    [TaskStatus.COMPLETED_ON_TIME]: 34,
    [TaskStatus.COMPLETED_LATE]: 4,
    [TaskStatus.OVERDUE]: 13,
    [TaskStatus.NOT_REPORTED]: 4,
  },
  mid2014: {
    [TaskStatus.COMPLETED_ON_TIME]: 4,
    [TaskStatus.IN_PROGRESS]: 43,
    [TaskStatus.NOT_REPORTED]: 4,
    [TaskStatus.NOT_STARTED]: 3,
    [TaskStatus.OVERDUE]: 1,
  },
};
const PINNED_SIZES = {
  reports: 709,
  plans: 62,
  perDomain: { AGRICULTURE: 21, ENVIRONMENT: 100, INDUSTRY: 277, INVESTMENT: 134, LABOUR: 122, SCIENCE: 55 },
};
