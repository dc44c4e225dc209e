import {
  asLeadReport,
  groupedLoader,
  latestPerLead,
  mostRecent,
  selectLatestReports,
  taskPercentComplete,
  TaskStatus,
  taskStatus,
} from "@hpig/kit";
import DataLoader from "dataloader";
import type { DataSource } from "typeorm";

import type { Task } from "../task/task.entity";
import { AssignmentRole, type TaskAssignment } from "../task/task-assignment.entity";
import { ProgressFact } from "./progress-fact.entity";

/** A task's progress as of a date, judged from the read model by the rules the owning domain applies. */
export interface TaskProgress {
  status: TaskStatus;
  percentComplete: number | null;
  latestReport: ProgressFact | null;
}

/** The statuses in the order summaries list them. */
export const TASK_STATUSES: readonly TaskStatus[] = Object.values(TaskStatus);

/**
 * Each lead's latest report of each task known at the end of `asOf` (Viet Nam time), selected in
 * SQL as the domains select theirs (period end, then when recorded, then the domain's order). One
 * statement for all tasks.
 */
export function latestFactsAtLoader(db: DataSource, asOf: string) {
  return groupedLoader(
    (codes: readonly string[]) => selectLatestReports(db, ProgressFact, codes, asOf, "sourceId"),
    (fact) => fact.taskCode,
  );
}

export interface TaskProgressSources {
  task: DataLoader<string, Task | null>;
  assignmentsByTask: DataLoader<string, TaskAssignment[]>;
  /** Each lead's latest report as of the date (see latestFactsAtLoader). */
  latestFacts: DataLoader<string, ProgressFact[]>;
}

/** Each task's progress as of `asOf`, batched: null for a code the registry does not hold. */
export function taskProgressLoader(asOf: string, sources: TaskProgressSources) {
  return new DataLoader<string, TaskProgress | null>(async (codes) => {
    const [tasks, assignments, facts] = await Promise.all([
      sources.task.loadMany(codes),
      sources.assignmentsByTask.loadMany(codes),
      sources.latestFacts.loadMany(codes),
    ]);
    return codes.map((_code, index) => {
      const task = tasks[index];
      if (!task || task instanceof Error) return task instanceof Error ? task : null;
      const taskAssignments = assignments[index];
      const taskFacts = facts[index];
      if (taskAssignments instanceof Error) return taskAssignments;
      if (!taskFacts || taskFacts instanceof Error) return taskFacts ?? null;
      const leads = taskAssignments.filter((a) => a.role === AssignmentRole.LEAD).map((a) => a.agencyCode);
      return progressOf(task, leads, taskFacts, asOf);
    });
  });
}

/** Status, share done and latest report of one task from its reports known as of `asOf`. */
export function progressOf(
  task: Pick<Task, "startYear" | "endYear">,
  leads: readonly string[],
  facts: ProgressFact[],
  asOf: string,
): TaskProgress {
  const latest = latestPerLead(facts, leads, asOf);
  const leadReports = latest.map(asLeadReport);
  return {
    status: taskStatus({ asOf, startYear: task.startYear, endYear: task.endYear, leads: leadReports }),
    percentComplete: taskPercentComplete(leadReports),
    latestReport: mostRecent(latest),
  };
}
