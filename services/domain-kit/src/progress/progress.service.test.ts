import "reflect-metadata";

import { AuditEntry, type AuditWriter, PeriodType, ReportState, type Role } from "@hpig/kit";
import { openTestDataSource, TEST_DATABASE_KIND } from "@hpig/kit/testing";
import type { DataSource } from "typeorm";

import { REPORTING_ENTITIES } from "../entities";
import { reportingMigrations } from "../migrations";
import { TaskReference } from "../registry/task-reference.entity";
import { ImplementationPlan } from "./implementation-plan.entity";
import { recordImplementationPlan as recordPlanAs, recordProgressReport as recordReportAs } from "./progress.service";
import { ProgressErrorCode } from "./progress-errors";
import { ProgressReport } from "./progress-report.entity";
import type { ReportTaskProgressInput, SubmitImplementationPlanInput } from "./report-progress.input";

/** 10:00 on 10 July 2014 in Hải Phòng. */
const now = new Date("2014-07-10T03:00:00.000Z");
const today = "2014-07-10";

const tasks: Array<
  Pick<TaskReference, "code" | "domain" | "startYear" | "endYear" | "leadAgencies" | "coordinatingAgencies">
> = [
  {
    code: "V.1",
    domain: "LABOUR",
    startYear: 2012,
    endYear: 2015,
    leadAgencies: ["LDTBXH"],
    coordinatingAgencies: ["GDDT", "KHDT"],
  },
  {
    code: "III.2",
    domain: "INDUSTRY",
    startYear: 2012,
    endYear: 2015,
    leadAgencies: ["CT", "BQLKKT"],
    coordinatingAgencies: ["KHDT"],
  },
  { code: "V.3", domain: "LABOUR", startYear: 2013, endYear: 2013, leadAgencies: ["LDTBXH"], coordinatingAgencies: [] },
];

const NAMES: Record<string, string> = { LDTBXH: "Nguyễn Văn An", CT: "Trần Thị Bình", BQLKKT: "Lê Văn Cường" };

/** A signed-in caller writing in one request. */
function caller(roles: Role[], agency: string | null, name?: string): AuditWriter {
  return {
    principal: {
      subject: `${agency ?? roles[0]}-1`.toLowerCase(),
      name: name ?? NAMES[agency ?? ""] ?? `Cán bộ ${agency ?? roles[0]}`,
      agency,
      roles,
    },
    requestId: "req-test",
  };
}
const editorOf = (agency: string) => caller(["editor"], agency);

/** The editor of the lead a report or plan is for: the one named, else the task's first lead. */
function editorFor(input: { taskCode: string; reportingAgency?: string | null }): AuditWriter {
  return editorOf(
    input.reportingAgency ?? tasks.find((task) => task.code === input.taskCode)?.leadAgencies[0] ?? "LDTBXH",
  );
}

/** The services as the right editor calls them (the rights themselves are tested below, with other callers). */
const recordProgressReport = (
  db: DataSource,
  domain: string,
  input: ReportTaskProgressInput,
  at: Date,
  writer: AuditWriter = editorFor(input),
) => recordReportAs(db, domain, input, at, writer);
const recordImplementationPlan = (
  db: DataSource,
  domain: string,
  input: SubmitImplementationPlanInput,
  at: Date,
  writer: AuditWriter = editorFor(input),
) => recordPlanAs(db, domain, input, at, writer);

/** A valid first report of V.1 for 2014-Q2 by its only lead; each case changes what it is about. */
function labourReport(change: Partial<ReportTaskProgressInput> = {}): ReportTaskProgressInput {
  return {
    taskCode: "V.1",
    period: "2014-Q2",
    state: ReportState.IN_PROGRESS,
    percentComplete: 40,
    summary: "Đã tổ chức 12 lớp đào tạo nghề cho 480 lao động.",
    ...change,
  };
}

function industryReport(reportingAgency: string, change: Partial<ReportTaskProgressInput> = {}) {
  return labourReport({ taskCode: "III.2", reportingAgency, ...change });
}

/** Writes sent together, as two editors would: on SQLite `runInTransaction` makes them take turns. */
const concurrently = it;

function labourPlan(change: Partial<SubmitImplementationPlanInput> = {}): SubmitImplementationPlanInput {
  return {
    taskCode: "V.1",
    submittedOn: "2012-06-15",
    summary: "Kế hoạch đào tạo nghề giai đoạn 2012–2015.",
    ...change,
  };
}

describe(`recording progress reports and implementation plans (${TEST_DATABASE_KIND})`, () => {
  let db: DataSource;
  let close: () => Promise<void>;

  beforeEach(async () => {
    ({ db, close } = await openTestDataSource({
      name: "reporting",
      entities: REPORTING_ENTITIES,
      migrations: reportingMigrations,
    }));
    await db.getRepository(TaskReference).insert(tasks.map((task) => Object.assign(new TaskReference(), task)));
  });
  afterEach(async () => {
    await close?.();
  });

  const allReports = () => db.getRepository(ProgressReport).find({ order: { id: "ASC" } });
  const allPlans = () => db.getRepository(ImplementationPlan).find({ order: { id: "ASC" } });
  const revisionsOf = async (taskCode: string, reportingAgency: string, period: string) =>
    (
      await db
        .getRepository(ProgressReport)
        .find({ where: { taskCode, reportingAgency, period }, order: { revision: "ASC" } })
    ).map((report) => report.revision);

  describe("a valid report", () => {
    it("is stored as revision 1, its period type and end derived, stamped with now, not sample", async () => {
      const saved = await recordProgressReport(db, "LABOUR", labourReport(), now);

      const stored = await db.getRepository(ProgressReport).findOneByOrFail({ id: saved.id });
      expect(stored).toEqual({
        id: saved.id,
        taskCode: "V.1",
        reportingAgency: "LDTBXH",
        period: "2014-Q2",
        periodType: PeriodType.QUARTER,
        periodEnd: "2014-06-30",
        revision: 1,
        state: ReportState.IN_PROGRESS,
        completedOn: null,
        percentComplete: 40,
        summary: "Đã tổ chức 12 lớp đào tạo nghề cho 480 lao động.",
        difficulties: null,
        proposals: null,
        budgetEstimatedVnd: null,
        budgetSpentVnd: null,
        documentRefs: [],
        // The signed-in editor's name: inputs carry no reporter.
        reporter: "Nguyễn Văn An",
        reportedAt: "2014-07-10T03:00:00.000Z",
        sample: false,
      });
      expect(saved).toEqual(stored);
    });

    it("keeps every optional field it was given, budgets up to 2^53 and Vietnamese text intact", async () => {
      const saved = await recordProgressReport(
        db,
        "LABOUR",
        labourReport({
          period: "2013",
          difficulties: "Thiếu kinh phí đối ứng.",
          proposals: "Đề nghị UBND thành phố bổ sung vốn.",
          budgetEstimatedVnd: Number.MAX_SAFE_INTEGER,
          budgetSpentVnd: 1_250_000_000,
          documentRefs: ["1234/QĐ-UBND", "56/BC-LĐTBXH"],
        }),
        now,
      );

      const stored = await db.getRepository(ProgressReport).findOneByOrFail({ id: saved.id });
      expect(stored).toMatchObject({
        periodType: PeriodType.YEAR,
        periodEnd: "2013-12-31",
        difficulties: "Thiếu kinh phí đối ứng.",
        proposals: "Đề nghị UBND thành phố bổ sung vốn.",
        budgetEstimatedVnd: Number.MAX_SAFE_INTEGER,
        budgetSpentVnd: 1_250_000_000,
        documentRefs: ["1234/QĐ-UBND", "56/BC-LĐTBXH"],
      });
    });

    it("derives a half year's type and end", async () => {
      const saved = await recordProgressReport(db, "LABOUR", labourReport({ period: "2014-H1" }), now);

      expect(saved).toMatchObject({ periodType: PeriodType.HALF_YEAR, periodEnd: "2014-06-30", revision: 1 });
    });

    it("accepts a COMPLETED report at 100% completed today (Viet Nam date) or on the task's first day", async () => {
      const justAfterMidnightInVietnam = new Date("2014-07-09T17:30:00.000Z");

      const completedToday = await recordProgressReport(
        db,
        "LABOUR",
        labourReport({ state: ReportState.COMPLETED, percentComplete: 100, completedOn: "2014-07-10" }),
        justAfterMidnightInVietnam,
      );
      const completedOnStart = await recordProgressReport(
        db,
        "LABOUR",
        labourReport({
          period: "2012",
          state: ReportState.COMPLETED,
          percentComplete: 100,
          completedOn: "2012-01-01",
        }),
        now,
      );

      expect(completedToday).toMatchObject({ state: ReportState.COMPLETED, completedOn: "2014-07-10" });
      expect(completedOnStart).toMatchObject({ state: ReportState.COMPLETED, completedOn: "2012-01-01" });
    });

    it("accepts NOT_STARTED at 0% and IN_PROGRESS at 0% and at 99%", async () => {
      await recordProgressReport(
        db,
        "LABOUR",
        labourReport({ period: "2012", state: ReportState.NOT_STARTED, percentComplete: 0 }),
        now,
      );
      await recordProgressReport(db, "LABOUR", labourReport({ period: "2013", percentComplete: 0 }), now);
      await recordProgressReport(db, "LABOUR", labourReport({ period: "2014", percentComplete: 99 }), now);

      expect((await allReports()).map((r) => [r.period, r.state, r.percentComplete])).toEqual([
        ["2012", ReportState.NOT_STARTED, 0],
        ["2013", ReportState.IN_PROGRESS, 0],
        ["2014", ReportState.IN_PROGRESS, 99],
      ]);
    });

    it("accepts periods in the first and the last year of the task", async () => {
      await recordProgressReport(db, "LABOUR", labourReport({ period: "2012-Q1" }), now);
      await recordProgressReport(db, "LABOUR", labourReport({ taskCode: "V.3", period: "2013" }), now);

      expect((await allReports()).map((r) => `${r.taskCode} ${r.period}`)).toEqual(["V.1 2012-Q1", "V.3 2013"]);
    });

    it("takes the lead of a one-lead task when reportingAgency is left out, and accepts it named", async () => {
      const implicit = await recordProgressReport(db, "LABOUR", labourReport({ period: "2014-Q1" }), now);
      const named = await recordProgressReport(
        db,
        "LABOUR",
        labourReport({ period: "2014-Q2", reportingAgency: "LDTBXH" }),
        now,
      );

      expect([implicit.reportingAgency, named.reportingAgency]).toEqual(["LDTBXH", "LDTBXH"]);
    });
  });

  describe("a refused report", () => {
    const refusals: Array<[string, string, ReportTaskProgressInput, string, string, string[]]> = [
      [
        "an unknown task",
        "LABOUR",
        labourReport({ taskCode: "X.99" }),
        ProgressErrorCode.UnknownTask,
        "taskCode",
        ['"X.99"', "registry"],
      ],
      [
        "a task another domain owns",
        "LABOUR",
        industryReport("CT"),
        ProgressErrorCode.TaskNotOwned,
        "taskCode",
        ["III.2", "industry", "labour"],
      ],
      [
        "a malformed period",
        "LABOUR",
        labourReport({ period: "2014-Q5" }),
        ProgressErrorCode.InvalidPeriod,
        "period",
        ['"2014-Q5"'],
      ],
      [
        "a month as period",
        "LABOUR",
        labourReport({ period: "2014-06" }),
        ProgressErrorCode.InvalidPeriod,
        "period",
        ['"2014-06"'],
      ],
      [
        "a period after the task's years",
        "LABOUR",
        labourReport({ period: "2016-Q1" }),
        ProgressErrorCode.PeriodOutsideTask,
        "period",
        ["V.1", "2012–2015", "2016-Q1"],
      ],
      [
        "a period before the task's years",
        "LABOUR",
        labourReport({ period: "2011" }),
        ProgressErrorCode.PeriodOutsideTask,
        "period",
        ["V.1", "2012–2015", "2011"],
      ],
      [
        "a period outside a one-year task",
        "LABOUR",
        labourReport({ taskCode: "V.3", period: "2014-Q1" }),
        ProgressErrorCode.PeriodOutsideTask,
        "period",
        ["V.3", "2013–2013", "2014-Q1"],
      ],
      [
        "a period that has not begun (today is 2014-07-10)",
        "LABOUR",
        labourReport({ period: "2015-Q4" }),
        ProgressErrorCode.PeriodInFuture,
        "period",
        ["2015-Q4", "2015-10-01"],
      ],
      [
        "101 percent",
        "LABOUR",
        labourReport({ percentComplete: 101 }),
        ProgressErrorCode.PercentOutOfRange,
        "percentComplete",
        ["0–100", "101"],
      ],
      [
        "-1 percent",
        "LABOUR",
        labourReport({ percentComplete: -1 }),
        ProgressErrorCode.PercentOutOfRange,
        "percentComplete",
        ["0–100", "-1"],
      ],
      [
        "50.5 percent",
        "LABOUR",
        labourReport({ percentComplete: 50.5 }),
        ProgressErrorCode.PercentOutOfRange,
        "percentComplete",
        ["0–100", "50.5"],
      ],
      [
        "COMPLETED below 100%",
        "LABOUR",
        labourReport({ state: ReportState.COMPLETED, percentComplete: 95, completedOn: "2014-07-01" }),
        ProgressErrorCode.InconsistentState,
        "percentComplete",
        ["COMPLETED", "100%", "95%"],
      ],
      [
        "COMPLETED without completedOn",
        "LABOUR",
        labourReport({ state: ReportState.COMPLETED, percentComplete: 100 }),
        ProgressErrorCode.InconsistentState,
        "completedOn",
        ["COMPLETED", "completedOn"],
      ],
      [
        "completedOn tomorrow",
        "LABOUR",
        labourReport({ state: ReportState.COMPLETED, percentComplete: 100, completedOn: "2014-07-11" }),
        ProgressErrorCode.InvalidDate,
        "completedOn",
        ["2014-07-11", `today (${today})`],
      ],
      [
        "completedOn before the task's start",
        "LABOUR",
        labourReport({ state: ReportState.COMPLETED, percentComplete: 100, completedOn: "2011-12-31" }),
        ProgressErrorCode.InvalidDate,
        "completedOn",
        ["2011-12-31", "2012-01-01"],
      ],
      [
        "completedOn on an IN_PROGRESS report",
        "LABOUR",
        labourReport({ completedOn: "2014-07-01" }),
        ProgressErrorCode.InconsistentState,
        "completedOn",
        ["completedOn", "IN_PROGRESS"],
      ],
      [
        "completedOn on a NOT_STARTED report",
        "LABOUR",
        labourReport({ state: ReportState.NOT_STARTED, percentComplete: 0, completedOn: "2014-07-01" }),
        ProgressErrorCode.InconsistentState,
        "completedOn",
        ["completedOn", "NOT_STARTED"],
      ],
      [
        "NOT_STARTED above 0%",
        "LABOUR",
        labourReport({ state: ReportState.NOT_STARTED, percentComplete: 10 }),
        ProgressErrorCode.InconsistentState,
        "percentComplete",
        ["NOT_STARTED", "0%", "10%"],
      ],
      [
        "IN_PROGRESS at 100%",
        "LABOUR",
        labourReport({ percentComplete: 100 }),
        ProgressErrorCode.InconsistentState,
        "state",
        ["100%", "COMPLETED", "IN_PROGRESS"],
      ],
      [
        "an agency that is not a lead",
        "LABOUR",
        labourReport({ reportingAgency: "SXD" }),
        ProgressErrorCode.NotALead,
        "reportingAgency",
        ["SXD", "V.1", "LDTBXH"],
      ],
      [
        "an agency that leads another task only",
        "INDUSTRY",
        industryReport("LDTBXH"),
        ProgressErrorCode.NotALead,
        "reportingAgency",
        ["LDTBXH", "III.2", "CT, BQLKKT"],
      ],
    ];

    it.each(refusals)(
      "refuses %s (%s) with its code and field, naming the problem, and writes nothing",
      async (_case, domain, input, code, field, named) => {
        await recordProgressReport(db, "LABOUR", labourReport({ period: "2014-Q1" }), now);
        await recordProgressReport(db, "INDUSTRY", industryReport("CT", { period: "2014-Q1" }), now);
        const before = await allReports();

        const refusal = recordProgressReport(db, domain, input, now);

        await expect(refusal).rejects.toMatchObject({ extensions: { code, details: { field } } });
        const { message } = (await refusal.catch((error: Error) => error)) as Error;
        for (const part of named) expect(message).toContain(part);
        const after = await allReports();
        expect(after).toHaveLength(2);
        expect(after).toEqual(before);
      },
    );
  });

  describe("corrections", () => {
    it("stores a correction sent with expectedRevision 1 as revision 2, the first revision untouched", async () => {
      await recordProgressReport(db, "LABOUR", labourReport(), now);
      const [first] = await allReports();
      const later = new Date("2014-07-15T02:00:00.000Z");

      const correction = await recordProgressReport(
        db,
        "LABOUR",
        labourReport({ percentComplete: 45, summary: "Sửa số liệu: 520 lao động.", expectedRevision: 1 }),
        later,
      );

      expect(correction).toMatchObject({ revision: 2, percentComplete: 45, reportedAt: "2014-07-15T02:00:00.000Z" });
      expect(await allReports()).toEqual([first, { ...correction }]);
      expect(first).toMatchObject({ revision: 1, percentComplete: 40, reportedAt: "2014-07-10T03:00:00.000Z" });
    });

    it("refuses a second report of the same period without expectedRevision, saying the revision to send", async () => {
      await recordProgressReport(db, "LABOUR", labourReport(), now);
      const before = await allReports();

      const refusal = recordProgressReport(db, "LABOUR", labourReport({ percentComplete: 50 }), now);

      await expect(refusal).rejects.toMatchObject({
        extensions: { code: ProgressErrorCode.RevisionConflict, details: { field: "expectedRevision" } },
        message: expect.stringContaining("expectedRevision: 1"),
      });
      expect(await allReports()).toEqual(before);
    });

    it("refuses a correction of a revision that is no longer the latest", async () => {
      await recordProgressReport(db, "LABOUR", labourReport(), now);
      await recordProgressReport(db, "LABOUR", labourReport({ percentComplete: 45, expectedRevision: 1 }), now);
      const before = await allReports();

      const refusal = recordProgressReport(
        db,
        "LABOUR",
        labourReport({ percentComplete: 50, expectedRevision: 1 }),
        now,
      );

      await expect(refusal).rejects.toMatchObject({
        extensions: { code: ProgressErrorCode.RevisionConflict },
        message: expect.stringMatching(/revision 2.*expectedRevision: 2.*you sent 1/),
      });
      expect(await allReports()).toEqual(before);
    });

    it("refuses a correction of a revision that does not exist yet", async () => {
      await recordProgressReport(db, "LABOUR", labourReport(), now);
      const before = await allReports();

      const refusal = recordProgressReport(db, "LABOUR", labourReport({ expectedRevision: 2 }), now);

      await expect(refusal).rejects.toMatchObject({ extensions: { code: ProgressErrorCode.RevisionConflict } });
      expect(await allReports()).toEqual(before);
    });

    it("refuses expectedRevision on the first report of a period: there is nothing to correct", async () => {
      const refusal = recordProgressReport(db, "LABOUR", labourReport({ expectedRevision: 1 }), now);

      await expect(refusal).rejects.toMatchObject({
        extensions: { code: ProgressErrorCode.RevisionConflict, details: { field: "expectedRevision" } },
        message: expect.stringContaining("nothing to correct yet for period 2014-Q2 of task V.1 by LDTBXH"),
      });
      expect(await allReports()).toEqual([]);
    });

    it("keeps a revision sequence per period: a new period starts again at 1", async () => {
      await recordProgressReport(db, "LABOUR", labourReport(), now);
      await recordProgressReport(db, "LABOUR", labourReport({ expectedRevision: 1 }), now);

      const nextPeriod = await recordProgressReport(db, "LABOUR", labourReport({ period: "2014-H1" }), now);

      expect(nextPeriod.revision).toBe(1);
      expect(await revisionsOf("V.1", "LDTBXH", "2014-Q2")).toEqual([1, 2]);
    });

    it("keeps independent revision sequences for the two leads of a multi-lead task", async () => {
      const ct1 = await recordProgressReport(db, "INDUSTRY", industryReport("CT"), now);
      const bql1 = await recordProgressReport(db, "INDUSTRY", industryReport("BQLKKT"), now);
      const ct2 = await recordProgressReport(db, "INDUSTRY", industryReport("CT", { expectedRevision: 1 }), now);
      const ct3 = await recordProgressReport(db, "INDUSTRY", industryReport("CT", { expectedRevision: 2 }), now);
      const bqlStale = recordProgressReport(db, "INDUSTRY", industryReport("BQLKKT", { expectedRevision: 3 }), now);
      await expect(bqlStale).rejects.toMatchObject({ extensions: { code: ProgressErrorCode.RevisionConflict } });
      const bql2 = await recordProgressReport(db, "INDUSTRY", industryReport("BQLKKT", { expectedRevision: 1 }), now);

      expect([ct1, bql1, ct2, ct3, bql2].map((r) => `${r.reportingAgency} r${r.revision}`)).toEqual([
        "CT r1",
        "BQLKKT r1",
        "CT r2",
        "CT r3",
        "BQLKKT r2",
      ]);
      expect(await revisionsOf("III.2", "CT", "2014-Q2")).toEqual([1, 2, 3]);
      expect(await revisionsOf("III.2", "BQLKKT", "2014-Q2")).toEqual([1, 2]);
    });
  });

  describe("concurrent writes", () => {
    concurrently(
      "two corrections of the same revision: exactly one succeeds, the other is a REVISION_CONFLICT, revisions 1 and 2 exist",
      async () => {
        await recordProgressReport(db, "LABOUR", labourReport(), now);

        const outcomes = await Promise.allSettled([
          recordProgressReport(db, "LABOUR", labourReport({ percentComplete: 45, expectedRevision: 1 }), now),
          recordProgressReport(db, "LABOUR", labourReport({ percentComplete: 50, expectedRevision: 1 }), now),
        ]);

        const succeeded = outcomes.filter((o) => o.status === "fulfilled");
        const failed = outcomes.filter((o): o is PromiseRejectedResult => o.status === "rejected");
        expect(succeeded).toHaveLength(1);
        expect(failed).toHaveLength(1);
        expect(failed[0].reason).toMatchObject({ extensions: { code: ProgressErrorCode.RevisionConflict } });
        const rows = await db.getRepository(ProgressReport).find({
          where: { taskCode: "V.1", reportingAgency: "LDTBXH", period: "2014-Q2" },
          order: { revision: "ASC" },
        });
        expect(rows.map((r) => [r.revision, r.percentComplete])).toEqual([
          [1, 40],
          [2, succeeded[0].value.percentComplete],
        ]);
      },
    );

    concurrently(
      "two first reports of the same period: exactly one becomes revision 1, the other is a REVISION_CONFLICT",
      async () => {
        const outcomes = await Promise.allSettled([
          recordProgressReport(db, "LABOUR", labourReport({ percentComplete: 45 }), now),
          recordProgressReport(db, "LABOUR", labourReport({ percentComplete: 50 }), now),
        ]);

        expect(outcomes.map((o) => o.status).sort()).toEqual(["fulfilled", "rejected"]);
        const failed = outcomes.find((o): o is PromiseRejectedResult => o.status === "rejected")!;
        expect(failed.reason).toMatchObject({ extensions: { code: ProgressErrorCode.RevisionConflict } });
        expect(await revisionsOf("V.1", "LDTBXH", "2014-Q2")).toEqual([1]);
      },
    );

    concurrently("two reports of different periods sent together: both are stored, each as revision 1", async () => {
      const outcomes = await Promise.allSettled([
        recordProgressReport(db, "LABOUR", labourReport({ period: "2014-Q1" }), now),
        recordProgressReport(db, "LABOUR", labourReport({ period: "2014-Q2" }), now),
      ]);

      expect(outcomes.map((o) => o.status)).toEqual(["fulfilled", "fulfilled"]);
      expect((await allReports()).map((r) => `${r.period} r${r.revision}`).sort()).toEqual([
        "2014-Q1 r1",
        "2014-Q2 r1",
      ]);
    });

    concurrently(
      "a valid report and a refused one sent together: the valid one is stored and acknowledged",
      async () => {
        const outcomes = await Promise.allSettled([
          recordProgressReport(db, "LABOUR", labourReport({ period: "2014-Q1" }), now),
          recordProgressReport(db, "LABOUR", labourReport({ period: "2014-Q2", expectedRevision: 1 }), now),
        ]);

        expect(outcomes[0].status).toBe("fulfilled");
        expect(outcomes[1]).toMatchObject({
          status: "rejected",
          reason: { extensions: { code: ProgressErrorCode.RevisionConflict } },
        });
        expect((await allReports()).map((r) => `${r.period} r${r.revision}`)).toEqual(["2014-Q1 r1"]);
      },
    );

    concurrently(
      "two revisions of the same implementation plan: exactly one succeeds, the other is a REVISION_CONFLICT",
      async () => {
        await recordImplementationPlan(db, "LABOUR", labourPlan(), now);

        const outcomes = await Promise.allSettled([
          recordImplementationPlan(db, "LABOUR", labourPlan({ summary: "A", expectedRevision: 1 }), now),
          recordImplementationPlan(db, "LABOUR", labourPlan({ summary: "B", expectedRevision: 1 }), now),
        ]);

        expect(outcomes.map((o) => o.status).sort()).toEqual(["fulfilled", "rejected"]);
        const failed = outcomes.find((o): o is PromiseRejectedResult => o.status === "rejected")!;
        expect(failed.reason).toMatchObject({ extensions: { code: ProgressErrorCode.RevisionConflict } });
        expect((await allPlans()).map((p) => p.revision)).toEqual([1, 2]);
      },
    );
  });

  describe("implementation plans", () => {
    it("stores the first plan as revision 1, stamped with now, not sample, documentRefs defaulting to []", async () => {
      const saved = await recordImplementationPlan(
        db,
        "LABOUR",
        labourPlan({ budgetEstimatedVnd: 3_500_000_000 }),
        now,
      );

      const stored = await db.getRepository(ImplementationPlan).findOneByOrFail({ id: saved.id });
      expect(stored).toEqual({
        id: saved.id,
        taskCode: "V.1",
        reportingAgency: "LDTBXH",
        revision: 1,
        submittedOn: "2012-06-15",
        summary: "Kế hoạch đào tạo nghề giai đoạn 2012–2015.",
        budgetEstimatedVnd: 3_500_000_000,
        documentRefs: [],
        reporter: "Nguyễn Văn An",
        recordedAt: "2014-07-10T03:00:00.000Z",
        sample: false,
      });
      expect(saved).toEqual(stored);
    });

    it("stores a revision sent with expectedRevision as the next revision, the earlier untouched", async () => {
      await recordImplementationPlan(db, "LABOUR", labourPlan(), now);
      const [first] = await allPlans();

      const revised = await recordImplementationPlan(
        db,
        "LABOUR",
        labourPlan({ submittedOn: today, summary: "Kế hoạch điều chỉnh.", expectedRevision: 1 }),
        now,
      );

      expect(revised).toMatchObject({ revision: 2, submittedOn: today, summary: "Kế hoạch điều chỉnh." });
      expect(await allPlans()).toEqual([first, { ...revised }]);
    });

    it("refuses a second plan without expectedRevision, and a stale one", async () => {
      await recordImplementationPlan(db, "LABOUR", labourPlan(), now);
      await recordImplementationPlan(db, "LABOUR", labourPlan({ expectedRevision: 1 }), now);
      const before = await allPlans();

      const missing = await recordImplementationPlan(db, "LABOUR", labourPlan(), now).catch((error: unknown) => error);
      const stale = await recordImplementationPlan(db, "LABOUR", labourPlan({ expectedRevision: 1 }), now).catch(
        (error: unknown) => error,
      );

      expect(missing).toMatchObject({
        extensions: { code: ProgressErrorCode.RevisionConflict },
        message: expect.stringContaining("the implementation plan of task V.1 by LDTBXH is at revision 2"),
      });
      expect(stale).toMatchObject({ extensions: { code: ProgressErrorCode.RevisionConflict } });
      expect(await allPlans()).toEqual(before);
    });

    it("refuses expectedRevision on the first plan", async () => {
      const refusal = recordImplementationPlan(db, "LABOUR", labourPlan({ expectedRevision: 1 }), now);

      await expect(refusal).rejects.toMatchObject({ extensions: { code: ProgressErrorCode.RevisionConflict } });
      expect(await allPlans()).toEqual([]);
    });

    it("refuses submittedOn in the future (Viet Nam date) and writes nothing", async () => {
      await recordImplementationPlan(db, "LABOUR", labourPlan(), now);
      const before = await allPlans();

      const refusal = recordImplementationPlan(
        db,
        "LABOUR",
        labourPlan({ submittedOn: "2014-07-11", expectedRevision: 1 }),
        now,
      );

      await expect(refusal).rejects.toMatchObject({
        extensions: { code: ProgressErrorCode.InvalidDate, details: { field: "submittedOn" } },
        message: expect.stringContaining("2014-07-11"),
      });
      expect(await allPlans()).toEqual(before);
    });

    it("accepts submittedOn today in Viet Nam though it is still yesterday in UTC", async () => {
      const justAfterMidnightInVietnam = new Date("2014-07-09T17:30:00.000Z");

      const saved = await recordImplementationPlan(
        db,
        "LABOUR",
        labourPlan({ submittedOn: "2014-07-10" }),
        justAfterMidnightInVietnam,
      );

      expect(saved.submittedOn).toBe("2014-07-10");
    });

    it.each<[string, string, SubmitImplementationPlanInput, string, AuditWriter]>([
      [
        "an unknown task",
        "LABOUR",
        labourPlan({ taskCode: "X.99" }),
        ProgressErrorCode.UnknownTask,
        editorOf("LDTBXH"),
      ],
      [
        "a task another domain owns",
        "LABOUR",
        labourPlan({ taskCode: "III.2" }),
        ProgressErrorCode.TaskNotOwned,
        editorOf("CT"),
      ],
      [
        "a multi-lead task without reportingAgency, by an editor of neither lead",
        "INDUSTRY",
        labourPlan({ taskCode: "III.2" }),
        "FORBIDDEN",
        editorOf("KHDT"),
      ],
      [
        "an agency that is not a lead",
        "LABOUR",
        labourPlan({ reportingAgency: "SXD" }),
        ProgressErrorCode.NotALead,
        editorOf("SXD"),
      ],
    ])("refuses a plan for %s (domain %s) and writes nothing", async (_case, domain, input, code, writer) => {
      const refusal = recordImplementationPlan(db, domain, input, now, writer);

      await expect(refusal).rejects.toMatchObject({ extensions: { code } });
      expect(await allPlans()).toEqual([]);
    });

    it("keeps independent plan revisions for the two leads of a multi-lead task", async () => {
      const ct1 = await recordImplementationPlan(
        db,
        "INDUSTRY",
        labourPlan({ taskCode: "III.2", reportingAgency: "CT" }),
        now,
      );
      const bql1 = await recordImplementationPlan(
        db,
        "INDUSTRY",
        labourPlan({ taskCode: "III.2", reportingAgency: "BQLKKT" }),
        now,
      );
      const ct2 = await recordImplementationPlan(
        db,
        "INDUSTRY",
        labourPlan({ taskCode: "III.2", reportingAgency: "CT", expectedRevision: 1 }),
        now,
      );

      expect([ct1, bql1, ct2].map((p) => `${p.reportingAgency} r${p.revision}`)).toEqual([
        "CT r1",
        "BQLKKT r1",
        "CT r2",
      ]);
    });
  });

  const auditEntries = () => db.getRepository(AuditEntry).find({ order: { id: "ASC" } });

  describe("rights: only an editor of a lead agency writes, for its own agency", () => {
    const refusedCallers: Array<[string, AuditWriter, string]> = [
      ["the committee", caller(["committee"], null), "you are a member of the committee"],
      ["the standing office", caller(["standing-office"], "CT"), "you are on the standing office"],
      ["a viewer of the lead agency", caller(["viewer"], "LDTBXH"), "you are a viewer of LDTBXH"],
      ["a service", caller(["service"], null), "you are a service"],
      ["an editor of a coordinating agency", editorOf("KHDT"), "you are an editor of KHDT"],
      ["an editor of an unrelated agency", editorOf("TNMT"), "you are an editor of TNMT"],
      ["no one signed in", { principal: null, requestId: "req-test" }, "you are not signed in"],
    ];

    it.each(refusedCallers)(
      "refuses a progress report by %s with FORBIDDEN naming the editor needed, and writes nothing",
      async (_who, writer, phrase) => {
        await recordProgressReport(db, "LABOUR", labourReport({ period: "2014-Q1" }), now);
        const [reports, audit] = [await allReports(), await auditEntries()];

        const refusal = recordProgressReport(db, "LABOUR", labourReport(), now, writer);

        await expect(refusal).rejects.toMatchObject({
          extensions: { code: "FORBIDDEN" },
          message: `Only an editor of LDTBXH may report task V.1; ${phrase}.`,
        });
        expect([await allReports(), await auditEntries()]).toEqual([reports, audit]);
      },
    );

    it.each(refusedCallers)(
      "refuses an implementation plan by %s with FORBIDDEN, and writes nothing",
      async (_who, writer, phrase) => {
        const refusal = recordImplementationPlan(db, "LABOUR", labourPlan(), now, writer);

        await expect(refusal).rejects.toMatchObject({
          extensions: { code: "FORBIDDEN" },
          message: `Only an editor of LDTBXH may submit the implementation plan of task V.1; ${phrase}.`,
        });
        expect([await allPlans(), await auditEntries()]).toEqual([[], []]);
      },
    );

    it("refuses an editor who names another agency as the reporting agency", async () => {
      const refusal = recordProgressReport(
        db,
        "LABOUR",
        labourReport({ reportingAgency: "LDTBXH" }),
        now,
        editorOf("KHDT"),
      );

      await expect(refusal).rejects.toMatchObject({
        extensions: { code: "FORBIDDEN" },
        message: "Only an editor of LDTBXH may report task V.1; you are an editor of KHDT.",
      });
      expect(await allReports()).toEqual([]);
    });

    it("lets BQLKKT's editor report III.2 without naming itself, and CT's editor for CT", async () => {
      const bqlkkt = await recordProgressReport(
        db,
        "INDUSTRY",
        labourReport({ taskCode: "III.2" }),
        now,
        editorOf("BQLKKT"),
      );
      const ct = await recordProgressReport(db, "INDUSTRY", industryReport("CT"), now, editorOf("CT"));

      expect([bqlkkt, ct].map((r) => [r.reportingAgency, r.reporter])).toEqual([
        ["BQLKKT", "Lê Văn Cường"],
        ["CT", "Trần Thị Bình"],
      ]);
    });

    it("refuses one lead of III.2 reporting for the other, and a coordinator reporting it", async () => {
      const forOther = recordProgressReport(db, "INDUSTRY", industryReport("BQLKKT"), now, editorOf("CT"));
      const coordinator = recordProgressReport(
        db,
        "INDUSTRY",
        labourReport({ taskCode: "III.2" }),
        now,
        editorOf("KHDT"),
      );

      await expect(forOther).rejects.toMatchObject({
        extensions: { code: "FORBIDDEN", details: { needs: { role: "editor", agencies: ["BQLKKT"] } } },
        message: "Only an editor of BQLKKT may report task III.2 for BQLKKT; you are an editor of CT.",
      });
      await expect(coordinator).rejects.toMatchObject({
        extensions: { code: "FORBIDDEN" },
        message: "Only an editor of CT or BQLKKT may report task III.2; you are an editor of KHDT.",
      });
      expect([await allReports(), await auditEntries()]).toEqual([[], []]);
    });

    it("checks ownership first: another domain's task is TASK_NOT_OWNED whoever sends it", async () => {
      const refusal = recordProgressReport(db, "LABOUR", industryReport("CT"), now, caller(["viewer"], "LDTBXH"));

      await expect(refusal).rejects.toMatchObject({ extensions: { code: ProgressErrorCode.TaskNotOwned } });
    });

    it("refuses a non-editor before looking at the report itself (a viewer's bad period is FORBIDDEN)", async () => {
      const refusal = recordProgressReport(
        db,
        "LABOUR",
        labourReport({ period: "2099-Q9", reportingAgency: "SXD" }),
        now,
        caller(["viewer"], "LDTBXH"),
      );

      await expect(refusal).rejects.toMatchObject({ extensions: { code: "FORBIDDEN" } });
    });
  });

  describe("the audit trail of reports and plans", () => {
    it("records one entry per report, in the same transaction: who, what, before (null) and after", async () => {
      const saved = await recordProgressReport(db, "LABOUR", labourReport(), now);

      const entries = await auditEntries();
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({
        at: "2014-07-10T03:00:00.000Z",
        actorSubject: "ldtbxh-1",
        actorName: "Nguyễn Văn An",
        actorAgency: "LDTBXH",
        actorRoles: ["editor"],
        action: "progress.report",
        entityType: "ProgressReport",
        entityKey: "V.1/LDTBXH/2014-Q2",
        before: null,
        after: { ...saved },
        requestId: "req-test",
      });
    });

    it("records a correction with the revision it replaces before and the new one after", async () => {
      const first = await recordProgressReport(db, "LABOUR", labourReport(), now);
      const later = new Date("2014-07-15T02:00:00.000Z");

      const second = await recordProgressReport(
        db,
        "LABOUR",
        labourReport({ percentComplete: 45, expectedRevision: 1 }),
        later,
      );

      const entries = await auditEntries();
      expect(entries.map((e) => [e.action, e.entityKey])).toEqual([
        ["progress.report", "V.1/LDTBXH/2014-Q2"],
        ["progress.correct", "V.1/LDTBXH/2014-Q2"],
      ]);
      expect(entries[1]).toMatchObject({ at: later.toISOString(), before: { ...first }, after: { ...second } });
    });

    it("records implementation plans and their revisions", async () => {
      const first = await recordImplementationPlan(db, "LABOUR", labourPlan(), now);
      const second = await recordImplementationPlan(db, "LABOUR", labourPlan({ expectedRevision: 1 }), now);

      expect(
        (await auditEntries()).map(({ action, entityType, entityKey, before, after }) => ({
          action,
          entityType,
          entityKey,
          before,
          after,
        })),
      ).toEqual([
        {
          action: "plan.submit",
          entityType: "ImplementationPlan",
          entityKey: "V.1/LDTBXH",
          before: null,
          after: { ...first },
        },
        {
          action: "plan.revise",
          entityType: "ImplementationPlan",
          entityKey: "V.1/LDTBXH",
          before: { ...first },
          after: { ...second },
        },
      ]);
    });

    it("leaves no entry for a refused report or plan, nor for the loser of a revision conflict", async () => {
      await recordProgressReport(db, "LABOUR", labourReport(), now);

      await Promise.allSettled([
        recordProgressReport(db, "LABOUR", labourReport({ percentComplete: 101 }), now),
        recordProgressReport(db, "LABOUR", labourReport({ percentComplete: 45, expectedRevision: 1 }), now),
        recordProgressReport(db, "LABOUR", labourReport({ percentComplete: 50, expectedRevision: 1 }), now),
        recordImplementationPlan(db, "LABOUR", labourPlan({ submittedOn: "2099-01-01" }), now),
      ]);

      expect((await auditEntries()).map((e) => [e.action, (e.after as { revision: number }).revision])).toEqual([
        ["progress.report", 1],
        ["progress.correct", 2],
      ]);
      expect(await allReports()).toHaveLength(2);
    });

    it("keeps a report of three 10 000-character Vietnamese texts whole, and a shortened copy in the trail", async () => {
      // 30 000 bytes each in UTF-8: more than a MySQL TEXT column holds together.
      const long = (letter: string) => letter.repeat(10_000);
      const saved = await recordProgressReport(
        db,
        "LABOUR",
        labourReport({ summary: long("ệ"), difficulties: long("ố"), proposals: long("ữ") }),
        now,
      );

      expect((await allReports())[0]).toMatchObject({
        summary: long("ệ"),
        difficulties: long("ố"),
        proposals: long("ữ"),
      });
      const [entry] = await auditEntries();
      const after = entry.after as Record<string, unknown>;
      expect(Buffer.byteLength(JSON.stringify(after))).toBeLessThanOrEqual(60_000);
      expect(after).toMatchObject({ id: saved.id, revision: 1, percentComplete: 40 });
      expect(String(after["summary"])).toMatch(/^ệ+… \[\d+ characters not kept in the audit trail\]$/);
    });
  });
});
