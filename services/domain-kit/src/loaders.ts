import { auditHistoryLoader, groupedLoader, keyedLoader, selectLatestReports } from "@hpig/kit";
import { type DataSource, In } from "typeorm";

import { TaskComment } from "./comments/task-comment.entity";
import { selectProvenance } from "./derived/provenance";
import type { Observation } from "./indicators/observation.entity";
import { selectSeriesRows, type SeriesQuery, seriesQueryKey } from "./indicators/series-query";
import { ImplementationPlan } from "./progress/implementation-plan.entity";
import { ProgressReport } from "./progress/progress-report.entity";
import { IndicatorReference } from "./registry/indicator-reference.entity";
import { TaskReference } from "./registry/task-reference.entity";

/** Per-request batch loaders of a domain subgraph: one statement per relation, however many tasks. */
export function createReportingLoaders(db: DataSource) {
  const seriesLoaders = new Map<string, ReturnType<typeof groupedLoader<string, Observation>>>();
  const latestReportLoaders = new Map<string, ReturnType<typeof groupedLoader<string, ProgressReport>>>();
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
     * Each lead's latest report of each task as known at the end of `asOf`, selected in SQL: one
     * statement per date a request asks for, however many tasks.
     */
    latestReportsAsOf(asOf: string) {
      let loader = latestReportLoaders.get(asOf);
      if (!loader) {
        loader = groupedLoader(
          (codes: readonly string[]) => selectLatestReports(db, ProgressReport, codes, asOf, "id"),
          (report) => report.taskCode,
        );
        latestReportLoaders.set(asOf, loader);
      }
      return loader;
    },
    /**
     * The figures of indicators a series query selects (periods, period type, cells, revisions),
     * selected in SQL: one statement per distinct query a request asks, however many indicators;
     * `series(from, to, breakdown: [])` on every indicator is one.
     */
    series(query: SeriesQuery) {
      const key = seriesQueryKey(query);
      let loader = seriesLoaders.get(key);
      if (!loader) {
        loader = groupedLoader(
          (codes: readonly string[]) => selectSeriesRows(db, codes, query),
          (observation) => observation.indicatorCode,
        );
        seriesLoaders.set(key, loader);
      }
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
    /** The provenance of observation revisions derived from records (two statements per batch); null for the others. */
    provenance: keyedLoader(
      (ids: readonly number[]) => selectProvenance(db, ids),
      (provenance) => provenance.observationId,
    ),
    /** The audit history of tasks and indicators ("Task|V.1", "Indicator|IIP"), oldest first, in one statement. */
    auditHistory: auditHistoryLoader(db),
  };
}

export type ReportingLoaders = ReturnType<typeof createReportingLoaders>;
