import { UserInputError } from "@hpig/kit";

/** Why a progress report or implementation plan was refused; stable codes clients can switch on. */
export const ProgressErrorCode = {
  UnknownTask: "UNKNOWN_TASK",
  TaskNotOwned: "TASK_NOT_OWNED",
  NotALead: "NOT_A_LEAD_AGENCY",
  InvalidPeriod: "INVALID_PERIOD",
  PeriodOutsideTask: "PERIOD_OUTSIDE_TASK",
  PeriodInFuture: "PERIOD_IN_FUTURE",
  PercentOutOfRange: "PERCENT_OUT_OF_RANGE",
  InconsistentState: "INCONSISTENT_STATE",
  InvalidDate: "INVALID_DATE",
  RevisionConflict: "REVISION_CONFLICT",
} as const;

export function progressError(
  code: (typeof ProgressErrorCode)[keyof typeof ProgressErrorCode],
  message: string,
  field?: string,
) {
  return new UserInputError(message, code, field ? { field } : undefined);
}
