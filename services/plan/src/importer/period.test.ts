import { taskPlace } from "./document-place";
import { parsePeriod } from "./period";

const place = taskPlace("I.7", 61);

describe("parsePeriod", () => {
  it.each([
    ["2012-2015", { startYear: 2012, endYear: 2015 }],
    ["2013", { startYear: 2013, endYear: 2013 }],
    ["2012 - 2020", { startYear: 2012, endYear: 2020 }],
  ])("reads %j", (text, expected) => {
    expect(parsePeriod(text, place)).toEqual(expected);
  });

  it.each([
    ["2015-2012", 'line 61: task I.7: period "2015-2012" ends before it starts'],
    ["20x3", 'line 61: task I.7: period "20x3" is neither a year nor a range of years'],
    ["12-15", 'period "12-15" is neither a year nor a range of years'],
    ["", 'period "" is neither a year nor a range of years'],
  ])("rejects %j", (text, message) => {
    expect(() => parsePeriod(text, place)).toThrow(message);
  });
});
