import { ErrorCode, parsePeriod, type Period, PeriodType, UserInputError } from "@hpig/kit";

import type { ReportingYears } from "../reporting-obligation/reporting-rules";
import { isCalendarDate } from "../reporting-obligation/reporting-rules";
import { CommitteeDocumentKind } from "./committee-document.entity";

/** Why a committee document was refused, beyond BAD_USER_INPUT; stable codes clients can switch on. */
export const DocumentErrorCode = {
  InvalidPeriod: "INVALID_PERIOD",
  PeriodNotBegun: "PERIOD_NOT_BEGUN",
  InvalidDate: "INVALID_DATE",
  RevisionConflict: "REVISION_CONFLICT",
  /** A submitted quarterly report is not changed again. */
  DocumentSubmitted: "DOCUMENT_SUBMITTED",
  /** A quarterly report is submitted with its overall assessment written. */
  IncompleteReport: "INCOMPLETE_REPORT",
} as const;

/** The longest text of a section, of conclusions or decisions (a long report runs to a few pages). */
export const MAX_SECTION_LENGTH = 10_000;

/** "2016-Q2" for a quarterly report; anything else is INVALID_PERIOD. */
export function quarterOf(text: string, years: ReportingYears, field = "period"): Period {
  const period = parsePeriod(text);
  if (!period || period.type !== PeriodType.QUARTER) {
    throw new UserInputError(`Period "${text}" is not a quarter; write "2016-Q2".`, DocumentErrorCode.InvalidPeriod, {
      field,
    });
  }
  return withinPlan(period, years, field);
}

/** "2016-H1" (six-monthly) or "2016" (annual) for a review, with its kind. */
export function reviewPeriodOf(
  text: string,
  years: ReportingYears,
  field = "period",
): { period: Period; kind: CommitteeDocumentKind } {
  const period = parsePeriod(text);
  if (!period || period.type === PeriodType.QUARTER) {
    throw new UserInputError(
      `Period "${text}" is not a review's: write "2016-H1" or "2016-H2" for a six-monthly review, "2016" for the annual one.`,
      DocumentErrorCode.InvalidPeriod,
      { field },
    );
  }
  const kind = period.type === PeriodType.YEAR ? CommitteeDocumentKind.ANNUAL : CommitteeDocumentKind.SIX_MONTH;
  return { period: withinPlan(period, years, field), kind };
}

function withinPlan(period: Period, years: ReportingYears, field: string): Period {
  if (period.year < years.first || period.year > years.last) {
    throw new UserInputError(
      `Period ${period.text} is outside the plan's years ${years.first}–${years.last}.`,
      DocumentErrorCode.InvalidPeriod,
      { field },
    );
  }
  return period;
}

/** A document is about a period that has begun: there is nothing to compile before. */
export function assertBegun(period: Period, today: string, field = "period"): void {
  if (period.start > today) {
    throw new UserInputError(
      `Period ${period.text} has not begun yet (it starts ${period.start}).`,
      DocumentErrorCode.PeriodNotBegun,
      { field },
    );
  }
}

/** The date a document's content is compiled for: the period's last day, or an earlier day it was closed. */
export function documentAsOf(period: Period, closedOn: string): string {
  return closedOn < period.end ? closedOn : period.end;
}

/**
 * The date a report is submitted or a review meeting held: a calendar date from the first day of the
 * period's last month (a review may meet in the period's closing weeks) to today.
 */
export function assertClosingDate(value: string, period: Period, today: string, field: string): void {
  if (!isCalendarDate(value)) {
    throw new UserInputError(
      `${field} "${value}" is not a calendar date (YYYY-MM-DD).`,
      DocumentErrorCode.InvalidDate,
      {
        field,
      },
    );
  }
  const lastMonthStart = `${period.end.slice(0, 7)}-01`;
  if (value < lastMonthStart || value > today) {
    throw new UserInputError(
      `${field} ${value} must be from ${lastMonthStart} (the last month of ${period.text}) to today, ${today}.`,
      DocumentErrorCode.InvalidDate,
      { field },
    );
  }
}

/** The revision a write builds on must be the latest: lost updates are refused, naming the current one. */
export function assertExpectedRevision(expected: number | null | undefined, current: number, what: string): void {
  if ((expected ?? 0) === current) return;
  throw new UserInputError(
    current === 0
      ? `${what} has not been saved yet: leave expectedRevision out (or send 0).`
      : `${what} is at revision ${current}, not ${expected ?? "(none given)"}: it has changed since you read it. Read it again, and apply your change to revision ${current}.`,
    DocumentErrorCode.RevisionConflict,
    { field: "input.expectedRevision", expectedRevision: expected ?? null, currentRevision: current },
  );
}

/** Text that must say something: not empty, not only white space. */
export function assertNotBlank(value: string, field: string): void {
  if (!/\S/u.test(value)) {
    throw new UserInputError(`${field} must not be blank.`, ErrorCode.BadUserInput, { field });
  }
}
