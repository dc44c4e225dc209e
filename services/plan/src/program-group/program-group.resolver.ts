import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";

import type { PlanContext } from "../context";
import { Task } from "../task/task.entity";
import { ProgramGroup } from "./program-group.entity";

@Resolver(() => ProgramGroup)
export class ProgramGroupResolver {
  @Query(() => [ProgramGroup], { description: "The plan's program groups, I to IX." })
  programGroups(@Ctx() { db }: PlanContext): Promise<ProgramGroup[]> {
    return db.getRepository(ProgramGroup).find({ order: { number: "ASC" } });
  }

  @Query(() => ProgramGroup, {
    nullable: true,
    description: 'One program group by numeral, e.g. "IV"; null if there is none.',
  })
  programGroup(
    @Arg("code", () => ID, { description: "The group's Roman numeral." }) code: string,
    @Ctx() { loaders }: PlanContext,
  ): Promise<ProgramGroup | null> {
    return loaders.programGroup.load(code);
  }

  @FieldResolver(() => [Task], { description: "The group's tasks in plan order." })
  tasks(@Root() group: ProgramGroup, @Ctx() { loaders }: PlanContext): Promise<Task[]> {
    return loaders.tasksByGroup.load(group.code);
  }
}
