import { ObservationPeriodType } from "./indicator-definition";

/** An observation's period, read from its written form. */
export interface ObservationPeriod {
  text: string;
  type: ObservationPeriodType;
  year: number;
  /** ISO dates of its first and last day. */
  start: string;
  end: string;
}

const PERIOD = /^(\d{4})(?:-(Q[1-4]|0[1-9]|1[0-2]))?$/;

/** Reads "2015", "2015-Q3" or "2015-07"; null for anything else. */
export function parseObservationPeriod(text: string): ObservationPeriod | null {
  const match = PERIOD.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const part = match[2];
  if (!part) return { text, type: ObservationPeriodType.YEAR, year, start: `${year}-01-01`, end: `${year}-12-31` };
  const quarter = part.startsWith("Q");
  const firstMonth = quarter ? (Number(part.slice(1)) - 1) * 3 + 1 : Number(part);
  const lastMonth = quarter ? firstMonth + 2 : firstMonth;
  return {
    text,
    type: quarter ? ObservationPeriodType.QUARTER : ObservationPeriodType.MONTH,
    year,
    start: `${year}-${pad(firstMonth)}-01`,
    end: `${year}-${pad(lastMonth)}-${pad(new Date(Date.UTC(year, lastMonth, 0)).getUTCDate())}`,
  };
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}
