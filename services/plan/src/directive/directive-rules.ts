import {
  addYears,
  callerPhrase,
  ErrorCode,
  ForbiddenError,
  hasRole,
  orList,
  type Principal,
  UserInputError,
} from "@hpig/kit";

import { isCalendarDate, ReportingErrorCode } from "../reporting-obligation/reporting-rules";
import { DUE_HORIZON_YEARS } from "./directive.input";

/** What a directive is about: a task, or an agency. */
export type DirectiveTarget =
  { taskCode: string; agencyCode?: undefined } | { agencyCode: string; taskCode?: undefined };

/** Exactly one of taskCode and agencyCode (a null or empty one counts as left out). */
export function directiveTarget(input: { taskCode?: string | null; agencyCode?: string | null }): DirectiveTarget {
  const { taskCode, agencyCode } = input;
  if (taskCode && agencyCode) {
    throw new UserInputError(
      "Give taskCode or agencyCode, not both: a directive is about one task (to its leads) or to one agency.",
      ErrorCode.BadUserInput,
      { field: "input" },
    );
  }
  if (taskCode) return { taskCode };
  if (agencyCode) return { agencyCode };
  throw new UserInputError(
    "Give taskCode (a directive about a task, to its leads) or agencyCode (a directive to an agency).",
    ErrorCode.BadUserInput,
    { field: "input" },
  );
}

/** A due date is a calendar date from `today` (Viet Nam) to DUE_HORIZON_YEARS ahead. */
export function assertDueOn(dueOn: string, today: string, field = "input.dueOn"): void {
  if (!isCalendarDate(dueOn)) {
    throw new UserInputError(
      `dueOn "${dueOn.slice(0, 40)}" is not a calendar date (YYYY-MM-DD)`,
      ReportingErrorCode.InvalidDate,
      {
        field,
      },
    );
  }
  if (dueOn < today) {
    throw new UserInputError(
      `dueOn ${dueOn} is in the past: a directive is due today (${today}, Viet Nam time) or later`,
      ReportingErrorCode.InvalidDate,
      { field },
    );
  }
  const latest = addYears(today, DUE_HORIZON_YEARS);
  if (dueOn > latest) {
    throw new UserInputError(
      `dueOn ${dueOn} is too far ahead: a directive is due within ${DUE_HORIZON_YEARS} years, by ${latest}`,
      ReportingErrorCode.InvalidDate,
      { field },
    );
  }
}

/**
 * The agency an answer is recorded for: the caller's, when the caller is an editor of an agency the
 * directive is addressed to. Anyone else is refused, told which agencies may answer.
 */
export function responderAgencyFor(
  principal: Principal | null,
  directive: { id: number; addressees: readonly string[] },
): string {
  const agency = hasRole(principal, "editor") ? principal!.agency : null;
  if (agency && directive.addressees.includes(agency)) return agency;
  throw new ForbiddenError(
    `Only an editor of ${orList(directive.addressees)} may respond to directive ${directive.id}; ${callerPhrase(principal)}.`,
    { needs: { role: "editor", agencies: directive.addressees } },
  );
}

/** The refusal of a caller who could answer no directive at all (no editor), whatever directive it names. */
export function assertMayRespondToSome(principal: Principal | null): void {
  if (hasRole(principal, "editor") && principal!.agency) return;
  throw new ForbiddenError(
    `Only an editor of an agency a directive is addressed to may respond to it; ${callerPhrase(principal)}.`,
    { needs: { role: "editor" } },
  );
}
