import "reflect-metadata";

import { readFileSync } from "node:fs";
import { join } from "node:path";

import { AuditEntry, buildSubgraphSchemaOf, ConfigError, createLogger, loadSubgraphConfig } from "@hpig/kit";
import { openTestDataSource, TEST_DATABASE_KIND } from "@hpig/kit/testing";
import { type ExecutionResult, graphql, type GraphQLSchema } from "graphql";
import type { DataSource } from "typeorm";

import { createPlanContext } from "../context";
import { importPlanDocument } from "../importer/import-plan";
import { planSubgraph } from "../subgraph";
import { ReportingDeadline } from "./reporting-deadline.entity";
import {
  assertDeadlineFits,
  assertDecemberOrReason,
  assertReportingYear,
  defaultDeadline,
  isCalendarDate,
  isDecemberDay,
  isInDecemberOf,
} from "./reporting-rules";

const document = readFileSync(join(__dirname, "..", "..", "data", "ke-hoach-3438-KH-UBND-2012.txt"), "utf8");

describe("the reporting rules", () => {
  it("read REPORTING_DEADLINE as a day of December, 31 December by default", () => {
    // Any key file will do: the configuration is only read, not used.
    const auth = { AUTH_PUBLIC_KEY_FILE: "keys/public.pem" };
    expect(loadSubgraphConfig(planSubgraph, auth).REPORTING_DEADLINE).toBe("12-31");
    expect(loadSubgraphConfig(planSubgraph, { ...auth, REPORTING_DEADLINE: "12-15" }).REPORTING_DEADLINE).toBe("12-15");
    expect(loadSubgraphConfig(planSubgraph, { ...auth, REPORTING_DEADLINE: "12-01" }).REPORTING_DEADLINE).toBe("12-01");
    for (const wrong of ["11-30", "01-15", "02-29", "13-01", "12-32", "12-00", "1231", "12/31", "12-5", ""]) {
      expect(() => loadSubgraphConfig(planSubgraph, { ...auth, REPORTING_DEADLINE: wrong })).toThrow(ConfigError);
    }
    expect(() => loadSubgraphConfig(planSubgraph, { ...auth, REPORTING_DEADLINE: "11-30" })).toThrow(
      /REPORTING_DEADLINE="11-30": must be a day of December, "12-DD" from "12-01" to "12-31": the plan asks for the figures every December/,
    );
    expect([isDecemberDay("12-31"), isDecemberDay("12-09"), isDecemberDay("11-30"), isDecemberDay("12-32")]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });

  it("give each year the configured day as its default deadline", () => {
    expect(defaultDeadline(2015, { reportingDeadline: "12-31" })).toBe("2015-12-31");
    expect(defaultDeadline(2016, { reportingDeadline: "12-15" })).toBe("2016-12-15");
  });

  it("accept a deadline in December of the reporting year, and any other only with a reason", () => {
    expect([
      isInDecemberOf("2015-12-01", 2015),
      isInDecemberOf("2015-12-31", 2015),
      isInDecemberOf("2015-11-30", 2015),
      isInDecemberOf("2016-01-15", 2015),
      isInDecemberOf("2016-12-15", 2015),
    ]).toEqual([true, true, false, false, false]);
    expect(() => assertDecemberOrReason("2015-12-10", 2015, null)).not.toThrow();
    expect(() => assertDecemberOrReason("2015-12-10", 2015, "Họp BCĐ sớm")).not.toThrow();
    expect(() => assertDecemberOrReason("2016-01-15", 2015, "Chờ số liệu chính thức của Tổng cục")).not.toThrow();
    for (const reason of [null, undefined, "", "   "]) {
      expect(() => assertDecemberOrReason("2016-01-15", 2015, reason, "input.deadline")).toThrow(
        expect.objectContaining({
          message:
            "deadline 2016-01-15 is not in December 2015, the month the plan names for the reporting year's figures; a deadline outside it needs a reason (reason, 1–500 characters)",
          extensions: { code: "DEADLINE_OUTSIDE_DECEMBER", details: { field: "input.deadline" }, clientSafe: true },
        }),
      );
    }
    // December of the next year is not the reporting year's December.
    expect(() => assertDecemberOrReason("2016-12-15", 2015, null)).toThrow(/not in December 2015/);
  });

  it("accept the plan's years only, naming the range", () => {
    const years = { first: 2012, last: 2020 };
    expect(() => assertReportingYear(2012, years)).not.toThrow();
    expect(() => assertReportingYear(2020, years)).not.toThrow();
    for (const year of [2011, 2021, 2015.5]) {
      expect(() => assertReportingYear(year, years)).toThrow(/outside the plan's reporting years 2012–2020/);
    }
  });

  it("accept a deadline on the calendar, in the reporting year or the year after", () => {
    expect(isCalendarDate("2016-02-29")).toBe(true);
    expect(isCalendarDate("2015-02-29")).toBe(false);
    expect(() => assertDeadlineFits("2015-12-15", 2015)).not.toThrow();
    expect(() => assertDeadlineFits("2016-01-15", 2015)).not.toThrow();
    expect(() => assertDeadlineFits("2015-02-30", 2015)).toThrow(/not a calendar date/);
    expect(() => assertDeadlineFits("2014-12-31", 2015)).toThrow(/between 2015-01-01 and 2016-12-31/);
    expect(() => assertDeadlineFits("2017-01-01", 2015)).toThrow(/between 2015-01-01 and 2016-12-31/);
  });
});

describe(`the reporting cycle in the plan subgraph (${TEST_DATABASE_KIND})`, () => {
  let db: DataSource;
  let close: () => Promise<void>;
  let schema: GraphQLSchema;

  /** Runs an operation in process, as the subgraph would, with REPORTING_DEADLINE = `reportingDeadline`. */
  function run(source: string, reportingDeadline = "12-31"): Promise<ExecutionResult> {
    const context = createPlanContext(
      {
        db,
        requestId: "test",
        logger: createLogger("plan", "silent"),
        principal: { subject: "test", name: "Văn phòng Thường trực", agency: "CT", roles: ["standing-office"] },
      },
      { reportingDeadline },
    );
    return Promise.resolve(graphql({ schema, source, contextValue: context }));
  }

  beforeAll(async () => {
    ({ db, close } = await openTestDataSource(planSubgraph));
    await importPlanDocument(db, document);
    schema = await buildSubgraphSchemaOf(planSubgraph);
  });
  afterAll(async () => {
    await close?.();
  });
  beforeEach(() => db.getRepository(ReportingDeadline).clear());

  it("gives every appendix unit an obligation with the configured default deadline", async () => {
    const result = await run(
      "{ reportingCycle(year: 2015) { year obligations { __typename agencyCode year deadline deadlineSetBy } } }",
      "12-15",
    );

    expect(result.errors).toBeUndefined();
    const cycle = result.data?.["reportingCycle"] as { obligations: Array<Record<string, unknown>> };
    expect(cycle.obligations.map((o) => o["agencyCode"])).toEqual([
      "THONGKE",
      "CUCTHUE",
      "HAIQUAN",
      "BQLKKT",
      "KHDT",
      "LDTBXH",
      "KHCN",
      "TNMT",
      "NNPTNT",
    ]);
    expect(new Set(cycle.obligations.map((o) => o["deadline"]))).toEqual(new Set(["2015-12-15"]));
    expect(cycle.obligations[0]).toEqual({
      __typename: "IndustryReportingObligation",
      agencyCode: "THONGKE",
      year: 2015,
      deadline: "2015-12-15",
      deadlineSetBy: null,
    });
  });

  it("keeps a deadline the committee set for one unit and year, and no other", async () => {
    const set = await run(`mutation { committee { setReportingDeadline(input: {
      agencyCode: "LDTBXH", year: 2016, deadline: "2016-12-10", setBy: "Ban chỉ đạo, phiên họp 12/2016"
    }) { __typename agencyCode year deadline deadlineSetBy } } }`);
    const cycles = await run(`{
      y2016: reportingCycle(year: 2016) { obligations { agencyCode deadline } }
      y2017: reportingCycle(year: 2017) { obligations { agencyCode deadline } }
    }`);

    expect(set.errors).toBeUndefined();
    expect(set.data).toEqual({
      committee: {
        setReportingDeadline: {
          __typename: "LabourReportingObligation",
          agencyCode: "LDTBXH",
          year: 2016,
          deadline: "2016-12-10",
          // The signed-in caller is recorded; the setBy text goes to the audit trail only.
          deadlineSetBy: "Văn phòng Thường trực",
        },
      },
    });
    const deadlines = (name: string) =>
      Object.fromEntries(
        (cycles.data?.[name] as { obligations: Array<{ agencyCode: string; deadline: string }> }).obligations.map(
          (o) => [o.agencyCode, o.deadline],
        ),
      );
    expect(deadlines("y2016")["LDTBXH"]).toBe("2016-12-10");
    expect(deadlines("y2016")["THONGKE"]).toBe("2016-12-31");
    expect(deadlines("y2017")["LDTBXH"]).toBe("2017-12-31");
  });

  it.each([
    [
      "a year before the plan",
      `agencyCode: "THONGKE", year: 2011, deadline: "2011-12-15"`,
      "BAD_USER_INPUT",
      /year 2011 is outside the plan's reporting years 2012–2020/,
    ],
    [
      "a year after its horizon",
      `agencyCode: "THONGKE", year: 2021, deadline: "2021-12-15"`,
      "BAD_USER_INPUT",
      /2012–2020/,
    ],
    [
      "an unknown agency",
      `agencyCode: "NOPE", year: 2015, deadline: "2015-12-15"`,
      "NOT_FOUND",
      /Unknown agency code "NOPE"/,
    ],
    [
      "an agency that is no appendix unit",
      `agencyCode: "CT", year: 2015, deadline: "2015-12-15"`,
      "NOT_A_REPORTING_UNIT",
      /CT is not a reporting unit/,
    ],
    [
      "a date off the calendar",
      `agencyCode: "THONGKE", year: 2015, deadline: "2015-02-30"`,
      "INVALID_DATE",
      /deadline "2015-02-30" is not a calendar date/,
    ],
    [
      "a date in another format",
      `agencyCode: "THONGKE", year: 2015, deadline: "15/12/2015"`,
      "INVALID_DATE",
      /not a calendar date \(YYYY-MM-DD\)/,
    ],
    [
      "a deadline years away",
      `agencyCode: "THONGKE", year: 2015, deadline: "2019-12-15"`,
      "INVALID_DATE",
      /between 2015-01-01 and 2016-12-31/,
    ],
    [
      "a blank setBy",
      `agencyCode: "THONGKE", year: 2015, deadline: "2015-12-15", setBy: "  "`,
      "BAD_USER_INPUT",
      /setBy must not be blank/,
    ],
    [
      "a date outside December without a reason",
      `agencyCode: "THONGKE", year: 2015, deadline: "2016-01-15"`,
      "DEADLINE_OUTSIDE_DECEMBER",
      /deadline 2016-01-15 is not in December 2015, .*needs a reason/,
    ],
    [
      "November without a reason",
      `agencyCode: "KHDT", year: 2015, deadline: "2015-11-30"`,
      "DEADLINE_OUTSIDE_DECEMBER",
      /not in December 2015/,
    ],
    [
      "a blank reason",
      `agencyCode: "THONGKE", year: 2015, deadline: "2016-01-15", reason: " \\n "`,
      "BAD_USER_INPUT",
      /reason must not be blank/,
    ],
    [
      "a reason over 500 characters",
      `agencyCode: "THONGKE", year: 2015, deadline: "2016-01-15", reason: "${"x".repeat(501)}"`,
      "BAD_USER_INPUT",
      /reason must be shorter than or equal to 500 characters/,
    ],
  ])("refuses %s and writes nothing", async (_name, fields, code, message) => {
    const input = fields.includes("setBy") ? fields : `${fields}, setBy: "Ban chỉ đạo"`;
    // The trail is shared by the file's tests (the import, earlier deadlines): compare, not count.
    const auditEntries = await db.getRepository(AuditEntry).count();
    const result = await run(`mutation { committee { setReportingDeadline(input: { ${input} }) { deadline } } }`);

    expect(result.errors?.[0]?.extensions?.["code"]).toBe(code);
    expect(result.errors?.[0]?.message).toMatch(message);
    expect(await db.getRepository(ReportingDeadline).count()).toBe(0);
    expect(await db.getRepository(AuditEntry).count()).toBe(auditEntries);
  });

  it("keeps a deadline outside December with its reason, and drops the reason when December comes back", async () => {
    const reason = "Chờ Tổng cục Thống kê công bố số liệu chính thức (Thông báo 12/TB-BCĐ)";
    const moved = await run(`mutation { committee { setReportingDeadline(input: {
      agencyCode: "THONGKE", year: 2015, deadline: "2016-01-20", reason: "  ${reason} "
    }) { deadline deadlineReason } } }`);
    const read = await run(`{ reportingCycle(year: 2015) { obligations { agencyCode deadline deadlineReason } } }`);
    const back = await run(`mutation { committee { setReportingDeadline(input: {
      agencyCode: "THONGKE", year: 2015, deadline: "2015-12-20"
    }) { deadline deadlineReason } } }`);

    expect(moved.errors).toBeUndefined();
    expect(moved.data).toEqual({
      committee: { setReportingDeadline: { deadline: "2016-01-20", deadlineReason: reason } },
    });
    const obligations = (read.data?.["reportingCycle"] as { obligations: Array<Record<string, unknown>> }).obligations;
    expect(obligations[0]).toEqual({ agencyCode: "THONGKE", deadline: "2016-01-20", deadlineReason: reason });
    expect(obligations[1]).toEqual({ agencyCode: "CUCTHUE", deadline: "2015-12-31", deadlineReason: null });
    expect(back.data).toEqual({
      committee: { setReportingDeadline: { deadline: "2015-12-20", deadlineReason: null } },
    });
    const entries = await db.getRepository(AuditEntry).find({ order: { id: "DESC" }, take: 2 });
    expect(entries.map((entry) => [entry.before, entry.after])).toEqual([
      [
        expect.objectContaining({ deadline: "2016-01-20", reason }),
        expect.objectContaining({ deadline: "2015-12-20", reason: null }),
      ],
      [
        expect.objectContaining({ deadline: "2015-12-31", reason: null }),
        expect.objectContaining({ deadline: "2016-01-20", reason }),
      ],
    ]);
  });

  it("says which figures each obligation asks for, as the appendix row words them", async () => {
    const result = await run(`{
      plan { reportingRequirements { position requiredFigures } }
      reportingCycle(year: 2015) { obligations { agencyCode requiredFigures requirement { position } } }
    }`);

    expect(result.errors).toBeUndefined();
    const data = result.data as {
      plan: { reportingRequirements: Array<{ position: number; requiredFigures: string }> };
      reportingCycle: { obligations: Array<{ agencyCode: string; requiredFigures: string }> };
    };
    expect(data.plan.reportingRequirements.map((r) => [r.position, r.requiredFigures])).toEqual([
      [1, "PREVIOUS_YEAR_OFFICIAL_AND_REPORTING_YEAR_ESTIMATE"],
      ...[2, 3, 4, 5, 6, 7, 8, 9].map((position) => [position, "REPORTING_YEAR_FIGURE"]),
    ]);
    expect(data.reportingCycle.obligations.map((o) => [o.agencyCode, o.requiredFigures])).toEqual([
      ["THONGKE", "PREVIOUS_YEAR_OFFICIAL_AND_REPORTING_YEAR_ESTIMATE"],
      ...["CUCTHUE", "HAIQUAN", "BQLKKT", "KHDT", "LDTBXH", "KHCN", "TNMT", "NNPTNT"].map((code) => [
        code,
        "REPORTING_YEAR_FIGURE",
      ]),
    ]);
  });

  it("answers an agency's obligations of a year: its appendix row's, or none", async () => {
    const result = await run(`{
      thongke: agency(code: "THONGKE") { obligations(year: 2015) { agencyCode year requiredFigures indicators { code } } }
      ct: agency(code: "CT") { obligations(year: 2015) { agencyCode } }
    }`);

    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      thongke: {
        obligations: [
          {
            agencyCode: "THONGKE",
            year: 2015,
            requiredFigures: "PREVIOUS_YEAR_OFFICIAL_AND_REPORTING_YEAR_ESTIMATE",
            // Row 1's seven quantities; the six section I quantities THONGKE also reports are not among them.
            indicators: [
              { code: "IIP" },
              { code: "NET_REVENUE" },
              { code: "CAPITAL" },
              { code: "FIXED_ASSETS_LONG_TERM_INVESTMENT" },
              { code: "BUDGET_CONTRIBUTIONS" },
              { code: "AVERAGE_WORKERS" },
              { code: "AVERAGE_INCOME" },
            ],
          },
        ],
      },
      ct: { obligations: [] },
    });
  });

  it("refuses an agency's obligations of a year outside the plan's, as reportingCycle does", async () => {
    const result = await run(`{ agency(code: "THONGKE") { code obligations(year: 2011) { agencyCode } } }`);

    expect(result.errors?.[0]?.extensions?.["code"]).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0]?.message).toMatch(/year 2011 is outside the plan's reporting years 2012–2020/);
  });

  it("refuses a reportingCycle outside the plan's years", async () => {
    const result = await run("{ reportingCycle(year: 2030) { year } }");

    expect(result.errors?.[0]?.extensions?.["code"]).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0]?.message).toMatch(/year 2030 is outside the plan's reporting years 2012–2020/);
  });

  it("resolves obligation references of its own domain and years only", async () => {
    const result = await run(`{ _entities(representations: [
      { __typename: "IndustryReportingObligation", agencyCode: "THONGKE", year: 2015 },
      { __typename: "LabourReportingObligation", agencyCode: "LDTBXH", year: 2013 },
      { __typename: "LabourReportingObligation", agencyCode: "THONGKE", year: 2015 },
      { __typename: "IndustryReportingObligation", agencyCode: "THONGKE", year: 2030 },
      { __typename: "IndustryReportingObligation", agencyCode: "CT", year: 2015 }
    ]) { __typename ... on ReportingObligation { agencyCode year deadline requirement { position } } } }`);

    expect(result.errors).toBeUndefined();
    expect(result.data?.["_entities"]).toEqual([
      {
        __typename: "IndustryReportingObligation",
        agencyCode: "THONGKE",
        year: 2015,
        deadline: "2015-12-31",
        requirement: { position: 1 },
      },
      {
        __typename: "LabourReportingObligation",
        agencyCode: "LDTBXH",
        year: 2013,
        deadline: "2013-12-31",
        requirement: { position: 6 },
      },
      null,
      null,
      null,
    ]);
  });
});
