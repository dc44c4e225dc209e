import { Arg, Authorized, Ctx, FieldResolver, type MiddlewareFn, Resolver, UseMiddleware } from "type-graphql";

import type { PlanContext } from "../context";
import { CommitteeMutations } from "../reporting-obligation/committee.resolver";
import { AssignmentRole } from "../task/task-assignment.entity";
import { DecideProposalInput, ProposeAdjustmentInput } from "./adjustment.input";
import { AdjustmentProposal } from "./adjustment-proposal";
import { assertMayProposeSome, proposerForChange, proposerForNewTask } from "./adjustment-rules";
import { decideProposal, proposeAdjustment } from "./adjustments";

/**
 * Who may propose is decided before the input is checked, like the role checks: a caller who may
 * not propose hears FORBIDDEN (naming who may), not what is wrong with a proposal it may not make.
 * The service checks again in its transaction.
 */
const proposersFirst: MiddlewareFn<PlanContext> = async ({ args, context }, next) => {
  const { principal, loaders } = context;
  assertMayProposeSome(principal);
  const input = args["input"] as
    { taskCode?: unknown; groupCode?: unknown; leadAgencies?: Array<{ agencyCode?: unknown }> | null } | undefined;
  if (typeof input?.taskCode === "string" && input.taskCode && !input.groupCode) {
    const assignments = await loaders.assignmentsByTask.load(input.taskCode);
    const leads = assignments.filter((a) => a.role === AssignmentRole.LEAD).map((a) => a.agencyCode);
    if (leads.length > 0) proposerForChange(principal, { code: input.taskCode, leads });
  } else if (input?.groupCode && !input.taskCode && Array.isArray(input.leadAgencies)) {
    proposerForNewTask(
      principal,
      input.leadAgencies.map((lead) => (typeof lead?.agencyCode === "string" ? lead.agencyCode : "")),
    );
  }
  return (await next()) as unknown;
};

/** Adjustment proposals of the lead agencies and the decisions on them, under mutation { committee { … } }. */
@Resolver(() => CommitteeMutations)
export class AdjustmentMutationsResolver {
  @Authorized()
  @UseMiddleware(proposersFirst)
  @FieldResolver(() => AdjustmentProposal, {
    nullable: true,
    description:
      "Proposes an adjustment of the plan to the People's Committee, for the signed-in editor's agency: a change of a task it leads (period, lead or coordinating agencies, title, coordination note; any of them, at least one), or a new task in a program group with the agency among its leads. Only an editor of such an agency may (FORBIDDEN otherwise, naming who may). Checked in full now against the registry, and recorded with the task's version it was made on and in the audit trail (adjustment.propose); the registry changes only once the standing office approves it (decideProposal). Refused, with nothing written or recorded: both or neither of taskCode and groupCode, nothing to change, a missing field of a new task, an empty or repeated agency list, an agency both lead and coordinating, a first year after the last, a blank or over-long text (BAD_USER_INPUT); an unknown task, group or agency (NOT_FOUND); a first lead that reports in no domain (LEAD_WITHOUT_DOMAIN); a change that leaves the task as it is (NO_CHANGE).",
  })
  proposeAdjustment(
    @Arg("input", () => ProposeAdjustmentInput, { description: "The task or group, what to change, and why." })
    input: ProposeAdjustmentInput,
    @Ctx() { db, principal, requestId }: PlanContext,
  ): Promise<AdjustmentProposal> {
    return proposeAdjustment(db, { principal, requestId }, input);
  }

  @Authorized("standing-office")
  @FieldResolver(() => AdjustmentProposal, {
    nullable: true,
    description:
      "Records the People's Committee's decision on an adjustment proposal (standing office only; others get FORBIDDEN). Approved, the registry changes as proposed in the same transaction: the task's years, title, note, lead and coordinating assignments (its domain follows its first lead) with its version one up, or the new task with its group's next number at the end of the group; the change shows in Task.registryHistory with the decision (adjustment.approve), and the domains take it up at their next registry sync. Rejected, the decision is recorded (adjustment.reject) and the registry is unchanged. Refused, with nothing written or recorded: an unknown proposal (NOT_FOUND), one decided already (PROPOSAL_ALREADY_DECIDED), approving one whose task has changed since it was made (VERSION_CONFLICT: the agency proposes again), a decidedOn that is no calendar date, in the future or before the proposal (INVALID_DATE), a blank decision number or an over-long note (BAD_USER_INPUT), a proposal the registry no longer allows (its agencies or group gone: NOT_FOUND, LEAD_WITHOUT_DOMAIN).",
  })
  decideProposal(
    @Arg("input", () => DecideProposalInput, { description: "The proposal, the decision and its number and date." })
    input: DecideProposalInput,
    @Ctx() { db, principal, requestId }: PlanContext,
  ): Promise<AdjustmentProposal> {
    return decideProposal(db, { principal, requestId }, input);
  }
}
