import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";

import type { PlanContext } from "../context";
import { Indicator } from "../indicator/indicator.entity";
import { Target } from "./target.entity";

@Resolver(() => Target)
export class TargetResolver {
  @FieldResolver(() => Indicator, { description: "The catalogue indicator the target is set on." })
  async indicator(@Root() target: Target, @Ctx() { loaders }: PlanContext): Promise<Indicator> {
    const indicator = await loaders.indicator.load(target.indicatorCode);
    if (!indicator) throw new Error(`target ${target.code} refers to missing indicator ${target.indicatorCode}`);
    return indicator;
  }
}
