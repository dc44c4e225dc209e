import { ErrorCode, UserInputError, runInTransaction } from "@hpig/kit";
import { Length, Matches } from "class-validator";
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Resolver } from "type-graphql";
import { Agency } from "../agency/agency.entity";
import type { PlanContext } from "../context";
import { Plan } from "../plan/plan.entity";
import { ReportingRequirement } from "../reporting-requirement/reporting-requirement.entity";
import { ReportingDeadline } from "./reporting-deadline.entity";
import { ReportingObligation } from "./reporting-obligation";
import { requirePlan } from "./reporting-obligation.resolver";
import { obligationsByKey } from "./reporting-obligations";
import { ReportingErrorCode, assertDeadlineFits, assertReportingYear, reportingYearsOf } from "./reporting-rules";

@ObjectType("CommitteeMutations", {
  description: "What the steering committee decides (mutation { committee { … } }).",
})
export class CommitteeMutations {}

@InputType("SetReportingDeadlineInput", { description: "A deadline for one reporting unit's obligation of one year." })
export class SetReportingDeadlineInput {
  @Field(() => ID, { description: 'The reporting unit: an agency of the appendix, e.g. "THONGKE".' })
  agencyCode!: string;

  @Field(() => Int, { description: "The reporting year, within the plan's (its year of issue to its horizon)." })
  year!: number;

  // A String, checked here rather than by the LocalDate scalar: a date off the calendar is then an
  // INVALID_DATE error the gateway passes on, not a variable coercion failure it reports as a 400.
  @Field(() => String, {
    description: 'The new deadline, "YYYY-MM-DD": a calendar date in the reporting year or the year after.',
  })
  deadline!: string;

  @Field(() => String, { description: "Who decides it (name and position, or the decision's reference)." })
  @Length(1, 255)
  @Matches(/\S/, { message: "setBy must not be blank" })
  setBy!: string;
}

@Resolver()
export class CommitteeRootResolver {
  @Mutation(() => CommitteeMutations, { name: "committee", description: "Writes of the steering committee." })
  committee(): CommitteeMutations {
    return new CommitteeMutations();
  }
}

@Resolver(() => CommitteeMutations)
export class CommitteeMutationsResolver {
  @FieldResolver(() => ReportingObligation, {
    description:
      "Sets the deadline of one reporting unit's December obligation for one year, replacing the default (or an earlier decision). Refused, with nothing written: an unknown agency (NOT_FOUND), an agency that is no appendix unit (NOT_A_REPORTING_UNIT), a year outside the plan's (BAD_USER_INPUT), a date outside the reporting year and the year after (INVALID_DATE).",
  })
  setReportingDeadline(
    @Arg("input", () => SetReportingDeadlineInput) input: SetReportingDeadlineInput,
    @Ctx() { db, settings }: PlanContext,
  ): Promise<ReportingObligation> {
    return runInTransaction(db, async (manager) => {
      const plan = requirePlan(await manager.getRepository(Plan).findOne({ where: {} }));
      const { agencyCode, year, deadline } = input;
      if (!(await manager.getRepository(Agency).existsBy({ code: agencyCode }))) {
        throw new UserInputError(
          `Unknown agency code "${agencyCode}"; see agencies for the codes.`,
          ErrorCode.NotFound,
          {
            field: "input.agencyCode",
          },
        );
      }
      if (!(await manager.getRepository(ReportingRequirement).existsBy({ agencyCode }))) {
        throw new UserInputError(
          `${agencyCode} is not a reporting unit of the plan's appendix; see plan { reportingRequirements } for the units.`,
          ReportingErrorCode.NotAReportingUnit,
          { field: "input.agencyCode" },
        );
      }
      assertReportingYear(year, reportingYearsOf(plan), "input.year");
      assertDeadlineFits(deadline, year, "input.deadline");
      await manager.getRepository(ReportingDeadline).upsert(
        {
          agencyCode,
          year,
          deadline,
          setBy: input.setBy.trim(),
          setAt: new Date().toISOString(),
        },
        ["agencyCode", "year"],
      );
      const [obligation] = await obligationsByKey(manager, plan, [{ agencyCode, year }], settings);
      if (!obligation) throw new Error(`the obligation of ${agencyCode} for ${year} vanished while being set`);
      return obligation;
    });
  }
}
