import { clock, recordAudit, runInTransaction, UserInputError } from "@hpig/kit";
import { Length, Matches } from "class-validator";
import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Resolver,
} from "type-graphql";

import { Agency } from "../agency/agency.entity";
import { AuditSubjectType, PlanAuditAction } from "../audit/plan-audit";
import type { PlanContext } from "../context";
import { Plan } from "../plan/plan.entity";
import { ReportingRequirement } from "../reporting-requirement/reporting-requirement.entity";
import { unknownCode } from "../unknown-code";
import { ReportingDeadline } from "./reporting-deadline.entity";
import { ReportingObligation } from "./reporting-obligation";
import { requirePlan } from "./reporting-obligation.resolver";
import { obligationsByKey } from "./reporting-obligations";
import {
  assertDeadlineFits,
  assertDecemberOrReason,
  assertReportingYear,
  defaultDeadline,
  ReportingErrorCode,
  reportingYearsOf,
} from "./reporting-rules";

@ObjectType("CommitteeMutations", {
  description:
    "The steering committee's work on the plan (mutation { committee { … } }): the registry, its targets and the reporting deadlines, entered by its standing office at Sở Công Thương; the committee's directives and the departments' answers to them; the lead agencies' adjustment proposals and the People's Committee's decisions on them. Each field says who may call it; every other caller gets FORBIDDEN. Every write is recorded in the plan's audit trail (plan { auditTrail }). A refused write's field is null with its error, and the other writes of the same request keep their results.",
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
    description:
      'The new deadline, "YYYY-MM-DD": a day in December of the reporting year, the month the plan names; any other date in the reporting year or the year after only with a reason.',
  })
  deadline!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "Why the deadline is set so (1–500 characters, not blank), e.g. the decision that moved it: required for a date outside December of the reporting year, optional otherwise. Stored and returned as ReportingObligation.deadlineReason, and kept in the audit entry.",
  })
  @Length(1, 500)
  @Matches(/\S/, { message: "reason must not be blank" })
  reason?: string | null;

  // Kept for the clients that send it: who set a deadline is now the signed-in caller.
  @Field(() => String, {
    nullable: true,
    deprecationReason:
      "The signed-in caller is recorded as who set the deadline; this text goes to the audit trail only.",
    description:
      "Optional, and no longer what is recorded as who set the deadline: that is the signed-in caller's name (ReportingObligation.deadlineSetBy). When given (1–255 characters, not blank), e.g. the decision's reference, it is kept in the audit entry (after.reference).",
  })
  @Length(1, 255)
  @Matches(/\S/, { message: "setBy must not be blank" })
  setBy?: string | null;
}

@Resolver()
export class CommitteeRootResolver {
  @Mutation(() => CommitteeMutations, {
    name: "committee",
    description:
      "Writes of the steering committee's work: the registry, targets and reporting deadlines (its standing office), directives (the committee and its standing office) and the answers to them (the addressed departments' editors), adjustment proposals (the lead agencies' editors) and the decisions on them (the standing office).",
  })
  committee(): CommitteeMutations {
    return new CommitteeMutations();
  }
}

@Resolver(() => CommitteeMutations)
export class CommitteeMutationsResolver {
  @Authorized("standing-office")
  @FieldResolver(() => ReportingObligation, {
    nullable: true,
    description:
      "Sets the deadline of one reporting unit's December obligation for one year, replacing the default (or an earlier decision); standing office only (others get FORBIDDEN). The deadline is a day in December of the reporting year, the month the plan names; another date needs a reason, which is stored (deadlineReason). The signed-in caller's name is recorded as who set it (deadlineSetBy), and the change goes into the audit trail with the deadline and reason before and after. Refused, with nothing written or recorded: an unknown agency (NOT_FOUND), an agency that is no appendix unit (NOT_A_REPORTING_UNIT), a year outside the plan's (BAD_USER_INPUT), a date off the calendar or outside the reporting year and the year after (INVALID_DATE), a date outside December of the reporting year without a reason (DEADLINE_OUTSIDE_DECEMBER), a blank or over-long reason (BAD_USER_INPUT).",
  })
  setReportingDeadline(
    @Arg("input", () => SetReportingDeadlineInput, { description: "The unit, the year and the new deadline." })
    input: SetReportingDeadlineInput,
    @Ctx() { db, settings, principal, requestId }: PlanContext,
  ): Promise<ReportingObligation> {
    if (!principal) throw new Error("setReportingDeadline ran without a signed-in caller");
    const now = clock.now();
    return runInTransaction(db, async (manager) => {
      const plan = requirePlan(await manager.getRepository(Plan).findOne({ where: {} }));
      const { agencyCode, year, deadline } = input;
      if (!(await manager.getRepository(Agency).existsBy({ code: agencyCode }))) {
        throw unknownCode("agency", agencyCode, "input.agencyCode");
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
      assertDecemberOrReason(deadline, year, input.reason, "input.deadline");
      const deadlines = manager.getRepository(ReportingDeadline);
      const previous = await deadlines.findOneBy({ agencyCode, year });
      const row = {
        agencyCode,
        year,
        deadline,
        setBy: principal.name.slice(0, 255),
        setAt: now.toISOString(),
        reason: input.reason?.trim() ?? null,
      };
      await deadlines.upsert(row, ["agencyCode", "year"]);
      await recordAudit(
        manager,
        { principal, requestId },
        {
          action: PlanAuditAction.DeadlineSet,
          entityType: "ReportingObligation",
          entityKey: `${agencyCode}/${year}`,
          before: previous
            ? { deadline: previous.deadline, setBy: previous.setBy, setAt: previous.setAt, reason: previous.reason }
            : { deadline: defaultDeadline(year, settings), setBy: null, setAt: null, reason: null },
          after: {
            deadline,
            setBy: row.setBy,
            setAt: row.setAt,
            reason: row.reason,
            reference: input.setBy?.trim() ?? null,
          },
          subjects: [
            { type: AuditSubjectType.ReportingObligation, key: `${agencyCode}/${year}` },
            { type: AuditSubjectType.Agency, key: agencyCode },
          ],
        },
        now,
      );
      const [obligation] = await obligationsByKey(manager, plan, [{ agencyCode, year }], settings);
      if (!obligation) throw new Error(`the obligation of ${agencyCode} for ${year} vanished while being set`);
      return obligation;
    });
  }
}
