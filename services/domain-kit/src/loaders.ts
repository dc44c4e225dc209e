import { auditHistoryLoader, groupedLoader, keyedLoader } from "@hpig/kit";
import { type DataSource, In, LessThanOrEqual, MoreThanOrEqual, And, type FindOperator } from "typeorm";
import { TaskComment } from "./comments/task-comment.entity";
import { Observation } from "./indicators/observation.entity";
import { ImplementationPlan } from "./progress/implementation-plan.entity";
import { ProgressReport } from "./progress/progress-report.entity";
import { IndicatorReference } from "./registry/indicator-reference.entity";
import { TaskReference } from "./registry/task-reference.entity";

/** Periods ending within [start, end] (ISO dates; either may be open). */
export interface PeriodWindow {
  start: string | null;
  end: string | null;
}

/** Per-request batch loaders of a domain subgraph: one statement per relation, however many tasks. */
export function createReportingLoaders(db: DataSource) {
  const windows = new Map<string, ReturnType<typeof observationsLoader>>();
  /** Every revision of every figure of the indicators in the window, by period end and then recording time. */
  const observationsLoader = ({ start, end }: PeriodWindow) => {
    const bounds = [start ? MoreThanOrEqual(start) : null, end ? LessThanOrEqual(end) : null].filter(
      (bound): bound is FindOperator<string> => bound !== null,
    );
    return groupedLoader(
      (codes: readonly string[]) =>
        db.getRepository(Observation).find({
          where: {
            indicatorCode: In([...codes]),
            ...(bounds.length > 0 ? { periodEnd: bounds.length === 1 ? bounds[0] : And(...bounds) } : {}),
          },
          order: { periodEnd: "ASC", recordedAt: "ASC", id: "ASC" },
        }),
      (observation) => observation.indicatorCode,
    );
  };
  return {
    taskReference: keyedLoader(
      (codes: readonly string[]) => db.getRepository(TaskReference).findBy({ code: In([...codes]) }),
      (task) => task.code,
    ),
    /**
     * Every revision of every report of the tasks, by period end and then by when it was recorded
     * (a quarter, its half and its year can end on the same day: the one recorded last is latest).
     */
    reportsByTask: groupedLoader(
      (codes: readonly string[]) =>
        db.getRepository(ProgressReport).find({
          where: { taskCode: In([...codes]) },
          order: { periodEnd: "ASC", reportedAt: "ASC", id: "ASC" },
        }),
      (report) => report.taskCode,
    ),
    /**
     * The figures of indicators whose periods end in a window, read in SQL (the index covers
     * indicator and period end): one statement per window a request asks for, however many
     * indicators; `series(from, to)` on every indicator is one window.
     */
    observationsInWindow(window: PeriodWindow) {
      const key = `${window.start ?? ""}|${window.end ?? ""}`;
      let loader = windows.get(key);
      if (!loader) windows.set(key, (loader = observationsLoader(window)));
      return loader;
    },
    /** The catalogue indicators each unit reports (the domain's copy), in catalogue order. */
    indicatorsByAgency: groupedLoader(
      (codes: readonly string[]) =>
        db
          .getRepository(IndicatorReference)
          .find({ where: { agencyCode: In([...codes]) }, order: { position: "ASC" } }),
      (indicator) => indicator.agencyCode,
    ),
    plansByTask: groupedLoader(
      (codes: readonly string[]) =>
        db.getRepository(ImplementationPlan).find({ where: { taskCode: In([...codes]) }, order: { revision: "ASC" } }),
      (plan) => plan.taskCode,
    ),
    /** The comments on each task, oldest first. */
    commentsByTask: groupedLoader(
      (codes: readonly string[]) =>
        db.getRepository(TaskComment).find({ where: { taskCode: In([...codes]) }, order: { id: "ASC" } }),
      (comment) => comment.taskCode,
    ),
    /** The audit history of tasks and indicators ("Task|V.1", "Indicator|IIP"), oldest first, in one statement. */
    auditHistory: auditHistoryLoader(db),
  };
}

export type ReportingLoaders = ReturnType<typeof createReportingLoaders>;
