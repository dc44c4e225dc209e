import { registerEnumType } from "type-graphql";

/** The reporting cycles of the plan: quarterly, six-monthly and yearly reports. */
export enum PeriodType {
  QUARTER = "QUARTER",
  HALF_YEAR = "HALF_YEAR",
  YEAR = "YEAR",
}

registerEnumType(PeriodType, {
  name: "PeriodType",
  description: "How long a reporting period is.",
  valuesConfig: {
    QUARTER: { description: 'A quarter, written "2013-Q2".' },
    HALF_YEAR: { description: 'A half year, written "2013-H1" (the six-monthly review, sơ kết).' },
    YEAR: { description: 'A year, written "2013" (the yearly review, tổng kết).' },
  },
});

/** A reporting period, read from its written form. */
export interface Period {
  text: string;
  type: PeriodType;
  year: number;
  /** ISO dates of its first and last day. */
  start: string;
  end: string;
}

const PERIOD = /^(\d{4})(?:-(Q[1-4]|H[12]))?$/;

/** Reads "2013", "2013-H1" or "2013-Q2"; null for anything else. */
export function parsePeriod(text: string): Period | null {
  const match = PERIOD.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const part = match[2];
  if (!part) return { text, type: PeriodType.YEAR, year, start: `${year}-01-01`, end: `${year}-12-31` };
  const index = Number(part.slice(1));
  const months = part.startsWith("Q") ? 3 : 6;
  const firstMonth = (index - 1) * months + 1;
  const lastMonth = firstMonth + months - 1;
  return {
    text,
    type: part.startsWith("Q") ? PeriodType.QUARTER : PeriodType.HALF_YEAR,
    year,
    start: `${year}-${pad(firstMonth)}-01`,
    end: `${year}-${pad(lastMonth)}-${pad(daysInMonth(year, lastMonth))}`,
  };
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
