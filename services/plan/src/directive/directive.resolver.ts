import { Arg, Authorized, Ctx, FieldResolver, type MiddlewareFn, Resolver, UseMiddleware } from "type-graphql";

import type { PlanContext } from "../context";
import { recordIdOf } from "../record-id";
import { CommitteeMutations } from "../reporting-obligation/committee.resolver";
import { Directive } from "./directive";
import { IssueDirectiveInput, RespondToDirectiveInput } from "./directive.input";
import { assertMayRespondToSome, responderAgencyFor } from "./directive-rules";
import { issueDirective, respondToDirective } from "./directives";

/**
 * Who may answer is decided before the input is checked, like the role checks: a caller who may not
 * answer hears FORBIDDEN (naming who may), not what is wrong with an answer it may not give. The
 * service checks again in its transaction.
 */
const respondersFirst: MiddlewareFn<PlanContext> = async ({ args, context }, next) => {
  const raw = (args["input"] as { directiveId?: unknown } | undefined)?.directiveId;
  const id = typeof raw === "string" ? recordIdOf(raw) : null;
  const directive = id === null ? null : await context.loaders.directive.load(id);
  if (directive) {
    const addressees = await context.loaders.directiveAddressees.load(directive.id);
    responderAgencyFor(context.principal, { id: directive.id, addressees: addressees.map((a) => a.agencyCode) });
  } else {
    assertMayRespondToSome(context.principal);
  }
  return (await next()) as unknown;
};

/** The committee's directives and the departments' answers, under mutation { committee { … } }. */
@Resolver(() => CommitteeMutations)
export class DirectiveMutationsResolver {
  @Authorized("committee", "standing-office")
  @FieldResolver(() => Directive, {
    nullable: true,
    description:
      "Issues a directive (chỉ đạo) of the committee: about a task (taskCode), addressed to the task's lead agencies of the moment, or to one agency (agencyCode). For the committee and the standing-office roles (others get FORBIDDEN); the signed-in caller is recorded as who issued it (issuedBy), and the directive goes into the audit trail (directive.issue). Returns it as it stands today. Refused, with nothing written or recorded: both or neither of taskCode and agencyCode, a blank text or one over 4000 characters (BAD_USER_INPUT), an unknown task or agency (NOT_FOUND), a dueOn that is no calendar date, before today (Viet Nam time) or more than 2 years ahead (INVALID_DATE).",
  })
  issueDirective(
    @Arg("input", () => IssueDirectiveInput, { description: "What it is about, what it directs and when it is due." })
    input: IssueDirectiveInput,
    @Ctx() { db, principal, requestId }: PlanContext,
  ): Promise<Directive> {
    return issueDirective(db, { principal, requestId }, input);
  }

  @Authorized()
  @UseMiddleware(respondersFirst)
  @FieldResolver(() => Directive, {
    nullable: true,
    description:
      "Records an answer to a directive for the signed-in editor's agency, which must be one the directive is addressed to (FORBIDDEN for anyone else, naming the agencies that may answer). Answering again adds another answer; earlier ones are kept. Recorded in the audit trail (directive.respond). Returns the directive as it stands today. Refused, with nothing written or recorded: an unknown directive (NOT_FOUND), a blank text or one over 4000 characters, a documentRef over 255 characters (BAD_USER_INPUT).",
  })
  respondToDirective(
    @Arg("input", () => RespondToDirectiveInput, { description: "The directive and the answer." })
    input: RespondToDirectiveInput,
    @Ctx() { db, principal, requestId }: PlanContext,
  ): Promise<Directive> {
    return respondToDirective(db, { principal, requestId }, input);
  }
}
