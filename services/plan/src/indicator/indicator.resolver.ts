import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";

import { Agency } from "../agency/agency.entity";
import type { PlanContext } from "../context";
import { Domain } from "../domain/domain";
import { ReportingRequirement } from "../reporting-requirement/reporting-requirement.entity";
import { Target } from "../target/target.entity";
import { unknownCode } from "../unknown-code";
import { Indicator } from "./indicator.entity";

@Resolver(() => Indicator)
export class IndicatorResolver {
  @Query(() => [Indicator], {
    description:
      "The committee's indicator catalogue in catalogue order, each as its domain's type (IndustryIndicator, …); optionally those of one domain or one reporting agency.",
  })
  async indicators(
    @Ctx() { db, loaders }: PlanContext,
    @Arg("agency", () => ID, { nullable: true, description: "Only the indicators this agency reports (agency code)." })
    agency?: string | null,
    @Arg("domain", () => Domain, { nullable: true, description: "Only the indicators this domain holds." })
    domain?: Domain | null,
  ): Promise<Indicator[]> {
    if (agency && !(await loaders.agency.load(agency))) {
      throw unknownCode("agency", agency, "agency");
    }
    return db.getRepository(Indicator).find({
      where: { ...(domain ? { domain } : {}), ...(agency ? { agencyCode: agency } : {}) },
      order: { position: "ASC" },
    });
  }

  @Query(() => Indicator, { nullable: true, description: 'One indicator by code, e.g. "IIP"; null if there is none.' })
  indicator(
    @Arg("code", () => ID, { description: "The indicator code." }) code: string,
    @Ctx() { loaders }: PlanContext,
  ): Promise<Indicator | null> {
    return loaders.indicator.load(code);
  }

  @FieldResolver(() => Agency, { description: "The agency that reports the indicator's figures." })
  async reportingAgency(@Root() indicator: Indicator, @Ctx() { loaders }: PlanContext): Promise<Agency> {
    const agency = await loaders.agency.load(indicator.agencyCode);
    if (!agency) throw new Error(`indicator ${indicator.code} refers to missing agency ${indicator.agencyCode}`);
    return agency;
  }

  @FieldResolver(() => ReportingRequirement, {
    nullable: true,
    description: "The appendix row the indicator answers; null for a quantity only section I names (a target's).",
  })
  requirement(@Root() indicator: Indicator, @Ctx() { loaders }: PlanContext): Promise<ReportingRequirement | null> {
    return indicator.requirementPosition === null
      ? Promise.resolve(null)
      : loaders.requirement.load(indicator.requirementPosition);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "The text of the appendix item the indicator answers, as written; null with requirement.",
  })
  async requirementItem(@Root() indicator: Indicator, @Ctx() { loaders }: PlanContext): Promise<string | null> {
    if (indicator.requirementPosition === null || indicator.requirementItemIndex === null) return null;
    const requirement = await loaders.requirement.load(indicator.requirementPosition);
    return requirement?.items[indicator.requirementItemIndex] ?? null;
  }

  @FieldResolver(() => [Target], { description: "The section I targets set on this indicator, in document order." })
  targets(@Root() indicator: Indicator, @Ctx() { loaders }: PlanContext): Promise<Target[]> {
    return loaders.targetsByIndicator.load(indicator.code);
  }
}
