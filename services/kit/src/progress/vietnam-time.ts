/** Dates in the plan are Hải Phòng dates: Asia/Ho_Chi_Minh, UTC+7 all year (no daylight saving). */
const OFFSET_MS = 7 * 60 * 60 * 1000;

/** The date in Viet Nam at `now`, as YYYY-MM-DD. */
export function vietnamDate(now: Date): string {
  return new Date(now.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant a Viet Nam date ends (the next day's 00:00 at UTC+7), as an ISO timestamp. */
export function endOfVietnamDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) + 24 * 60 * 60 * 1000 - OFFSET_MS).toISOString();
}
