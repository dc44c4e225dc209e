import { ErrorCode, UserInputError } from "@hpig/kit";
import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";

import { Agency } from "../agency/agency.entity";
import type { PlanContext } from "../context";
import { Indicator } from "../indicator/indicator.entity";
import type { Plan } from "../plan/plan.entity";
import { ReportingRequirement } from "../reporting-requirement/reporting-requirement.entity";
import { ReportingCycle, ReportingObligation } from "./reporting-obligation";
import { obligationsOfYear } from "./reporting-obligations";
import { assertReportingYear, reportingYearsOf } from "./reporting-rules";

/** The plan in force, or a NOT_FOUND error saying none has been imported. */
export function requirePlan(plan: Plan | null): Plan {
  if (!plan) throw new UserInputError("No plan has been imported yet.", ErrorCode.NotFound);
  return plan;
}

@Resolver(() => ReportingObligation)
export class ReportingObligationResolver {
  @Query(() => ReportingCycle, {
    description:
      "The December round of one reporting year: every appendix unit's obligation, in appendix order. The year must be within the plan's (its year of issue to its horizon).",
  })
  async reportingCycle(
    @Arg("year", () => Int, { description: "The reporting year, e.g. 2015 (figures for 2014, estimates for 2015)." })
    year: number,
    @Ctx() { db, loaders, settings }: PlanContext,
  ): Promise<ReportingCycle> {
    assertReportingYear(year, reportingYearsOf(requirePlan(await loaders.currentPlan())));
    return { year, obligations: await obligationsOfYear(db.manager, year, settings) };
  }

  @FieldResolver(() => Agency, { description: "The reporting unit." })
  async agency(@Root() obligation: ReportingObligation, @Ctx() { loaders }: PlanContext): Promise<Agency> {
    const agency = await loaders.agency.load(obligation.agencyCode);
    if (!agency) throw new Error(`obligation of ${obligation.agencyCode} refers to a missing agency`);
    return agency;
  }

  @FieldResolver(() => ReportingRequirement, { description: "What the unit must send: its row of the appendix." })
  async requirement(
    @Root() obligation: ReportingObligation,
    @Ctx() { loaders }: PlanContext,
  ): Promise<ReportingRequirement> {
    const requirement = await loaders.requirement.load(obligation.requirementPosition);
    if (!requirement) throw new Error(`obligation of ${obligation.agencyCode} refers to a missing appendix row`);
    return requirement;
  }

  @FieldResolver(() => [Indicator], {
    description:
      "The indicators the obligation asks for: those of the catalogue that answer an item of the unit's appendix row, in the order of the items. This one list is what the unit's domain counts (submission: expectedItems, completeness, missing) and what its spreadsheet template lists. The section I quantities the targets are set on (IIP growth, GDP shares, …) are the committee's own figures, compiled from Cục Thống kê's statistics but answering no appendix item: they are never in an obligation, though Cục Thống kê may send them (submitObservations, a spreadsheet upload).",
  })
  indicators(@Root() obligation: ReportingObligation, @Ctx() { loaders }: PlanContext): Promise<Indicator[]> {
    return loaders.indicatorsByRequirement.load(obligation.requirementPosition);
  }
}
