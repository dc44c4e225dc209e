import { addYears, endOfVietnamDay, startOfVietnamDay, vietnamDate, vietnamDateOf } from "./vietnam-time";

describe("vietnamDate", () => {
  it.each([
    ["2014-06-30T16:59:59.999Z", "2014-06-30", "the last millisecond before midnight in Hải Phòng"],
    ["2014-06-30T17:00:00.000Z", "2014-07-01", "midnight in Hải Phòng, still the evening before in UTC"],
    ["2014-06-30T00:00:00.000Z", "2014-06-30", "midnight UTC, 07:00 in Hải Phòng"],
    ["2014-06-29T23:59:59.999Z", "2014-06-30", "the evening before in UTC, morning in Hải Phòng"],
    ["2013-12-31T17:00:00.000Z", "2014-01-01", "New Year in Hải Phòng, New Year's Eve in UTC"],
    ["2016-02-28T17:00:00.000Z", "2016-02-29", "the leap day"],
  ])("gives %s as %s (%s)", (instant, date) => {
    expect(vietnamDate(new Date(instant))).toBe(date);
  });
});

describe("endOfVietnamDay", () => {
  it.each([
    ["2014-06-30", "2014-06-30T17:00:00.000Z"],
    ["2014-12-31", "2014-12-31T17:00:00.000Z"],
    ["2016-02-29", "2016-02-29T17:00:00.000Z"],
    ["2015-02-28", "2015-02-28T17:00:00.000Z"],
  ])("ends %s at %s, the next day's 00:00 at UTC+7", (date, end) => {
    expect(endOfVietnamDay(date)).toBe(end);
  });

  it.each(["2014-06-30", "2014-12-31", "2016-02-29"])(
    "agrees with vietnamDate: the millisecond before the end of %s is that day, the end is the next",
    (date) => {
      const end = Date.parse(endOfVietnamDay(date));

      expect(vietnamDate(new Date(end - 1))).toBe(date);
      expect(vietnamDate(new Date(end))).not.toBe(date);
      expect(vietnamDate(new Date(end - 24 * 60 * 60 * 1000))).toBe(date);
    },
  );
});

describe("Viet Nam dates (UTC+7)", () => {
  it("names the day in Hải Phòng of an instant", () => {
    expect(vietnamDate(new Date("2016-06-30T16:59:59.999Z"))).toBe("2016-06-30");
    expect(vietnamDate(new Date("2016-06-30T17:00:00.000Z"))).toBe("2016-07-01");
    expect(vietnamDateOf("2016-12-31T17:00:00.000Z")).toBe("2017-01-01");
  });

  it("gives the instants a day begins and ends", () => {
    expect(startOfVietnamDay("2016-07-01")).toBe("2016-06-30T17:00:00.000Z");
    expect(endOfVietnamDay("2016-06-30")).toBe("2016-06-30T17:00:00.000Z");
  });

  it("adds years, 29 February falling back to the 28th", () => {
    expect(addYears("2026-12-03", 2)).toBe("2028-12-03");
    expect(addYears("2028-02-29", 1)).toBe("2029-02-28");
  });
});
