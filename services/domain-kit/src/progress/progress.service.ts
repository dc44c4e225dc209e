import {
  type AuditWriter,
  domainFieldName,
  hasRole,
  isUniqueViolation,
  parsePeriod,
  type Principal,
  recordAudit,
  ReportState,
  runInTransaction,
  vietnamDate,
} from "@hpig/kit";
import type { DataSource, EntityManager } from "typeorm";

import { AuditSubjectType } from "../audit/audit-history";
import { fitRecord } from "../audit/audit-payload";
import { enqueueForFeed } from "../feed/progress-outbox";
import { TaskReference } from "../registry/task-reference.entity";
import { leadAgencyFor, reporterOf } from "../rights/rights";
import { ImplementationPlan } from "./implementation-plan.entity";
import { progressError, ProgressErrorCode } from "./progress-errors";
import { ProgressReport } from "./progress-report.entity";
import type { ReportTaskProgressInput, SubmitImplementationPlanInput } from "./report-progress.input";

/**
 * Checks a report against the task registry, the caller's rights (an editor of a lead agency of
 * the task) and the rules of the plan's reporting, and stores it as a new revision with its audit
 * entry, in one transaction: a refused report writes nothing. The reporter recorded is the
 * signed-in caller's name.
 */
export async function recordProgressReport(
  db: DataSource,
  domain: string,
  input: ReportTaskProgressInput,
  now: Date,
  writer: AuditWriter,
): Promise<ProgressReport> {
  return runInTransaction(db, async (manager) => {
    const task = await ownedTask(manager, domain, input.taskCode);
    const reportingAgency = reportingLeadOf(task, input.reportingAgency, writer.principal, `report task ${task.code}`);
    const period = parsePeriod(input.period);
    if (!period) {
      throw progressError(
        ProgressErrorCode.InvalidPeriod,
        `Period "${input.period}" is not a reporting period; write "2013", "2013-H1" or "2013-Q2".`,
        "period",
      );
    }
    if (period.year < task.startYear || period.year > task.endYear) {
      throw progressError(
        ProgressErrorCode.PeriodOutsideTask,
        `Task ${task.code} runs ${task.startYear}–${task.endYear}; period ${input.period} is outside it.`,
        "period",
      );
    }
    const today = vietnamDate(now);
    if (period.start > today) {
      throw progressError(
        ProgressErrorCode.PeriodInFuture,
        `Period ${period.text} has not begun yet (it starts ${period.start}); report it once it has.`,
        "period",
      );
    }
    checkStateRules(input, task, today);

    const previous = await latestRevision(
      manager,
      ProgressReport,
      { taskCode: task.code, reportingAgency, period: period.text },
      input.expectedRevision,
      `period ${period.text} of task ${task.code} by ${reportingAgency}`,
    );
    const revision = (previous?.revision ?? 0) + 1;
    const report = Object.assign(new ProgressReport(), {
      taskCode: task.code,
      reportingAgency,
      period: period.text,
      periodType: period.type,
      periodEnd: period.end,
      revision,
      state: input.state,
      completedOn: input.completedOn ?? null,
      percentComplete: input.percentComplete,
      summary: input.summary,
      difficulties: input.difficulties ?? null,
      proposals: input.proposals ?? null,
      budgetEstimatedVnd: input.budgetEstimatedVnd ?? null,
      budgetSpentVnd: input.budgetSpentVnd ?? null,
      documentRefs: input.documentRefs ?? [],
      reporter: reporterOf(writer.principal),
      reportedAt: now.toISOString(),
      sample: false,
    });
    const saved = await saveRevision(manager, report, what(report));
    await enqueueForFeed(manager, [saved], now);
    await recordAudit(
      manager,
      writer,
      {
        action: revision === 1 ? "progress.report" : "progress.correct",
        entityType: "ProgressReport",
        entityKey: `${saved.taskCode}/${saved.reportingAgency}/${saved.period}`,
        before: previous ? fitRecord(previous) : null,
        after: fitRecord(saved),
        subjects: [{ type: AuditSubjectType.Task, key: saved.taskCode }],
      },
      now,
    );
    return saved;
  });
}

/**
 * Stores an implementation plan as a new revision with its audit entry, under the same rules of
 * ownership, rights and revision.
 */
export async function recordImplementationPlan(
  db: DataSource,
  domain: string,
  input: SubmitImplementationPlanInput,
  now: Date,
  writer: AuditWriter,
): Promise<ImplementationPlan> {
  return runInTransaction(db, async (manager) => {
    const task = await ownedTask(manager, domain, input.taskCode);
    const reportingAgency = reportingLeadOf(
      task,
      input.reportingAgency,
      writer.principal,
      `submit the implementation plan of task ${task.code}`,
    );
    if (input.submittedOn > vietnamDate(now)) {
      throw progressError(
        ProgressErrorCode.InvalidDate,
        `submittedOn ${input.submittedOn} is in the future.`,
        "submittedOn",
      );
    }
    const previous = await latestRevision(
      manager,
      ImplementationPlan,
      { taskCode: task.code, reportingAgency },
      input.expectedRevision,
      `the implementation plan of task ${task.code} by ${reportingAgency}`,
    );
    const revision = (previous?.revision ?? 0) + 1;
    const plan = Object.assign(new ImplementationPlan(), {
      taskCode: task.code,
      reportingAgency,
      revision,
      submittedOn: input.submittedOn,
      summary: input.summary,
      budgetEstimatedVnd: input.budgetEstimatedVnd ?? null,
      documentRefs: input.documentRefs ?? [],
      reporter: reporterOf(writer.principal),
      recordedAt: now.toISOString(),
      sample: false,
    });
    const saved = await saveRevision(
      manager,
      plan,
      `the implementation plan of task ${plan.taskCode} by ${plan.reportingAgency}`,
    );
    await recordAudit(
      manager,
      writer,
      {
        action: revision === 1 ? "plan.submit" : "plan.revise",
        entityType: "ImplementationPlan",
        entityKey: `${saved.taskCode}/${saved.reportingAgency}`,
        before: previous ? fitRecord(previous) : null,
        after: fitRecord(saved),
        subjects: [{ type: AuditSubjectType.Task, key: saved.taskCode }],
      },
      now,
    );
    return saved;
  });
}

function what(report: ProgressReport): string {
  return `period ${report.period} of task ${report.taskCode} by ${report.reportingAgency}`;
}

/** Inserts a new revision; a concurrent writer that took the same revision number first turns into a conflict. */
async function saveRevision<E extends ProgressReport | ImplementationPlan>(
  manager: EntityManager,
  row: E,
  label: string,
): Promise<E> {
  try {
    return await manager.save(row);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw progressError(
      ProgressErrorCode.RevisionConflict,
      `${label} was changed by someone else meanwhile (revision ${row.revision} exists); reload and try again.`,
      "expectedRevision",
    );
  }
}

export async function ownedTask(manager: EntityManager, domain: string, code: string): Promise<TaskReference> {
  const task = await manager.getRepository(TaskReference).findOneBy({ code });
  if (!task) {
    throw progressError(ProgressErrorCode.UnknownTask, `There is no task "${code}" in the plan registry.`, "taskCode");
  }
  if (task.domain !== domain) {
    throw progressError(
      ProgressErrorCode.TaskNotOwned,
      `Task ${code} is reported in the ${domainFieldName(task.domain)} domain, not ${domainFieldName(domain)}.`,
      "taskCode",
    );
  }
  return task;
}

/**
 * The lead agency a report or plan is recorded for, when the caller may write it: only an editor
 * writes (anyone else is refused first); a named agency must lead the task (NOT_A_LEAD_AGENCY) and
 * be the editor's own; left out, it is the editor's agency when that leads the task.
 */
function reportingLeadOf(
  task: TaskReference,
  requested: string | null | undefined,
  principal: Principal | null,
  what: string,
): string {
  if (!hasRole(principal, "editor")) leadAgencyFor(principal, task, null, what);
  if (requested && !task.leadAgencies.includes(requested)) {
    throw progressError(
      ProgressErrorCode.NotALead,
      `${requested} is not a lead agency of task ${task.code} (its leads: ${task.leadAgencies.join(", ")}).`,
      "reportingAgency",
    );
  }
  return leadAgencyFor(principal, task, requested, what);
}

function checkStateRules(input: ReportTaskProgressInput, task: TaskReference, today: string): void {
  const percent = input.percentComplete;
  if (!Number.isInteger(percent) || percent < 0 || percent > 100) {
    throw progressError(
      ProgressErrorCode.PercentOutOfRange,
      `percentComplete must be 0–100; got ${percent}.`,
      "percentComplete",
    );
  }
  const inconsistent = (message: string, field: string) =>
    progressError(ProgressErrorCode.InconsistentState, message, field);
  if (input.state === ReportState.COMPLETED) {
    if (percent !== 100) throw inconsistent(`A COMPLETED report must say 100%; got ${percent}%.`, "percentComplete");
    if (!input.completedOn)
      throw inconsistent("A COMPLETED report needs its completion date (completedOn).", "completedOn");
    if (input.completedOn < `${task.startYear}-01-01` || input.completedOn > today) {
      throw progressError(
        ProgressErrorCode.InvalidDate,
        `completedOn ${input.completedOn} must fall between the task's start (${task.startYear}-01-01) and today (${today}).`,
        "completedOn",
      );
    }
    return;
  }
  if (input.completedOn)
    throw inconsistent(`completedOn is only for COMPLETED reports, not ${input.state}.`, "completedOn");
  if (input.state === ReportState.NOT_STARTED && percent !== 0) {
    throw inconsistent(`A NOT_STARTED report must say 0%; got ${percent}%.`, "percentComplete");
  }
  if (input.state === ReportState.IN_PROGRESS && percent === 100) {
    throw inconsistent("100% is COMPLETED, with its completion date; IN_PROGRESS is below 100%.", "state");
  }
}

/**
 * The latest revision of a record (null for none yet), refusing a write made against a revision
 * that is no longer the latest (two editors correcting the same report: the second is told,
 * nothing is lost). The new revision is the next after it.
 */
async function latestRevision<E extends ProgressReport | ImplementationPlan>(
  manager: EntityManager,
  entity: new () => E,
  where: Partial<Record<keyof E, string>>,
  expectedRevision: number | null | undefined,
  what: string,
): Promise<E | null> {
  const latest = await manager
    .getRepository(entity)
    .createQueryBuilder("row")
    .where(
      Object.entries(where)
        .map(([column]) => `row.${column} = :${column}`)
        .join(" AND "),
      where,
    )
    .orderBy("row.revision", "DESC")
    .limit(1)
    .getOne();
  const current = latest?.revision ?? 0;
  const expected = expectedRevision ?? 0;
  if (expected !== current) {
    throw progressError(
      ProgressErrorCode.RevisionConflict,
      current === 0
        ? `There is nothing to correct yet for ${what}; leave expectedRevision out (or send 0).`
        : `${what} is at revision ${current}; send expectedRevision: ${current} to correct it (you sent ${expectedRevision ?? "none"}).`,
      "expectedRevision",
    );
  }
  return latest;
}
