import { addYears, endOfVietnamDay, startOfVietnamDay, vietnamDate, vietnamDateOf } from "./vietnam-date";

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
