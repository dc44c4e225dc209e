import { Arg, Authorized, Ctx, FieldResolver, Resolver } from "type-graphql";

import type { PlanContext } from "../context";
import { CommitteeMutations } from "../reporting-obligation/committee.resolver";
import { Target } from "../target/target.entity";
import { Task } from "../task/task.entity";
import { updateTarget, updateTask } from "./registry-edit";
import { UpdateTargetInput, UpdateTaskInput } from "./registry-edit.input";

/** The standing office's edits of the registry, under mutation { committee { … } }. */
@Resolver(() => CommitteeMutations)
export class RegistryEditResolver {
  @Authorized("standing-office")
  @FieldResolver(() => Task, {
    nullable: true,
    description:
      "Changes a task's title, coordination note or years (standing office only; others get FORBIDDEN). Written only if expectedVersion is the task's current version, which then goes up by one; recorded in the audit trail (Task.registryHistory, plan { auditTrail }). Refused, with nothing written or recorded: an unknown code (NOT_FOUND), a stale expectedVersion (VERSION_CONFLICT, naming the current version), an empty or blank text, years outside 2000–2100 or a first year after the last, nothing to change (BAD_USER_INPUT). A change to values the task already has writes nothing. The domains pick up changed years at their next registry sync (every few minutes).",
  })
  updateTask(
    @Arg("input", () => UpdateTaskInput, { description: "The task, the version you read, and what to change." })
    input: UpdateTaskInput,
    @Ctx() { db, principal, requestId }: PlanContext,
  ): Promise<Task> {
    return updateTask(db, { principal, requestId }, input);
  }

  @Authorized("standing-office")
  @FieldResolver(() => Target, {
    nullable: true,
    description:
      "Changes a target's band or direction (standing office only; others get FORBIDDEN). Written only if expectedVersion is the target's current version, which then goes up by one; recorded in the audit trail with the band and direction before and after. Refused, with nothing written or recorded: an unknown code (NOT_FOUND), a stale expectedVersion (VERSION_CONFLICT, naming the current version), min above max, a bound its measure cannot take or with more than 3 decimals, a direction that is not AT_LEAST, AT_MOST or WITHIN_BAND, nothing to change (BAD_USER_INPUT). A change to values the target already has writes nothing. The next verdict judges by the new band and direction.",
  })
  updateTarget(
    @Arg("input", () => UpdateTargetInput, {
      description: "The target, the version you read, and its new bounds or direction.",
    })
    input: UpdateTargetInput,
    @Ctx() { db, principal, requestId }: PlanContext,
  ): Promise<Target> {
    return updateTarget(db, { principal, requestId }, input);
  }
}
