import { callerPhrase, ErrorCode, ForbiddenError, hasRole, orList, type Principal, UserInputError } from "@hpig/kit";

import type { TaskChange } from "../registry-edit/task-terms";
import type { ProposeAdjustmentInput } from "./adjustment.input";
import type { ProposedChanges } from "./adjustment-proposal.entity";

/** Stable codes of the refusals of proposals and decisions beyond BAD_USER_INPUT, NOT_FOUND and FORBIDDEN. */
export const AdjustmentErrorCode = {
  /** The proposed change would leave the task exactly as it is. */
  NoChange: "NO_CHANGE",
  /** The proposal has been decided already; a proposal is decided once. */
  AlreadyDecided: "PROPOSAL_ALREADY_DECIDED",
} as const;

/** What a proposal is about: a task to change, or a group to add a task to. */
export type ProposalTarget = { taskCode: string; groupCode?: undefined } | { groupCode: string; taskCode?: undefined };

/** Exactly one of taskCode and groupCode (a null or empty one counts as left out). */
export function proposalTarget(input: { taskCode?: string | null; groupCode?: string | null }): ProposalTarget {
  const { taskCode, groupCode } = input;
  if (taskCode && groupCode) {
    throw new UserInputError(
      "Give taskCode (a change of that task) or groupCode (a new task in that group), not both.",
      ErrorCode.BadUserInput,
      { field: "input" },
    );
  }
  if (taskCode) return { taskCode };
  if (groupCode) return { groupCode };
  throw new UserInputError(
    "Give taskCode (a change of that task) or groupCode (a new task in that group).",
    ErrorCode.BadUserInput,
    { field: "input" },
  );
}

/** The changes a proposal asks for, as stored: texts trimmed, what is left out (or null) absent. */
export function proposedChangesOf(input: ProposeAdjustmentInput): ProposedChanges {
  const changes: ProposedChanges = {};
  if (input.title != null) changes.title = input.title.trim();
  if (input.startYear != null) changes.startYear = input.startYear;
  if (input.endYear != null) changes.endYear = input.endYear;
  if (input.coordinationNote != null) changes.coordinationNote = input.coordinationNote.trim();
  if (input.leadAgencies != null) {
    if (input.leadAgencies.length === 1 && input.leadAgencies[0].scope != null) {
      throw new UserInputError(
        "scope is for a task with several leads (the sub-item each answers for); leave it out for a single lead",
        ErrorCode.BadUserInput,
        { field: "input.leadAgencies.0.scope" },
      );
    }
    changes.leadAgencies = input.leadAgencies.map((lead) => ({
      agencyCode: lead.agencyCode,
      scope: lead.scope?.trim() ?? null,
    }));
  }
  if (input.coordinatingAgencies != null) changes.coordinatingAgencies = [...input.coordinatingAgencies];
  return changes;
}

/** The registry change a proposal's changes make. */
export function taskChangeOf(changes: ProposedChanges): TaskChange {
  return {
    ...(changes.title !== undefined ? { title: changes.title } : {}),
    ...(changes.startYear !== undefined ? { startYear: changes.startYear } : {}),
    ...(changes.endYear !== undefined ? { endYear: changes.endYear } : {}),
    ...(changes.coordinationNote !== undefined ? { coordinationNote: changes.coordinationNote } : {}),
    ...(changes.leadAgencies !== undefined ? { leads: changes.leadAgencies } : {}),
    ...(changes.coordinatingAgencies !== undefined ? { coordinators: changes.coordinatingAgencies } : {}),
  };
}

/** Every agency code a proposal names. */
export function agenciesNamed(changes: ProposedChanges): string[] {
  return [
    ...new Set([
      ...(changes.leadAgencies ?? []).map((lead) => lead.agencyCode),
      ...(changes.coordinatingAgencies ?? []),
    ]),
  ];
}

/** A change names nothing to change. */
export function assertSomethingProposed(changes: ProposedChanges): void {
  if (Object.keys(changes).length === 0) {
    throw new UserInputError(
      "Nothing to change: give at least one of title, startYear, endYear, leadAgencies, coordinatingAgencies, coordinationNote.",
      ErrorCode.BadUserInput,
      { field: "input" },
    );
  }
}

/** A new task needs its title, years and leads. */
export function assertNewTaskComplete(changes: ProposedChanges): void {
  const missing = (["title", "startYear", "endYear", "leadAgencies"] as const).filter(
    (field) => changes[field] === undefined,
  );
  if (missing.length > 0) {
    throw new UserInputError(`A new task needs ${missing.join(", ")}.`, ErrorCode.BadUserInput, {
      field: `input.${missing[0]}`,
    });
  }
}

/** The editor's agency, or null. */
function editorAgency(principal: Principal | null): string | null {
  return hasRole(principal, "editor") && principal!.agency ? principal!.agency : null;
}

/** A change of a task is proposed by an editor of one of its leads, for that agency. */
export function proposerForChange(
  principal: Principal | null,
  task: { code: string; leads: readonly string[] },
): string {
  const agency = editorAgency(principal);
  if (agency && task.leads.includes(agency)) return agency;
  throw new ForbiddenError(
    `Only an editor of ${orList(task.leads)} (leading task ${task.code}) may propose an adjustment of it; ${callerPhrase(principal)}.`,
    { needs: { role: "editor", agencies: task.leads } },
  );
}

/** A new task is proposed by an editor of an agency among its proposed leads. */
export function proposerForNewTask(principal: Principal | null, leads: readonly string[]): string {
  const agency = editorAgency(principal);
  if (agency && leads.includes(agency)) return agency;
  throw new ForbiddenError(
    agency
      ? `A new task is proposed by an editor of one of its lead agencies: add ${agency} to leadAgencies (${orList(leads)}), or ask an editor of one of them; ${callerPhrase(principal)}.`
      : `Only an editor of an agency that is to lead a new task may propose it; ${callerPhrase(principal)}.`,
    { needs: { role: "editor", agencies: leads } },
  );
}

/** The refusal of a caller who could propose nothing at all (no editor of an agency). */
export function assertMayProposeSome(principal: Principal | null): void {
  if (editorAgency(principal)) return;
  throw new ForbiddenError(
    `Only an editor of a lead agency may propose an adjustment, for a task its agency leads or a new task it is to lead; ${callerPhrase(principal)}.`,
    { needs: { role: "editor" } },
  );
}
