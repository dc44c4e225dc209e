import { ErrorCode, UserInputError } from "@hpig/kit";
import { z } from "zod";

/** The default deadline of every December obligation, "12-DD": 31 December of the reporting year. */
export const DEFAULT_REPORTING_DEADLINE = "12-31";

/** Stable codes of the committee's refusals beyond the kit's BAD_USER_INPUT and NOT_FOUND. */
export const ReportingErrorCode = {
  NotAReportingUnit: "NOT_A_REPORTING_UNIT",
  InvalidDate: "INVALID_DATE",
  /** A deadline outside December of the reporting year, sent without a reason. */
  DeadlineOutsideDecember: "DEADLINE_OUTSIDE_DECEMBER",
} as const;

/** What the plan subgraph reads from its environment for the reporting cycle. */
export interface ReportingSettings {
  /** Default deadline in December of the reporting year, "12-DD". */
  reportingDeadline: string;
}

/** True for "12-DD", a day of December. */
export function isDecemberDay(monthDay: string): boolean {
  return /^12-(0[1-9]|[12]\d|3[01])$/.test(monthDay);
}

/** `REPORTING_DEADLINE`: a day of December, "12-DD": section III asks for the figures every December. */
export const reportingDeadlineSetting = z
  .string()
  .refine(
    isDecemberDay,
    'must be a day of December, "12-DD" from "12-01" to "12-31": the plan asks for the figures every December',
  )
  .default(DEFAULT_REPORTING_DEADLINE);

/** True for an ISO date "YYYY-MM-DD" that is on the calendar. */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The deadline of a reporting year when the committee has set none: the configured day of that year. */
export function defaultDeadline(year: number, settings: ReportingSettings): string {
  return `${String(year).padStart(4, "0")}-${settings.reportingDeadline}`;
}

/** The years a plan asks for reports: from the year it was issued to its horizon. */
export interface ReportingYears {
  first: number;
  last: number;
}

export function reportingYearsOf(plan: { issuedOn: string; horizonYear: number }): ReportingYears {
  return { first: Number(plan.issuedOn.slice(0, 4)), last: plan.horizonYear };
}

export function isReportingYear(year: number, years: ReportingYears): boolean {
  return Number.isInteger(year) && year >= years.first && year <= years.last;
}

/** Refuses a year outside the plan's reporting years, naming the range. */
export function assertReportingYear(year: number, years: ReportingYears, field = "year"): void {
  if (!isReportingYear(year, years)) {
    throw new UserInputError(
      `${nameOf(field)} ${year} is outside the plan's reporting years ${years.first}–${years.last}`,
      ErrorCode.BadUserInput,
      { field },
    );
  }
}

/**
 * Refuses a deadline that is no calendar date, or that falls outside the reporting year and the
 * year after it (the December figures of year Y are due in Y, or at the latest in Y + 1).
 */
export function assertDeadlineFits(deadline: string, year: number, field = "deadline"): void {
  if (!isCalendarDate(deadline)) {
    throw new UserInputError(
      `${nameOf(field)} "${deadline}" is not a calendar date (YYYY-MM-DD)`,
      ReportingErrorCode.InvalidDate,
      {
        field,
      },
    );
  }
  const earliest = `${year}-01-01`;
  const latest = `${year + 1}-12-31`;
  if (deadline < earliest || deadline > latest) {
    throw new UserInputError(
      `${nameOf(field)} ${deadline} must fall between ${earliest} and ${latest}: in reporting year ${year} or the year after`,
      ReportingErrorCode.InvalidDate,
      { field },
    );
  }
}

/** True when the deadline falls in December of the reporting year, the month section III names. */
export function isInDecemberOf(deadline: string, year: number): boolean {
  return deadline.startsWith(`${String(year).padStart(4, "0")}-12-`);
}

/**
 * Refuses a deadline outside December of the reporting year unless a reason is given: the plan
 * asks for the figures "định kỳ tháng 12 hàng năm" (every December), so another date is the
 * committee's exception, and the exception is recorded with its reason.
 */
export function assertDecemberOrReason(
  deadline: string,
  year: number,
  reason: string | null | undefined,
  field = "deadline",
): void {
  if (isInDecemberOf(deadline, year) || (reason ?? "").trim() !== "") return;
  throw new UserInputError(
    `${nameOf(field)} ${deadline} is not in December ${year}, the month the plan names for the reporting year's figures; a deadline outside it needs a reason (reason, 1–500 characters)`,
    ReportingErrorCode.DeadlineOutsideDecember,
    { field },
  );
}

/** "input.year" → "year": the field as the message names it. */
function nameOf(field: string): string {
  return field.split(".").at(-1) ?? field;
}
