import { auditHistoryLoader, groupedLoader, keyedLoader } from "@hpig/kit";
import { type DataSource, In } from "typeorm";

import { createAdjustmentLoaders } from "./adjustment/adjustment-loaders";
import { Agency } from "./agency/agency.entity";
import { createDirectiveLoaders } from "./directive/directive-loaders";
import { Indicator } from "./indicator/indicator.entity";
import { Plan } from "./plan/plan.entity";
import { ProgramGroup } from "./program-group/program-group.entity";
import { latestFactsAtLoader, taskProgressLoader } from "./progress/task-progress";
import { obligationKey, obligationsByKey } from "./reporting-obligation/reporting-obligations";
import type { ReportingSettings } from "./reporting-obligation/reporting-rules";
import { ReportingRequirement } from "./reporting-requirement/reporting-requirement.entity";
import { Target } from "./target/target.entity";
import { Task } from "./task/task.entity";
import { TaskAssignment } from "./task/task-assignment.entity";

/** Per-request batch loaders: every list and entity reference of the plan subgraph goes through one of these. */
export function createPlanLoaders(db: DataSource, settings: ReportingSettings) {
  const agencies = db.getRepository(Agency);
  const groups = db.getRepository(ProgramGroup);
  const tasks = db.getRepository(Task);
  const assignments = db.getRepository(TaskAssignment);
  const plans = db.getRepository(Plan);
  const targets = db.getRepository(Target);
  const indicators = db.getRepository(Indicator);
  const requirements = db.getRepository(ReportingRequirement);
  let plan: Promise<Plan | null> | undefined;
  /** The plan in force (the registry holds one), read once per request. */
  const currentPlan = (): Promise<Plan | null> => (plan ??= plans.findOne({ where: {} }));
  const task = keyedLoader(
    (codes: readonly string[]) => tasks.findBy({ code: In([...codes]) }),
    (t) => t.code,
  );
  const assignmentsByTask = groupedLoader(
    (codes: readonly string[]) =>
      assignments.find({ where: { taskCode: In([...codes]) }, order: { role: "DESC", position: "ASC" } }),
    (a) => a.taskCode,
  );
  /** One loader per date a request asks about: `tasks(filter: { status, asOf })`, taskSummary, reports. */
  const progressByDate = new Map<string, ReturnType<typeof taskProgressLoader>>();
  return {
    ...createDirectiveLoaders(db),
    ...createAdjustmentLoaders(db),
    currentPlan,
    plan: keyedLoader(
      (numbers: readonly string[]) => plans.findBy({ number: In([...numbers]) }),
      (p) => p.number,
    ),
    target: keyedLoader(
      (codes: readonly string[]) => targets.findBy({ code: In([...codes]) }),
      (t) => t.code,
    ),
    targetsByIndicator: groupedLoader(
      (codes: readonly string[]) =>
        targets.find({ where: { indicatorCode: In([...codes]) }, order: { position: "ASC" } }),
      (t) => t.indicatorCode,
    ),
    agency: keyedLoader(
      (codes: readonly string[]) => agencies.findBy({ code: In([...codes]) }),
      (a) => a.code,
    ),
    programGroup: keyedLoader(
      (codes: readonly string[]) => groups.findBy({ code: In([...codes]) }),
      (g) => g.code,
    ),
    task,
    tasksByGroup: groupedLoader(
      (codes: readonly string[]) => tasks.find({ where: { groupCode: In([...codes]) }, order: { position: "ASC" } }),
      (t) => t.groupCode,
    ),
    assignmentsByTask,
    /**
     * Each task's status, share done and latest report as of a Viet Nam date, from the read model of
     * the domains' reports: one statement for the reports, however many tasks.
     */
    taskProgress(asOf: string) {
      let loader = progressByDate.get(asOf);
      if (!loader) {
        loader = taskProgressLoader(asOf, { task, assignmentsByTask, latestFacts: latestFactsAtLoader(db, asOf) });
        progressByDate.set(asOf, loader);
      }
      return loader;
    },
    assignmentsByAgency: groupedLoader(
      (codes: readonly string[]) =>
        assignments.find({ where: { agencyCode: In([...codes]) }, order: { taskCode: "ASC" } }),
      (a) => a.agencyCode,
    ),
    indicator: keyedLoader(
      (codes: readonly string[]) => indicators.findBy({ code: In([...codes]) }),
      (i) => i.code,
    ),
    /** An agency's indicators in catalogue order. */
    indicatorsByAgency: groupedLoader(
      (codes: readonly string[]) =>
        indicators.find({ where: { agencyCode: In([...codes]) }, order: { position: "ASC" } }),
      (i) => i.agencyCode,
    ),
    /** An appendix row's indicators in the order of its items, then catalogue order. */
    indicatorsByRequirement: groupedLoader(
      (positions: readonly number[]) =>
        indicators.find({
          where: { requirementPosition: In([...positions]) },
          order: { requirementItemIndex: "ASC", position: "ASC" },
        }),
      (i) => i.requirementPosition ?? -1,
    ),
    requirement: keyedLoader(
      (positions: readonly number[]) => requirements.findBy({ position: In([...positions]) }),
      (r) => r.position,
    ),
    /** The audit trail's entries about each record ("Task|V.1"), oldest first, for all of a request's records at once. */
    registryHistory: auditHistoryLoader(db),
    /** A December obligation by "AGENCY|YEAR" (see obligationKey); null for no appendix unit or a year outside the plan. */
    obligation: keyedLoader(
      async (keys: readonly string[]) =>
        obligationsByKey(
          db.manager,
          await currentPlan(),
          keys.map((key) => {
            const [agencyCode = "", year = ""] = key.split("|");
            return { agencyCode, year: Number(year) };
          }),
          settings,
        ),
      obligationKey,
    ),
  };
}

export type PlanLoaders = ReturnType<typeof createPlanLoaders>;
