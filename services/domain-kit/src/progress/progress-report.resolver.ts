import { FieldResolver, Resolver, Root } from "type-graphql";

import { Agency, agencyReference } from "../agency/agency.reference";
import { ImplementationPlan } from "./implementation-plan.entity";
import { ProgressReport } from "./progress-report.entity";

@Resolver(() => ProgressReport)
export class ProgressReportResolver {
  @FieldResolver(() => Agency, { description: "The lead agency that reported." })
  reportingAgency(@Root() report: ProgressReport): Agency {
    return agencyReference(report.reportingAgency);
  }
}

@Resolver(() => ImplementationPlan)
export class ImplementationPlanResolver {
  @FieldResolver(() => Agency, { description: "The lead agency whose plan it is." })
  reportingAgency(@Root() plan: ImplementationPlan): Agency {
    return agencyReference(plan.reportingAgency);
  }
}
