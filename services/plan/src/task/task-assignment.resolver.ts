import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";

import { Agency } from "../agency/agency.entity";
import type { PlanContext } from "../context";
import { TaskAssignment } from "./task-assignment.entity";

@Resolver(() => TaskAssignment)
export class TaskAssignmentResolver {
  @FieldResolver(() => Agency, { description: "The assigned agency." })
  async agency(@Root() assignment: TaskAssignment, @Ctx() { loaders }: PlanContext): Promise<Agency> {
    const agency = await loaders.agency.load(assignment.agencyCode);
    if (!agency)
      throw new Error(`assignment of ${assignment.taskCode} refers to missing agency ${assignment.agencyCode}`);
    return agency;
  }
}
