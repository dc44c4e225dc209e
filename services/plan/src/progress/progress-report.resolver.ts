import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";

import { Agency } from "../agency/agency.entity";
import type { PlanContext } from "../context";
import { ProgressFact } from "./progress-fact.entity";

@Resolver(() => ProgressFact)
export class ProgressReportResolver {
  @FieldResolver(() => Agency, { description: "The lead agency that reported." })
  async reportingAgency(@Root() report: ProgressFact, @Ctx() { loaders }: PlanContext): Promise<Agency> {
    const agency = await loaders.agency.load(report.reportingAgency);
    if (!agency)
      throw new Error(`report ${report.domain}/${report.sourceId} names unknown agency ${report.reportingAgency}`);
    return agency;
  }
}
