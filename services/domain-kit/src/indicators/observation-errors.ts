/** Why a figure was refused; stable codes for clients and for spreadsheet error reports. */
export const ObservationErrorCode = {
  UnknownIndicator: "UNKNOWN_INDICATOR",
  InvalidPeriod: "INVALID_PERIOD",
  PeriodTypeNotAllowed: "PERIOD_TYPE_NOT_ALLOWED",
  PeriodInFuture: "PERIOD_IN_FUTURE",
  UnknownDimension: "UNKNOWN_DIMENSION",
  UnknownCode: "UNKNOWN_CODE",
  DuplicateCell: "DUPLICATE_CELL",
  OutOfRange: "VALUE_OUT_OF_RANGE",
  NotWholeNumber: "NOT_A_WHOLE_NUMBER",
  CrossCheckFailed: "CROSS_CHECK_FAILED",
} as const;

export type ObservationErrorCodeValue = (typeof ObservationErrorCode)[keyof typeof ObservationErrorCode];

/** One refused figure: which one (0-based position in the submission), which field, why. */
export interface ObservationProblem {
  index: number;
  field: string;
  code: ObservationErrorCodeValue;
  message: string;
}

/** The code of the error a whole refused submission raises; its details list every problem. */
export const INVALID_OBSERVATIONS = "INVALID_OBSERVATIONS";
