import { AuditEntry, clock, historyKey, loadPresent } from "@hpig/kit";
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";

import { Agency } from "../agency/agency.entity";
import { AuditSubjectType } from "../audit/plan-audit";
import type { PlanContext } from "../context";
import { ProgramGroup } from "../program-group/program-group.entity";
import { findTasks } from "./find-tasks";
import { Task } from "./task.entity";
import { AssignmentRole, TaskAssignment } from "./task-assignment.entity";
import { TaskFilter } from "./task-filter.input";

@Resolver(() => Task)
export class TaskResolver {
  @Query(() => [Task], { description: "The plan's tasks in plan order, optionally filtered." })
  tasks(
    @Ctx() ctx: PlanContext,
    @Arg("filter", () => TaskFilter, { nullable: true, description: "Which tasks; all when left out." })
    filter?: TaskFilter,
  ): Promise<Task[]> {
    return findTasks(ctx, filter, clock.now());
  }

  @Query(() => Task, { nullable: true, description: 'One task by code, e.g. "III.2"; null if there is none.' })
  task(
    @Arg("code", () => ID, { description: "The task code." }) code: string,
    @Ctx() { loaders }: PlanContext,
  ): Promise<Task | null> {
    return loaders.task.load(code);
  }

  @FieldResolver(() => ProgramGroup, { description: "The program group the task belongs to." })
  async group(@Root() task: Task, @Ctx() { loaders }: PlanContext): Promise<ProgramGroup> {
    const group = await loaders.programGroup.load(task.groupCode);
    if (!group) throw new Error(`task ${task.code} refers to missing group ${task.groupCode}`);
    return group;
  }

  @FieldResolver(() => [Agency], { description: "Lead agencies (cơ quan chủ trì) as listed; III.2 has two." })
  leadAgencies(@Root() task: Task, @Ctx() ctx: PlanContext): Promise<Agency[]> {
    return agenciesOf(task, AssignmentRole.LEAD, ctx);
  }

  @FieldResolver(() => [Agency], {
    description: "Coordinating agencies (cơ quan phối hợp) as listed; vague phrases stay in coordinationNote.",
  })
  coordinatingAgencies(@Root() task: Task, @Ctx() ctx: PlanContext): Promise<Agency[]> {
    return agenciesOf(task, AssignmentRole.COORDINATING, ctx);
  }

  @FieldResolver(() => [TaskAssignment], {
    description: "Every assignment of the task, leads first, with the plan's own wording.",
  })
  assignments(@Root() task: Task, @Ctx() { loaders }: PlanContext): Promise<TaskAssignment[]> {
    return loaders.assignmentsByTask.load(task.code);
  }

  @FieldResolver(() => [AuditEntry], {
    description:
      "How the task's registry entry came to be as it is, oldest first: the imports that added or changed it, the standing office's edits (committee { updateTask }) and the approved adjustment proposals (committee { decideProposal }, with the decision in after.decision), each with who, when, and the task before and after. Progress reports are not here: they are the owning domain's.",
  })
  async registryHistory(@Root() task: Task, @Ctx() { loaders }: PlanContext): Promise<AuditEntry[]> {
    const rows = await loaders.registryHistory.load(historyKey(AuditSubjectType.Task, task.code));
    return rows.map((row) => row.entry);
  }
}

async function agenciesOf(task: Task, role: AssignmentRole, { loaders }: PlanContext): Promise<Agency[]> {
  const assignments = await loaders.assignmentsByTask.load(task.code);
  return loadPresent(
    loaders.agency,
    assignments.filter((a) => a.role === role).map((a) => a.agencyCode),
  );
}
