import { clock, ErrorCode, type TaskStatus, UserInputError, vietnamDate } from "@hpig/kit";
import { GraphQLLocalDate } from "graphql-scalars";
import { Arg, Ctx, Query, Resolver } from "type-graphql";

import type { PlanContext } from "../context";
import { Domain } from "../domain/domain";
import { ProgramGroup } from "../program-group/program-group.entity";
import { findTasks } from "../task/find-tasks";
import type { Task } from "../task/task.entity";
import { AssignmentRole } from "../task/task-assignment.entity";
import { TaskFilter } from "../task/task-filter.input";
import { countStatuses, fillBuckets } from "./count-statuses";
import { TaskGrouping, TaskSummary, TaskSummaryBucket } from "./task-summary.types";

@Resolver(() => TaskSummary)
export class TaskSummaryResolver {
  @Query(() => TaskSummary, {
    description:
      "The tasks counted by status as of a date, in total and by group, lead agency or domain: what a dashboard shows first, in one request. Every count equals what `tasks { status(asOf:) }` says task by task (the plan keeps a read model of the domains' progress reports, fed by them as they are recorded, and judges status by the same rules).",
  })
  async taskSummary(
    @Ctx() ctx: PlanContext,
    @Arg("asOf", () => GraphQLLocalDate, {
      nullable: true,
      description: "The date statuses are judged at (Viet Nam time, end of day); today when left out.",
    })
    asOf?: string | null,
    @Arg("groupBy", () => TaskGrouping, {
      nullable: true,
      description: "How to split the counts; no buckets when left out.",
    })
    groupBy?: TaskGrouping | null,
    @Arg("filter", () => TaskFilter, {
      nullable: true,
      description: "Count only these tasks (all when left out); its status and asOf are not for a summary.",
    })
    filter?: TaskFilter | null,
  ): Promise<TaskSummary> {
    if (filter?.status || filter?.asOf) {
      throw new UserInputError(
        "A summary counts every status: leave status and asOf out of its filter and give taskSummary's asOf.",
        ErrorCode.BadUserInput,
        { field: filter.status ? "filter.status" : "filter.asOf" },
      );
    }
    const date = asOf ?? vietnamDate(clock.now());
    const tasks = await findTasks(ctx, filter, clock.now());
    for (const task of tasks) ctx.loaders.task.prime(task.code, task);
    const codes = tasks.map((task) => task.code);
    const [progress, assignments] = await Promise.all([
      ctx.loaders.taskProgress(date).loadMany(codes),
      ctx.loaders.assignmentsByTask.loadMany(codes),
    ]);
    const counted = tasks.map((task, index) => {
      const entry = progress[index];
      const taskAssignments = assignments[index];
      if (entry instanceof Error) throw entry;
      if (taskAssignments instanceof Error) throw taskAssignments;
      const leads = taskAssignments.filter((a) => a.role === AssignmentRole.LEAD).map((a) => a.agencyCode);
      return { task, leads, status: entry!.status };
    });
    const statuses = counted.map((entry) => entry.status);
    return Object.assign(new TaskSummary(), {
      asOf: date,
      total: tasks.length,
      byStatus: countStatuses(statuses),
      buckets: groupBy ? await bucketsOf(ctx, groupBy, counted) : [],
    });
  }
}

async function bucketsOf(
  ctx: PlanContext,
  groupBy: TaskGrouping,
  counted: Array<{ task: Task; leads: string[]; status: TaskStatus }>,
): Promise<TaskSummaryBucket[]> {
  let buckets: Array<{ key: string; label: string }>;
  let keysOf: (entry: (typeof counted)[number]) => string[];
  switch (groupBy) {
    case TaskGrouping.GROUP: {
      const groups = await ctx.db.getRepository(ProgramGroup).find({ order: { number: "ASC" } });
      buckets = groups.map((group) => ({ key: group.code, label: group.title }));
      keysOf = (entry) => [entry.task.groupCode];
      break;
    }
    case TaskGrouping.LEAD_AGENCY: {
      const codes = [...new Set(counted.flatMap((entry) => entry.leads))];
      const agencies = (await ctx.loaders.agency.loadMany(codes)).flatMap((agency) =>
        agency && !(agency instanceof Error) ? [agency] : [],
      );
      buckets = agencies
        .sort((a, b) => a.position - b.position)
        .map((agency) => ({ key: agency.code, label: agency.name }));
      keysOf = (entry) => entry.leads;
      break;
    }
    case TaskGrouping.DOMAIN:
      buckets = Object.values(Domain).map((domain) => ({ key: domain, label: titleCase(domain) }));
      keysOf = (entry) => [entry.task.domain];
      break;
  }
  return fillBuckets(
    buckets,
    counted.map((entry) => ({ keys: keysOf(entry), status: entry.status })),
  ).map((bucket) =>
    Object.assign(new TaskSummaryBucket(), {
      key: bucket.key,
      label: bucket.label,
      total: bucket.statuses.length,
      byStatus: countStatuses(bucket.statuses),
    }),
  );
}

/** "LABOUR" → "Labour". */
function titleCase(value: string): string {
  return value.charAt(0) + value.slice(1).toLowerCase();
}
