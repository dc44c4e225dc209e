import "reflect-metadata";

import { parsePeriod, PeriodType } from "./period";

describe("parsePeriod", () => {
  it.each([
    ["2013", PeriodType.YEAR, "2013-01-01", "2013-12-31"],
    ["2013-H1", PeriodType.HALF_YEAR, "2013-01-01", "2013-06-30"],
    ["2013-H2", PeriodType.HALF_YEAR, "2013-07-01", "2013-12-31"],
    ["2013-Q1", PeriodType.QUARTER, "2013-01-01", "2013-03-31"],
    ["2013-Q2", PeriodType.QUARTER, "2013-04-01", "2013-06-30"],
    ["2013-Q3", PeriodType.QUARTER, "2013-07-01", "2013-09-30"],
    ["2013-Q4", PeriodType.QUARTER, "2013-10-01", "2013-12-31"],
    // A leap year changes nothing: no period ends in February.
    ["2016-Q1", PeriodType.QUARTER, "2016-01-01", "2016-03-31"],
    ["2016-H1", PeriodType.HALF_YEAR, "2016-01-01", "2016-06-30"],
    ["2016", PeriodType.YEAR, "2016-01-01", "2016-12-31"],
  ])("reads %s as a %s from %s to %s", (text, type, start, end) => {
    const period = parsePeriod(text);

    expect(period).toEqual({ text, type, year: Number(text.slice(0, 4)), start, end });
  });

  it.each([
    ["2013-Q5", "a fifth quarter"],
    ["2013-Q0", "a quarter zero"],
    ["2013-H3", "a third half"],
    ["2013-H0", "a half zero"],
    ["13", "a two-digit year"],
    ["02013", "a five-digit year"],
    ["2013-q1", "a lower-case q"],
    ["2013-h1", "a lower-case h"],
    ["2013 ", "a trailing space"],
    [" 2013", "a leading space"],
    ["2013\n", "a trailing newline"],
    ["", "nothing"],
    ["2013-06", "a month"],
    ["2013-06-30", "a date"],
    ["2013-Q", "a quarter without its number"],
    ["2013Q1", "a quarter without the dash"],
  ])('refuses "%s" (%s)', (text) => {
    expect(parsePeriod(text)).toBeNull();
  });
});
