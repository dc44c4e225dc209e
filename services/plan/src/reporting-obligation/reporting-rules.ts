import { ErrorCode, UserInputError } from "@hpig/kit";
import { z } from "zod";

/** The default deadline of every December obligation, "MM-DD": 31 December of the reporting year. */
export const DEFAULT_REPORTING_DEADLINE = "12-31";

/** Stable codes of the committee's refusals beyond the kit's BAD_USER_INPUT and NOT_FOUND. */
export const ReportingErrorCode = {
  NotAReportingUnit: "NOT_A_REPORTING_UNIT",
  InvalidDate: "INVALID_DATE",
} as const;

/** What the plan subgraph reads from its environment for the reporting cycle. */
export interface ReportingSettings {
  /** Default deadline within the reporting year, "MM-DD". */
  reportingDeadline: string;
}

/** True when "MM-DD" is a day of every year (so "02-29" is not). */
export function isMonthDayOfEveryYear(monthDay: string): boolean {
  const match = /^(\d{2})-(\d{2})$/.exec(monthDay);
  if (!match) return false;
  // 2023 is not a leap year: a day it has, every year has.
  return isCalendarDate(`2023-${monthDay}`);
}

/** `REPORTING_DEADLINE`: "MM-DD", a day every year has. */
export const reportingDeadlineSetting = z
  .string()
  .regex(/^\d{2}-\d{2}$/, 'must be "MM-DD", e.g. "12-31"')
  .refine(isMonthDayOfEveryYear, 'must be a day every year has, e.g. "12-31" ("02-29" is not)')
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

/** "input.year" → "year": the field as the message names it. */
function nameOf(field: string): string {
  return field.split(".").at(-1) ?? field;
}
