import { RequiredFigures } from "@hpig/kit";
import { GraphQLDateTimeISO, GraphQLLocalDate } from "graphql-scalars";
import { Field, ID, Int, InterfaceType, ObjectType } from "type-graphql";

import { Domain } from "../domain/domain";
import { createDomainTypes, domainTypeName } from "../domain/domain-types";

/**
 * One appendix unit's December obligation of one year. Not stored: computed from the appendix
 * (reporting_requirement), the unit's domain and the deadline (the default, or the committee's).
 * In GraphQL an interface, typed by the unit's domain, whose subgraph holds what was sent.
 */
@InterfaceType("ReportingObligation", {
  description:
    "What one reporting unit of the appendix owes the committee's standing office for one reporting year: the figures of its appendix row's indicators (indicators) that the row asks for (requiredFigures), by the deadline. The unit's domain serves what it has sent (submission), counted against exactly that list, and the same list is the unit's spreadsheet template.",
  resolveType: (obligation: ReportingObligation) => domainTypeName(obligation.domain, "ReportingObligation"),
  autoRegisterImplementations: true,
})
export abstract class ReportingObligation {
  @Field(() => ID, { description: 'The reporting unit (agency code), e.g. "THONGKE".' })
  agencyCode!: string;

  @Field(() => Int, {
    description:
      "The reporting year: the unit sends this year's figures in its December, and where requiredFigures says so the official figures of the year before.",
  })
  year!: number;

  @Field(() => RequiredFigures, {
    description:
      "Which figures the obligation asks for, as the unit's appendix row words them (ReportingRequirement.requiredFigures): the previous year's official figure and the reporting year's estimate (Cục Thống kê), or the reporting year's figure of any status (every other unit).",
  })
  requiredFigures!: RequiredFigures;

  @Field(() => GraphQLLocalDate, {
    description:
      "When the figures are due: the deadline the committee set for this unit and year, otherwise the standard deadline of the reporting year (31 December by default). A day in December of the reporting year, unless the committee recorded why not (deadlineReason).",
  })
  deadline!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "Who set this unit's deadline for the year: the name of the signed-in caller who set it (committee { setReportingDeadline }); null when the default applies.",
  })
  deadlineSetBy!: string | null;

  @Field(() => GraphQLDateTimeISO, {
    nullable: true,
    description: "When that deadline was set; null when the default applies.",
  })
  deadlineSetAt!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Why the committee set this deadline, as the standing office recorded it (committee { setReportingDeadline(input: { reason }) }): required for a deadline outside December of the reporting year, optional otherwise; null when none was given or the default applies.",
  })
  deadlineReason!: string | null;

  @Field(() => Domain, { description: "The domain of the reporting unit, which holds what it sends." })
  domain!: Domain;

  /** The appendix row (ReportingRequirement.position). */
  requirementPosition!: number;
}

/** IndustryReportingObligation, LabourReportingObligation, …, keyed by unit and year. */
export const REPORTING_OBLIGATION_TYPES = createDomainTypes({
  kind: "ReportingObligation",
  implements: ReportingObligation,
  key: "agencyCode year",
  describe: (domain) => `The December obligation of a reporting unit of the ${domain} domain for one year.`,
});

@ObjectType("ReportingCycle", {
  description: "One year's December round of the appendix: every reporting unit's obligation for that year.",
})
export class ReportingCycle {
  @Field(() => Int, { description: "The reporting year." })
  year!: number;

  @Field(() => [ReportingObligation], { description: "One obligation per reporting unit, in appendix order." })
  obligations!: ReportingObligation[];
}
