import { clock, clockOffsetMs, noonInVietnamOffsetMs } from "./clock";
import { vietnamDate } from "./progress/vietnam-time";

describe("the clock", () => {
  it("reads CLOCK_OFFSET_MS as whole milliseconds, 0 when unset or empty", () => {
    expect(clockOffsetMs({})).toBe(0);
    expect(clockOffsetMs({ CLOCK_OFFSET_MS: "" })).toBe(0);
    expect(clockOffsetMs({ CLOCK_OFFSET_MS: "-3600000" })).toBe(-3_600_000);
    expect(() => clockOffsetMs({ CLOCK_OFFSET_MS: "1h" })).toThrow(
      'CLOCK_OFFSET_MS="1h": expected whole milliseconds, e.g. -3600000',
    );
  });

  it("is the real time shifted by the test kit's offset, which every test file sets", () => {
    const offset = clockOffsetMs(process.env);
    const before = Date.now();

    const now = clock.now().getTime();

    expect(process.env["CLOCK_OFFSET_MS"]).toMatch(/^-?\d+$/);
    expect(now - offset).toBeGreaterThanOrEqual(before);
    expect(now - offset).toBeLessThanOrEqual(Date.now());
  });

  it.each([
    ["just before midnight in Viet Nam", "2026-12-03T16:59:59.000Z", "2026-12-03"],
    ["just after midnight in Viet Nam", "2026-12-03T17:00:01.000Z", "2026-12-04"],
    ["at noon in Viet Nam", "2026-12-03T05:00:00.000Z", "2026-12-03"],
  ])("puts a test run started %s at noon of that Viet Nam day", (_, instant, day) => {
    const realNow = Date.parse(instant);

    const shifted = new Date(realNow + noonInVietnamOffsetMs(realNow));

    expect(shifted.toISOString()).toBe(`${day}T05:00:00.000Z`);
    expect(vietnamDate(shifted)).toBe(day);
  });
});
