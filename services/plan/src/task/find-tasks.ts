import { ErrorCode, UserInputError, vietnamDate } from "@hpig/kit";

import type { PlanContext } from "../context";
import { unknownCode } from "../unknown-code";
import { Task } from "./task.entity";
import { AssignmentRole } from "./task-assignment.entity";
import type { TaskFilter } from "./task-filter.input";

/**
 * The tasks a filter selects, in plan order. The registry conditions are SQL; a status is judged
 * from the read model of the domains' reports, for all selected tasks at once (statements do not
 * grow with the number of tasks).
 */
export async function findTasks(ctx: PlanContext, filter: TaskFilter | null | undefined, now: Date): Promise<Task[]> {
  await assertKnownCodes(filter, ctx);
  if (filter?.asOf && !filter.status) {
    throw new UserInputError("asOf is the date a status is judged at: give status too.", ErrorCode.BadUserInput, {
      field: "filter.asOf",
    });
  }
  const query = ctx.db.getRepository(Task).createQueryBuilder("task").orderBy("task.position", "ASC");
  if (filter?.group) query.andWhere("task.groupCode = :group", { group: filter.group });
  if (filter?.domain) query.andWhere("task.domain = :domain", { domain: filter.domain });
  if (filter?.activeInYear !== undefined && filter.activeInYear !== null) {
    query.andWhere("task.startYear <= :year AND task.endYear >= :year", { year: filter.activeInYear });
  }
  for (const [agency, role] of [
    [filter?.leadAgency, AssignmentRole.LEAD],
    [filter?.coordinatingAgency, AssignmentRole.COORDINATING],
  ] as const) {
    if (!agency) continue;
    const alias = `a_${role.toLowerCase()}`;
    query.andWhere(
      `EXISTS (SELECT 1 FROM task_assignment ${alias} WHERE ${alias}.task_code = task.code AND ${alias}.role = :${alias}_role AND ${alias}.agency_code = :${alias}_agency)`,
      { [`${alias}_role`]: role, [`${alias}_agency`]: agency },
    );
  }
  const tasks = await query.getMany();
  if (!filter?.status) return tasks;
  for (const task of tasks) ctx.loaders.task.prime(task.code, task);
  const progress = await ctx.loaders.taskProgress(filter.asOf ?? vietnamDate(now)).loadMany(tasks.map((t) => t.code));
  return tasks.filter((_task, index) => {
    const entry = progress[index];
    if (entry instanceof Error) throw entry;
    return entry?.status === filter.status;
  });
}

/** An unknown code in a filter is a mistake worth saying, not an empty answer. */
async function assertKnownCodes(filter: TaskFilter | null | undefined, { loaders }: PlanContext): Promise<void> {
  if (filter?.group && !(await loaders.programGroup.load(filter.group))) {
    throw unknownCode("group", filter.group, "filter.group");
  }
  for (const field of ["leadAgency", "coordinatingAgency"] as const) {
    const code = filter?.[field];
    if (code && !(await loaders.agency.load(code))) {
      throw unknownCode("agency", code, `filter.${field}`);
    }
  }
}
