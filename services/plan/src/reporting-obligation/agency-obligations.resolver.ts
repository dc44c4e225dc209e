import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";

import { Agency } from "../agency/agency.entity";
import type { PlanContext } from "../context";
import { ReportingObligation } from "./reporting-obligation";
import { requirePlan } from "./reporting-obligation.resolver";
import { obligationKey } from "./reporting-obligations";
import { assertReportingYear, reportingYearsOf } from "./reporting-rules";

@Resolver(() => Agency)
export class AgencyObligationsResolver {
  @FieldResolver(() => [ReportingObligation], {
    description:
      "The agency's December duty of one reporting year: one obligation per appendix row it answers (the appendix gives a unit one row), with its indicators, required figures, deadline and, from its domain, what it has sent (submission); empty for an agency the appendix does not name. The year must be within the plan's (its year of issue to its horizon), as for reportingCycle. All agencies of a request are read together.",
  })
  async obligations(
    @Root() agency: Agency,
    @Arg("year", () => Int, { description: "The reporting year, e.g. 2015." }) year: number,
    @Ctx() { loaders }: PlanContext,
  ): Promise<ReportingObligation[]> {
    assertReportingYear(year, reportingYearsOf(requirePlan(await loaders.currentPlan())));
    const obligation = await loaders.obligation.load(obligationKey({ agencyCode: agency.code, year }));
    return obligation ? [obligation] : [];
  }
}
