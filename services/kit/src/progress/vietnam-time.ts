/** Dates in the plan are Hải Phòng dates: Asia/Ho_Chi_Minh, UTC+7 all year (no daylight saving). */
const OFFSET_MS = 7 * 60 * 60 * 1000;

/** The date in Viet Nam at `now`, as YYYY-MM-DD. */
export function vietnamDate(now: Date): string {
  return new Date(now.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant a Viet Nam date begins (00:00 at UTC+7), as an ISO timestamp. */
export function startOfVietnamDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) - OFFSET_MS).toISOString();
}

/** The instant a Viet Nam date ends (the next day's 00:00 at UTC+7), as an ISO timestamp. */
export function endOfVietnamDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) + 24 * 60 * 60 * 1000 - OFFSET_MS).toISOString();
}

/** The Viet Nam date of an ISO timestamp ("2016-06-30T17:30:00.000Z" → "2016-07-01"). */
export function vietnamDateOf(instant: string): string {
  return vietnamDate(new Date(instant));
}

/** The same day `years` later ("2026-02-28" + 2 → "2028-02-28"; 29 February falls back to the 28th). */
export function addYears(date: string, years: number): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year + years, month - 1, day));
  if (target.getUTCDate() !== day) target.setUTCDate(0);
  return target.toISOString().slice(0, 10);
}
