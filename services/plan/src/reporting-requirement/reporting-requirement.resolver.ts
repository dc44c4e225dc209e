import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Agency } from "../agency/agency.entity";
import type { PlanContext } from "../context";
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
}
