import { TEST_DATABASE_KIND } from "@hpig/kit/testing";

import { startTestFederation, type TestFederation } from "./testkit/federation";
import { answeredWrites, dataOf, type GraphQLResult } from "./testkit/http";
import {
  countProgressReports,
  type DomainName,
  domainRecentReports,
  editorOf,
  recordReport,
  report,
  type ReportInput,
  vietnamToday,
} from "./testkit/progress";

/** A valid report of labour's V.1 (2012–2015); each case below breaks one rule of it. */
const V1: ReportInput = { taskCode: "V.1", period: "2013-H2", state: "IN_PROGRESS", percentComplete: 40 };
/** III.2 (2012–2013) is an industry task with two leads, CT and BQLKKT. */
const III2: ReportInput = {
  taskCode: "III.2",
  reportingAgency: "CT",
  period: "2013",
  state: "IN_PROGRESS",
  percentComplete: 50,
};

interface Case {
  /** What is wrong, as the test's name says it. */
  name: string;
  domain: DomainName;
  input: ReportInput;
  code: string;
  /** The message must say what is wrong. */
  message: RegExp;
  /** Sent by an editor of this agency instead of the reporting (or first lead) agency's. */
  as?: string;
}

const tomorrow = (): string => {
  const date = new Date(`${vietnamToday()}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
};

const CASES: Case[] = [
  {
    name: "a task another domain owns (labour reporting investment's I.1)",
    domain: "labour",
    input: { ...V1, taskCode: "I.1" },
    code: "TASK_NOT_OWNED",
    message: /Task I\.1 is reported in the investment domain, not labour/,
  },
  {
    name: "a task the plan does not have",
    domain: "labour",
    input: { ...V1, taskCode: "V.99" },
    code: "UNKNOWN_TASK",
    message: /no task "V\.99"/,
  },
  {
    name: "a period after the task's years (V.1 runs 2012–2015)",
    domain: "labour",
    input: { ...V1, period: "2016-Q1" },
    code: "PERIOD_OUTSIDE_TASK",
    message: /V\.1 runs 2012–2015; period 2016-Q1 is outside it/,
  },
  {
    name: "a period before the task's years",
    domain: "labour",
    input: { ...V1, period: "2011" },
    code: "PERIOD_OUTSIDE_TASK",
    message: /period 2011 is outside it/,
  },
  {
    name: 'a malformed period ("2013-H3")',
    domain: "labour",
    input: { ...V1, period: "2013-H3" },
    code: "INVALID_PERIOD",
    message: /"2013-H3" is not a reporting period/,
  },
  {
    name: 'a malformed period ("Q2/2013")',
    domain: "labour",
    input: { ...V1, period: "Q2/2013" },
    code: "INVALID_PERIOD",
    message: /"Q2\/2013" is not a reporting period/,
  },
  {
    name: "101 percent",
    domain: "labour",
    input: { ...V1, percentComplete: 101 },
    code: "PERCENT_OUT_OF_RANGE",
    message: /0–100; got 101/,
  },
  {
    name: "-1 percent",
    domain: "labour",
    input: { ...V1, percentComplete: -1 },
    code: "PERCENT_OUT_OF_RANGE",
    message: /0–100; got -1/,
  },
  {
    name: "COMPLETED at 90 percent",
    domain: "labour",
    input: { ...V1, state: "COMPLETED", percentComplete: 90, completedOn: "2013-12-01" },
    code: "INCONSISTENT_STATE",
    message: /COMPLETED report must say 100%; got 90%/,
  },
  {
    name: "COMPLETED without completedOn",
    domain: "labour",
    input: { ...V1, state: "COMPLETED", percentComplete: 100 },
    code: "INCONSISTENT_STATE",
    message: /COMPLETED report needs its completion date \(completedOn\)/,
  },
  {
    name: "completedOn on a report that is not COMPLETED",
    domain: "labour",
    input: { ...V1, completedOn: "2013-12-01" },
    code: "INCONSISTENT_STATE",
    message: /completedOn is only for COMPLETED reports, not IN_PROGRESS/,
  },
  {
    name: "IN_PROGRESS at 100 percent",
    domain: "labour",
    input: { ...V1, percentComplete: 100 },
    code: "INCONSISTENT_STATE",
    message: /IN_PROGRESS is below 100%/,
  },
  {
    name: "NOT_STARTED above 0 percent",
    domain: "labour",
    input: { ...V1, state: "NOT_STARTED", percentComplete: 10 },
    code: "INCONSISTENT_STATE",
    message: /NOT_STARTED report must say 0%; got 10%/,
  },
  {
    name: "COMPLETED before the task started",
    domain: "labour",
    input: { ...V1, state: "COMPLETED", percentComplete: 100, completedOn: "2011-12-31" },
    code: "INVALID_DATE",
    message: /completedOn 2011-12-31 must fall between the task's start \(2012-01-01\)/,
  },
  {
    name: "COMPLETED tomorrow",
    domain: "labour",
    input: { ...V1, state: "COMPLETED", percentComplete: 100, completedOn: tomorrow() },
    code: "INVALID_DATE",
    message: /must fall between the task's start \(2012-01-01\) and today/,
  },
  {
    name: "a two-lead task (III.2) by an editor of neither lead (KHDT)",
    domain: "industry",
    input: { ...III2, reportingAgency: undefined },
    as: "KHDT",
    code: "FORBIDDEN",
    message: /^Only an editor of CT or BQLKKT may report task III\.2; you are an editor of KHDT\.$/,
  },
  {
    name: "III.2 reported by an agency that does not lead it (KHDT)",
    domain: "industry",
    input: { ...III2, reportingAgency: "KHDT" },
    code: "NOT_A_LEAD_AGENCY",
    message: /KHDT is not a lead agency of task III\.2 \(its leads: CT, BQLKKT\)/,
  },
  {
    name: "a first report of a period that claims to correct a revision",
    domain: "labour",
    input: { ...V1, period: "2014", expectedRevision: 1 },
    code: "REVISION_CONFLICT",
    message: /nothing to correct yet for period 2014 of task V\.1/,
  },
  {
    name: "a state the schema does not know, sent as a variable",
    domain: "labour",
    input: { ...V1, state: "DONE" },
    code: "BAD_USER_INPUT",
    message: /got invalid value "DONE" at "input\.state"; Value "DONE" does not exist in "ReportState" enum/,
  },
];

/** What a refused report must leave as it was: the domain's data, seen three ways. */
async function snapshot(federation: TestFederation, domain: DomainName, taskCode: string) {
  const task = await federation.query<{ task: { reports: Array<{ revision: number; period: string }> } | null }>(
    `query ($code: ID!) { task(code: $code) { reports(includeRevisions: true) { period revision } } }`,
    { code: taskCode },
  );
  return {
    recentReports: await domainRecentReports(federation, domain),
    taskReports: dataOf(task).task?.reports ?? null,
    progressReportRows: await countProgressReports(federation, domain),
  };
}

function onlyError(result: GraphQLResult<unknown>) {
  expect(result.errors).toHaveLength(1);
  return result.errors![0];
}

describe(`refused progress reports (${TEST_DATABASE_KIND})`, () => {
  let federation: TestFederation;

  beforeAll(async () => {
    federation = await startTestFederation(TEST_DATABASE_KIND, { subgraphs: ["industry", "investment", "labour"] });
    // Something to leave unchanged: a report in each domain the cases write to, and one of I.1.
    await recordReport(federation, "labour", { ...V1, period: "2013-H1", percentComplete: 20 });
    await recordReport(federation, "industry", { ...III2, period: "2012" });
    await recordReport(federation, "investment", {
      taskCode: "I.1",
      period: "2013",
      state: "IN_PROGRESS",
      percentComplete: 30,
    });
  });
  afterAll(() => federation?.stop());

  it("accepts the report the cases are made from (so each case fails for its own reason)", async () => {
    const labour = await report(federation, "labour", V1);
    const industry = await report(federation, "industry", III2);

    expect(labour.errors).toBeUndefined();
    expect(industry.errors).toBeUndefined();
  });

  it.each(CASES)("refuses $name with $code and changes nothing", async ({ domain, input, code, message, as }) => {
    const before = await snapshot(federation, domain, input.taskCode);

    expect(before.progressReportRows).toBeGreaterThan(0);

    const result = await report(federation, domain, input, as ? await editorOf(federation, as) : undefined);

    const error = onlyError(result);
    expect({ code: error.extensions?.["code"], message: error.message }).toEqual({
      code,
      message: expect.stringMatching(message),
    });
    expect(answeredWrites(result, domain)).toEqual({});
    expect(await snapshot(federation, domain, input.taskCode)).toEqual(before);
  });

  it("refuses a state the schema does not know, written into the query, as a GraphQL validation error", async () => {
    const before = await snapshot(federation, "labour", "V.1");

    const result = await federation.query(`mutation {
      labour { reportTaskProgress(input: {
        taskCode: "V.1", period: "2013-H2", state: DONE, percentComplete: 40, summary: "x"
      }) { revision } }
    }`);

    expect(result.status).toBe(400);
    const error = onlyError(result);
    expect(error.extensions?.["code"]).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(error.message).toMatch(/Value "DONE" does not exist in "ReportState" enum/);
    expect(await snapshot(federation, "labour", "V.1")).toEqual(before);
  });

  it("refuses a summary of 10 001 characters with BAD_USER_INPUT naming the field and the limit, and changes nothing", async () => {
    const before = await snapshot(federation, "labour", "V.1");

    const result = await report(federation, "labour", { ...V1, summary: "a".repeat(10_001) });

    const error = onlyError(result);
    expect(error.extensions?.["code"]).toBe("BAD_USER_INPUT");
    expect(error.message).toBe("summary must be shorter than or equal to 10000 characters");
    expect(error.extensions?.["details"]).toEqual({
      field: "summary",
      problems: [{ field: "summary", message: "summary must be shorter than or equal to 10000 characters" }],
    });
    // The refusal does not echo the 10 001 characters back.
    expect(JSON.stringify(result).length).toBeLessThan(2_000);
    expect(answeredWrites(result, "labour")).toEqual({});
    expect(await snapshot(federation, "labour", "V.1")).toEqual(before);
  });
});
