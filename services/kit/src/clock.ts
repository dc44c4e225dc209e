/**
 * The one clock every service, command and test reads "now" from: the real time shifted by
 * CLOCK_OFFSET_MS (whole milliseconds, default 0). Dates in the plan are Viet Nam dates, so "today"
 * changes at 17:00 UTC; the test kit shifts the clock of a test run and of every process it starts
 * to noon in Viet Nam, so that no run crosses midnight and the time of day never decides a result.
 * Intervals, timeouts and token expiry keep the real time.
 */
export const clock = {
  now(): Date {
    return new Date(Date.now() + clockOffsetMs(process.env));
  },
};

/** What CLOCK_OFFSET_MS may hold: whole milliseconds, or nothing. */
export const CLOCK_OFFSET_PATTERN = /^(-?\d{1,12})?$/;

/** CLOCK_OFFSET_MS of `env`: 0 when unset or empty; throws on anything but a whole number. */
export function clockOffsetMs(env: NodeJS.ProcessEnv): number {
  const value = env["CLOCK_OFFSET_MS"];
  if (value === undefined || value === "") return 0;
  if (!CLOCK_OFFSET_PATTERN.test(value)) {
    throw new Error(`CLOCK_OFFSET_MS=${JSON.stringify(value)}: expected whole milliseconds, e.g. -3600000`);
  }
  return Number(value);
}

/**
 * The offset that puts the clock at noon in Viet Nam on the day `realNow` (epoch ms) falls on
 * there: the test kit's, so that "today" stays the same for the next 12 hours.
 */
export function noonInVietnamOffsetMs(realNow: number): number {
  const vietnamDay = new Date(realNow + 7 * 3_600_000).toISOString().slice(0, 10);
  return Date.parse(`${vietnamDay}T05:00:00.000Z`) - realNow;
}
