import { type Period, PeriodType } from "@hpig/kit";

import type { Rng } from "./sample-random";

const DAY_MS = 24 * 60 * 60 * 1000;

/** The ISO date `days` after `date` (before, if negative). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to`. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00.000Z`) - Date.parse(`${from}T00:00:00.000Z`)) / DAY_MS);
}

/** 1 for 1 January. */
export function dayOfYear(date: string): number {
  return daysBetween(`${date.slice(0, 4)}-01-01`, date) + 1;
}

/** A date drawn uniformly from [from, to]. */
export function dateBetween(from: string, to: string, rng: Rng): string {
  return addDays(from, rng.int(0, Math.max(0, daysBetween(from, to))));
}

export function laterDate(a: string, b: string): string {
  return a > b ? a : b;
}

/** An instant in office hours (08:00–16:59 in Hải Phòng, UTC+7) on `date`, so its Viet Nam date is `date`. */
export function officeHours(date: string, rng: Rng): string {
  return `${date}T${pad(rng.int(1, 9))}:${pad(rng.int(0, 59))}:${pad(rng.int(0, 59))}.000Z`;
}

/** "05/07/2013". */
export function vietnameseDate(date: string): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

const QUARTERS = ["I", "II", "III", "IV"];

/** "Quý II/2013", "6 tháng đầu năm 2013", "Năm 2013". */
export function periodLabel(period: Period): string {
  if (period.type === PeriodType.QUARTER) return `Quý ${QUARTERS[Number(period.text.slice(-1)) - 1]}/${period.year}`;
  if (period.type === PeriodType.HALF_YEAR) {
    return `6 tháng ${period.text.endsWith("H1") ? "đầu" : "cuối"} năm ${period.year}`;
  }
  return `Năm ${period.year}`;
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}
