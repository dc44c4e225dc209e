import { AUDIT_TRAIL_LIMIT_ARG, AuditEntry, AuditTrailFilter, readAuditTrail } from "@hpig/kit";
import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver } from "type-graphql";

import type { PlanContext } from "../context";
import { ReportingRequirement } from "../reporting-requirement/reporting-requirement.entity";
import { Target } from "../target/target.entity";
import { unknownCode } from "../unknown-code";
import { Plan } from "./plan.entity";

@Resolver(() => Plan)
export class PlanResolver {
  @Query(() => Plan, { nullable: true, description: "The plan in force; null until a plan has been imported." })
  plan(@Ctx() { db }: PlanContext): Promise<Plan | null> {
    return db.getRepository(Plan).findOne({ where: {} });
  }

  @FieldResolver(() => [Target], { description: "The numeric targets of section I, in document order." })
  targets(@Ctx() { db }: PlanContext): Promise<Target[]> {
    return db.getRepository(Target).find({ order: { position: "ASC" } });
  }

  @FieldResolver(() => [ReportingRequirement], {
    description: "What each reporting unit must send every December (the appendix), in appendix order.",
  })
  reportingRequirements(@Ctx() { db }: PlanContext): Promise<ReportingRequirement[]> {
    return db.getRepository(ReportingRequirement).find({ order: { position: "ASC" } });
  }

  @Authorized("committee", "standing-office")
  @FieldResolver(() => [AuditEntry], {
    description:
      'Changes to the plan registry, newest first: every change to its tasks, targets and reporting deadlines and every directive, answer, proposal and decision of the committee\'s work, each with who, when, and the record before and after. Its kinds of record (entityType): "Task" (committee { updateTask }, and decideProposal approving), "Target" (updateTarget), "ReportingObligation" (setReportingDeadline), "Directive" (issueDirective), "DirectiveResponse" (respondToDirective), "AdjustmentProposal" (proposeAdjustment, and decideProposal rejecting), "Plan" for the imports of plan documents, made by system principals ("system:import-plan", "system:seed") with no agency, and "Database" for backups and restores of this database ("database.backup", "database.restore" by "system:backup", "system:restore"; after names the backup). For the committee and the standing office only (others get FORBIDDEN). The domains keep their own trails of what they record.',
  })
  async auditTrail(
    @Ctx() { db, loaders }: PlanContext,
    @Arg("filter", () => AuditTrailFilter, {
      nullable: true,
      description: "Which changes; all when left out. An unknown agency is NOT_FOUND.",
    })
    filter?: AuditTrailFilter | null,
    @Arg("limit", () => Int, AUDIT_TRAIL_LIMIT_ARG)
    limit?: number | null,
  ): Promise<AuditEntry[]> {
    if (filter?.agency && !(await loaders.agency.load(filter.agency))) {
      throw unknownCode("agency", filter.agency, "filter.agency");
    }
    return readAuditTrail(db, filter, limit ?? 50);
  }
}
