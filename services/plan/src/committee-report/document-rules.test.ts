import "reflect-metadata";

import { parsePeriod } from "@hpig/kit";

import { CommitteeDocumentKind } from "./committee-document.entity";
import {
  assertBegun,
  assertClosingDate,
  assertExpectedRevision,
  documentAsOf,
  quarterOf,
  reviewPeriodOf,
} from "./document-rules";

const years = { first: 2012, last: 2020 };

describe("the rules of the committee's documents", () => {
  it("reads quarters for reports and half years or years for reviews, within the plan's years", () => {
    expect(quarterOf("2016-Q2", years)).toMatchObject({ text: "2016-Q2", start: "2016-04-01", end: "2016-06-30" });
    expect(reviewPeriodOf("2016-H1", years)).toMatchObject({ kind: CommitteeDocumentKind.SIX_MONTH });
    expect(reviewPeriodOf("2016", years)).toMatchObject({ kind: CommitteeDocumentKind.ANNUAL });
    expect(() => quarterOf("2016-H1", years)).toThrow(/is not a quarter/);
    expect(() => quarterOf("2011-Q4", years)).toThrow(/outside the plan's years 2012–2020/);
    expect(() => reviewPeriodOf("2016-Q2", years)).toThrow(/is not a review's/);
    expect(() => reviewPeriodOf("2021", years)).toThrow(/outside the plan's years/);
  });

  it("refuses a period that has not begun", () => {
    const q3 = parsePeriod("2016-Q3")!;
    expect(() => assertBegun(q3, "2016-06-30")).toThrow(/has not begun yet \(it starts 2016-07-01\)/);
    expect(() => assertBegun(q3, "2016-07-01")).not.toThrow();
  });

  it("compiles for the period's last day, or an earlier closing day", () => {
    const q2 = parsePeriod("2016-Q2")!;
    expect(documentAsOf(q2, "2016-07-12")).toBe("2016-06-30");
    expect(documentAsOf(q2, "2016-06-25")).toBe("2016-06-25");
  });

  it("takes a closing date from the first day of the period's last month to today", () => {
    const h1 = parsePeriod("2016-H1")!;
    expect(() => assertClosingDate("2016-06-01", h1, "2016-07-20", "d")).not.toThrow();
    expect(() => assertClosingDate("2016-07-20", h1, "2016-07-20", "d")).not.toThrow();
    expect(() => assertClosingDate("2016-05-31", h1, "2016-07-20", "d")).toThrow(/from 2016-06-01/);
    expect(() => assertClosingDate("2016-07-21", h1, "2016-07-20", "d")).toThrow(/to today, 2016-07-20/);
    expect(() => assertClosingDate("2016-06-31", h1, "2016-07-20", "d")).toThrow(/not a calendar date/);
  });

  it("builds on the latest revision only", () => {
    expect(() => assertExpectedRevision(undefined, 0, "The report")).not.toThrow();
    expect(() => assertExpectedRevision(2, 2, "The report")).not.toThrow();
    expect(() => assertExpectedRevision(1, 0, "The report")).toThrow(/has not been saved yet/);
    expect(() => assertExpectedRevision(undefined, 2, "The report")).toThrow(/at revision 2, not \(none given\)/);
  });
});
