import type { TaskStatus } from "@hpig/kit";

import type { PlanContext } from "../context";
import { ProgramGroup } from "../program-group/program-group.entity";
import type { ProgressFact } from "../progress/progress-fact.entity";
import { Task } from "../task/task.entity";
import { AssignmentRole } from "../task/task-assignment.entity";

/** A task as a report states it at its date: what it was called, who led it, its status and latest report. */
export interface ReportedTask {
  code: string;
  title: string;
  groupCode: string;
  leadAgencies: string[];
  status: TaskStatus;
  percentComplete: number | null;
  /** Plan's copy of the report, which is never changed once received. */
  latestReport: ProgressFact | null;
}

/**
 * What the committee's quarterly reports and reviews compile from the graph for a date: every task
 * whose period has begun by then, with the status and latest report known at the end of that day.
 * A submitted report or recorded review freezes it (committee_document_task), so it reads back
 * identically whatever is reported or edited later.
 */
export interface ReportContent {
  asOf: string;
  /** Program groups in plan order (a group whose tasks have not begun lists none). */
  groupCodes: string[];
  tasks: ReportedTask[];
}

/** Compiles the content of a report as of `asOf` from the registry and the read model of the domains' reports. */
export async function compileContent(ctx: PlanContext, asOf: string): Promise<ReportContent> {
  const year = Number(asOf.slice(0, 4));
  const [groups, tasks] = await Promise.all([
    ctx.db.getRepository(ProgramGroup).find({ order: { number: "ASC" } }),
    ctx.db
      .getRepository(Task)
      .createQueryBuilder("task")
      .where("task.startYear <= :year", { year })
      .orderBy("task.position", "ASC")
      .getMany(),
  ]);
  for (const task of tasks) ctx.loaders.task.prime(task.code, task);
  const codes = tasks.map((task) => task.code);
  const [progress, assignments] = await Promise.all([
    ctx.loaders.taskProgress(asOf).loadMany(codes),
    ctx.loaders.assignmentsByTask.loadMany(codes),
  ]);
  return {
    asOf,
    groupCodes: groups.map((group) => group.code),
    tasks: tasks.map((task, index) => {
      const entry = progress[index];
      const taskAssignments = assignments[index];
      if (!entry || entry instanceof Error) throw entry ?? new Error(`no progress for task ${task.code}`);
      if (taskAssignments instanceof Error) throw taskAssignments;
      return {
        code: task.code,
        title: task.title,
        groupCode: task.groupCode,
        leadAgencies: taskAssignments.filter((a) => a.role === AssignmentRole.LEAD).map((a) => a.agencyCode),
        status: entry.status,
        percentComplete: entry.percentComplete,
        latestReport: entry.latestReport,
      };
    }),
  };
}
