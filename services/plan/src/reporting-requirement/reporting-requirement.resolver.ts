import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";

import { Agency } from "../agency/agency.entity";
import type { PlanContext } from "../context";
import { Indicator } from "../indicator/indicator.entity";
import { ReportingRequirement } from "./reporting-requirement.entity";

@Resolver(() => ReportingRequirement)
export class ReportingRequirementResolver {
  @FieldResolver(() => Agency, { description: "The reporting unit." })
  async agency(@Root() requirement: ReportingRequirement, @Ctx() { loaders }: PlanContext): Promise<Agency> {
    const agency = await loaders.agency.load(requirement.agencyCode);
    if (!agency)
      throw new Error(
        `reporting requirement ${requirement.position} refers to missing agency ${requirement.agencyCode}`,
      );
    return agency;
  }

  @FieldResolver(() => [Indicator], {
    description:
      "The catalogue indicators that answer this row's items, in the order of the items: what the row's unit owes every December (its obligations' indicators). Section I quantities answer no row and are in none.",
  })
  indicators(@Root() requirement: ReportingRequirement, @Ctx() { loaders }: PlanContext): Promise<Indicator[]> {
    return loaders.indicatorsByRequirement.load(requirement.position);
  }
}
