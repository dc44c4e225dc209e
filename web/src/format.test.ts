import {
  documentDate,
  documentKindOf,
  formatDate,
  formatDateTime,
  formatNumber,
  formatPeriod,
  formatShare,
  parseDate,
  vietnamToday,
} from "./format";

describe("formatting for the committee (vi first, en as a switch)", () => {
  it("writes numbers with a dot between thousands and a decimal comma in Vietnamese", () => {
    expect(formatNumber(1234.5, "vi")).toBe("1.234,5");
    expect(formatNumber(1234567.891, "vi", 2)).toBe("1.234.567,89");
    expect(formatNumber(-13.45, "vi", 1)).toBe("-13,5");
    expect(formatNumber(55, "vi")).toBe("55");
  });

  it("writes numbers the English way under the switch", () => {
    expect(formatNumber(1234.5, "en")).toBe("1,234.5");
  });

  it("writes a dash for a missing number", () => {
    expect(formatNumber(null, "vi")).toBe("–");
    expect(formatNumber(undefined, "en")).toBe("–");
  });

  it("writes shares as percentages", () => {
    expect(formatShare(0.857, "vi")).toBe("85,7%");
    expect(formatShare(1, "vi")).toBe("100%");
  });

  it("writes dates dd/mm/yyyy without passing through the browser's time zone", () => {
    expect(formatDate("2016-06-30")).toBe("30/06/2016");
    expect(formatDate("2012-01-05")).toBe("05/01/2012");
    expect(formatDate(null)).toBe("–");
  });

  it("reads dates typed dd/mm/yyyy, refusing days off the calendar", () => {
    expect(parseDate("30/06/2016")).toBe("2016-06-30");
    expect(parseDate("5/1/2012")).toBe("2012-01-05");
    expect(parseDate("30/02/2016")).toBeNull();
    expect(parseDate("2016-06-30")).toBeNull();
  });

  it("writes instants in Viet Nam time (UTC+7)", () => {
    expect(formatDateTime("2016-06-30T03:05:00.000Z")).toBe("30/06/2016 10:05");
    expect(formatDateTime("2016-12-31T18:30:00Z")).toBe("01/01/2017 01:30");
  });

  it("takes today as Hải Phòng's date", () => {
    expect(vietnamToday(new Date("2016-12-31T17:00:00Z"))).toBe("2017-01-01");
    expect(vietnamToday(new Date("2016-12-31T16:59:59Z"))).toBe("2016-12-31");
  });

  it("writes a document's date line the administrative way", () => {
    expect(documentDate("2016-07-05", "vi")).toBe("ngày 05 tháng 7 năm 2016");
    expect(documentDate("2016-12-15", "vi")).toBe("ngày 15 tháng 12 năm 2016");
    expect(documentDate("2016-02-01", "vi")).toBe("ngày 01 tháng 02 năm 2016");
    expect(documentDate("2016-07-15", "en")).toBe("15 July 2016");
  });

  it("names periods as people say them", () => {
    expect(formatPeriod("2016-Q2", "vi")).toBe("quý II năm 2016");
    expect(formatPeriod("2016-H1", "vi")).toBe("6 tháng đầu năm 2016");
    expect(formatPeriod("2016-H2", "en")).toBe("second half of 2016");
    expect(formatPeriod("2016", "vi")).toBe("năm 2016");
    expect(formatPeriod("2015-07", "vi")).toBe("tháng 7/2015");
    expect(formatPeriod("Q2", "vi")).toBe("Q2");
  });

  it("tells a quarterly report from a review by its period", () => {
    expect(documentKindOf("2016-Q2")).toBe("quarterly");
    expect(documentKindOf("2016-H1")).toBe("review");
    expect(documentKindOf("2016")).toBe("review");
    expect(documentKindOf("2016-Q5")).toBeNull();
  });
});
