import { loadPresent } from "@hpig/kit";
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";

import type { PlanContext } from "../context";
import { Domain } from "../domain/domain";
import { Indicator } from "../indicator/indicator.entity";
import { Task } from "../task/task.entity";
import { AssignmentRole } from "../task/task-assignment.entity";
import { Agency } from "./agency.entity";

@Resolver(() => Agency)
export class AgencyResolver {
  @Query(() => [Agency], {
    description: "Every agency the plan names, in registry order; optionally those of one domain.",
  })
  agencies(
    @Ctx() { db }: PlanContext,
    @Arg("domain", () => Domain, { nullable: true, description: "Only the agencies that report in this domain." })
    domain?: Domain,
  ): Promise<Agency[]> {
    return db.getRepository(Agency).find({ where: domain ? { domain } : {}, order: { position: "ASC" } });
  }

  @Query(() => Agency, { nullable: true, description: 'One agency by code, e.g. "LDTBXH"; null if there is none.' })
  agency(
    @Arg("code", () => ID, { description: "The agency code." }) code: string,
    @Ctx() { loaders }: PlanContext,
  ): Promise<Agency | null> {
    return loaders.agency.load(code);
  }

  @FieldResolver(() => [Task], { description: "Tasks this agency leads (chủ trì), in plan order." })
  ledTasks(@Root() agency: Agency, @Ctx() ctx: PlanContext): Promise<Task[]> {
    return tasksOf(agency, AssignmentRole.LEAD, ctx);
  }

  @FieldResolver(() => [Task], { description: "Tasks this agency coordinates (phối hợp), in plan order." })
  coordinatedTasks(@Root() agency: Agency, @Ctx() ctx: PlanContext): Promise<Task[]> {
    return tasksOf(agency, AssignmentRole.COORDINATING, ctx);
  }

  @FieldResolver(() => [Indicator], {
    description:
      "The catalogue indicators this agency reports, in catalogue order; empty for an agency that reports none.",
  })
  reportedIndicators(@Root() agency: Agency, @Ctx() { loaders }: PlanContext): Promise<Indicator[]> {
    return loaders.indicatorsByAgency.load(agency.code);
  }
}

async function tasksOf(agency: Agency, role: AssignmentRole, { loaders }: PlanContext): Promise<Task[]> {
  const assignments = await loaders.assignmentsByAgency.load(agency.code);
  const codes = assignments.filter((a) => a.role === role).map((a) => a.taskCode);
  const tasks = await loadPresent(loaders.task, codes);
  return tasks.sort((a, b) => a.position - b.position);
}
