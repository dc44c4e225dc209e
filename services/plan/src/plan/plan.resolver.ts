import { Ctx, FieldResolver, Query, Resolver } from "type-graphql";
import type { PlanContext } from "../context";
import { ReportingRequirement } from "../reporting-requirement/reporting-requirement.entity";
import { Target } from "../target/target.entity";
import { Plan } from "./plan.entity";

@Resolver(() => Plan)
export class PlanResolver {
  @Query(() => Plan, { nullable: true, description: "The plan in force; null until a plan has been imported." })
  plan(@Ctx() { db }: PlanContext): Promise<Plan | null> {
    return db.getRepository(Plan).findOne({ where: {} });
  }

  @FieldResolver(() => [Target], { description: "The numeric targets of section I, in document order." })
  targets(@Ctx() { db }: PlanContext): Promise<Target[]> {
    return db.getRepository(Target).find({ order: { position: "ASC" } });
  }

  @FieldResolver(() => [ReportingRequirement], {
    description: "What each reporting unit must send every December (the appendix), in appendix order.",
  })
  reportingRequirements(@Ctx() { db }: PlanContext): Promise<ReportingRequirement[]> {
    return db.getRepository(ReportingRequirement).find({ order: { position: "ASC" } });
  }
}
