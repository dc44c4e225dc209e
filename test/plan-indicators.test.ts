import { TEST_DATABASE_KIND } from "@hpig/kit/testing";
import { AGENCY_CATALOGUE } from "@hpig/plan/agency/agency-catalogue";
import { INDICATOR_CATALOGUE } from "@hpig/plan/indicator/indicator-catalogue";

import { startTestFederation, type TestFederation } from "./testkit/federation";
import { answeredWrites, dataOf } from "./testkit/http";

/** The nine reporting units of the appendix, in appendix order. */
const APPENDIX_UNITS = ["THONGKE", "CUCTHUE", "HAIQUAN", "BQLKKT", "KHDT", "LDTBXH", "KHCN", "TNMT", "NNPTNT"];

/** "LABOUR" → "Labour": the prefix of a domain's types. */
const prefix = (domain: string) => domain.charAt(0) + domain.slice(1).toLowerCase();
const domainOfAgency = new Map(AGENCY_CATALOGUE.map((a) => [a.code, a.domain]));

interface IndicatorView {
  __typename: string;
  code: string;
  name: string;
  nameEn: string;
  domain: string;
  reportingAgency: { code: string };
  requirement: { position: number; agency: { code: string } } | null;
  requirementItem: string | null;
}

interface ObligationView {
  __typename: string;
  agencyCode: string;
  year: number;
  deadline: string;
  deadlineSetBy: string | null;
  agency: { code: string };
  requirement: { position: number };
  indicators: Array<{ code: string }>;
}

const CYCLE = `query ($year: Int!) { reportingCycle(year: $year) { year obligations {
  __typename agencyCode year deadline deadlineSetBy agency { code } requirement { position } indicators { code }
} } }`;

const SET_DEADLINE = `mutation ($input: SetReportingDeadlineInput!) {
  committee { setReportingDeadline(input: $input) { __typename agencyCode year deadline deadlineSetBy } }
}`;

describe(`the indicator catalogue and the December reporting cycle through the gateway (${TEST_DATABASE_KIND})`, () => {
  let federation: TestFederation;

  beforeAll(async () => {
    federation = await startTestFederation(TEST_DATABASE_KIND, { subgraphs: [] });
  });
  afterAll(() => federation?.stop());

  /** The standing office writes the deadlines (the committee itself reads them). */
  const STANDING_OFFICE = {
    subject: "test:standing-office",
    name: "Văn phòng Thường trực BCĐ",
    agency: "CT",
    roles: ["standing-office" as const],
  };

  const cycle = async (year: number) =>
    dataOf(await federation.query<{ reportingCycle: { year: number; obligations: ObligationView[] } }>(CYCLE, { year }))
      .reportingCycle;

  it("lists every catalogue indicator in catalogue order, typed by its domain, without fragments", async () => {
    const { indicators } = dataOf(
      await federation.query<{ indicators: IndicatorView[] }>(`{ indicators {
        __typename code name nameEn domain reportingAgency { code } requirement { position agency { code } } requirementItem
      } }`),
    );

    expect(indicators.map((i) => i.code)).toEqual(INDICATOR_CATALOGUE.map((r) => r.code));
    for (const [index, indicator] of indicators.entries()) {
      const record = INDICATOR_CATALOGUE[index];
      const domain = domainOfAgency.get(record.agency)!;
      expect(indicator).toMatchObject({
        __typename: `${prefix(domain)}Indicator`,
        name: record.name,
        nameEn: record.nameEn,
        domain,
        reportingAgency: { code: record.agency },
      });
      expect(indicator.requirement?.position ?? null).toBe(record.requirement?.position ?? null);
      // An appendix indicator is reported by its row's unit, and names the item it answers.
      if (indicator.requirement) {
        expect(indicator.requirement.agency.code).toBe(record.agency);
        expect(indicator.requirementItem?.length).toBeGreaterThan(0);
      } else {
        expect(indicator.requirementItem).toBeNull();
      }
    }
    // Every one of the nine appendix units reports at least one indicator.
    const units = new Set(indicators.filter((i) => i.requirement).map((i) => i.reportingAgency.code));
    expect([...units].sort()).toEqual([...APPENDIX_UNITS].sort());
    expect(new Set(indicators.map((i) => i.__typename)).size).toBeGreaterThanOrEqual(5);
  });

  it('gives indicator "IIP" its agency THONGKE and appendix row 1', async () => {
    const { indicator, missing } = dataOf(
      await federation.query<{ indicator: IndicatorView & { targets: unknown[] }; missing: unknown }>(`{
        indicator(code: "IIP") {
          __typename code domain reportingAgency { code name } requirement { position agency { code } }
          requirementItem targets { code }
        }
        missing: indicator(code: "NOPE") { code }
      }`),
    );

    expect(indicator).toMatchObject({
      __typename: "IndustryIndicator",
      code: "IIP",
      domain: "INDUSTRY",
      reportingAgency: { code: "THONGKE", name: "Cục Thống kê Hải Phòng" },
      requirement: { position: 1, agency: { code: "THONGKE" } },
      targets: [],
    });
    expect(indicator.requirementItem).toMatch(/^Chỉ số phát triển sản xuất công nghiệp, doanh thu thuần/);
    expect(missing).toBeNull();
  });

  it("filters the catalogue by domain and by agency, and refuses an unknown agency", async () => {
    const result = await federation.query<{
      labour: IndicatorView[];
      khcn: IndicatorView[];
      agency: { reportedIndicators: Array<{ code: string }> };
      ct: { reportedIndicators: unknown[] };
    }>(`{
      labour: indicators(domain: LABOUR) { __typename code }
      khcn: indicators(agency: "KHCN") { code }
      agency(code: "BQLKKT") { reportedIndicators { code } }
      ct: agency(code: "CT") { reportedIndicators { code } }
    }`);
    const unknown = await federation.query(`{ indicators(agency: "NOPE") { code } }`);

    const data = dataOf(result);
    expect(data.labour.map((i) => i.code)).toEqual(
      INDICATOR_CATALOGUE.filter((r) => r.agency === "LDTBXH").map((r) => r.code),
    );
    expect(new Set(data.labour.map((i) => i.__typename))).toEqual(new Set(["LabourIndicator"]));
    expect(data.khcn.map((i) => i.code)).toEqual(
      INDICATOR_CATALOGUE.filter((r) => r.agency === "KHCN").map((r) => r.code),
    );
    expect(data.agency.reportedIndicators.map((i) => i.code)).toEqual(
      INDICATOR_CATALOGUE.filter((r) => r.agency === "BQLKKT").map((r) => r.code),
    );
    expect(data.ct.reportedIndicators).toEqual([]);
    expect(unknown.errors?.[0]?.extensions?.["code"]).toBe("NOT_FOUND");
    expect(unknown.errors?.[0]?.message).toContain('Unknown agency code "NOPE"');
  });

  it("still serves the plan's targets without fragments, each with its indicator and domain type", async () => {
    const { plan } = dataOf(
      await federation.query<{
        plan: {
          horizonYear: number;
          targets: Array<{ __typename: string; code: string; indicator: { code: string }; min: number; max: number }>;
          reportingRequirements: Array<{ position: number; indicators: Array<{ code: string }> }>;
        };
      }>(`{ plan {
        horizonYear
        targets { __typename code indicatorCode indicator { code } min max fromYear toYear measure domain }
        reportingRequirements { position indicators { code } }
      } }`),
    );

    expect(plan.horizonYear).toBe(2020);
    expect(plan.targets).toHaveLength(9);
    expect(plan.targets.find((t) => t.code === "IIP_GROWTH_2011_2015")).toEqual({
      __typename: "IndustryTarget",
      code: "IIP_GROWTH_2011_2015",
      indicatorCode: "IIP_GROWTH",
      indicator: { code: "IIP_GROWTH" },
      min: 13.5,
      max: 14.5,
      fromYear: 2011,
      toYear: 2015,
      measure: "AVERAGE_ANNUAL_GROWTH",
      domain: "INDUSTRY",
    });
    for (const target of plan.targets)
      expect(target.indicator.code).toBe((target as { indicatorCode?: string }).indicatorCode);
    expect(plan.reportingRequirements.map((r) => r.indicators.length > 0)).toEqual(APPENDIX_UNITS.map(() => true));
    expect(plan.reportingRequirements[6].indicators.map((i) => i.code)).toEqual(
      INDICATOR_CATALOGUE.filter((r) => r.requirement?.position === 7).map((r) => r.code),
    );
  });

  it("has nine obligations in reportingCycle(2015), due 2015-12-31, typed by the unit's domain", async () => {
    const reportingCycle = await cycle(2015);

    expect(reportingCycle.year).toBe(2015);
    expect(reportingCycle.obligations.map((o) => o.agencyCode)).toEqual(APPENDIX_UNITS);
    for (const [index, obligation] of reportingCycle.obligations.entries()) {
      expect(obligation).toMatchObject({
        __typename: `${prefix(domainOfAgency.get(obligation.agencyCode)!)}ReportingObligation`,
        year: 2015,
        deadline: "2015-12-31",
        deadlineSetBy: null,
        agency: { code: obligation.agencyCode },
        requirement: { position: index + 1 },
      });
      expect(obligation.indicators.map((i) => i.code)).toEqual(
        INDICATOR_CATALOGUE.filter((r) => r.requirement?.position === index + 1).map((r) => r.code),
      );
    }
    expect(reportingCycle.obligations[0].__typename).toBe("IndustryReportingObligation");
    expect(reportingCycle.obligations[5].__typename).toBe("LabourReportingObligation");
    expect(reportingCycle.obligations[8].__typename).toBe("AgricultureReportingObligation");
  });

  it("refuses a reportingCycle outside the plan's years, naming the range", async () => {
    const result = await federation.query(CYCLE, { year: 2021 });

    expect(result.errors?.[0]?.extensions?.["code"]).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0]?.message).toMatch(/year 2021 is outside the plan's reporting years 2012–2020/);
  });

  it("lets the standing office move one unit's deadline for one year, and nothing else", async () => {
    const before2016 = await cycle(2016);
    const input = { agencyCode: "HAIQUAN", year: 2016, deadline: "2016-12-15", setBy: "Trưởng ban chỉ đạo" };

    const set = dataOf(
      await federation.query<{ committee: { setReportingDeadline: ObligationView } }>(
        SET_DEADLINE,
        { input },
        await federation.as(STANDING_OFFICE),
      ),
    );
    const after2016 = await cycle(2016);
    const after2017 = await cycle(2017);

    expect(set.committee.setReportingDeadline).toEqual({
      __typename: "IndustryReportingObligation",
      agencyCode: "HAIQUAN",
      year: 2016,
      deadline: "2016-12-15",
      // Who set it is the signed-in caller; the setBy text goes to the audit trail only.
      deadlineSetBy: "Văn phòng Thường trực BCĐ",
    });
    expect(after2016.obligations.map((o) => [o.agencyCode, o.deadline])).toEqual(
      before2016.obligations.map((o) => [o.agencyCode, o.agencyCode === "HAIQUAN" ? "2016-12-15" : "2016-12-31"]),
    );
    expect(after2017.obligations.every((o) => o.deadline === "2017-12-31")).toBe(true);
  });

  it.each([
    [
      "a year outside the plan",
      { agencyCode: "THONGKE", year: 2022, deadline: "2022-12-15" },
      "BAD_USER_INPUT",
      /2012–2020/,
    ],
    [
      "an agency that is no reporting unit",
      { agencyCode: "CT", year: 2014, deadline: "2014-12-15" },
      "NOT_A_REPORTING_UNIT",
      /CT is not a reporting unit/,
    ],
    [
      "an unknown agency",
      { agencyCode: "NOPE", year: 2014, deadline: "2014-12-15" },
      "NOT_FOUND",
      /Unknown agency code "NOPE"/,
    ],
    [
      "a date outside the reporting year and the next",
      { agencyCode: "THONGKE", year: 2014, deadline: "2013-12-15" },
      "INVALID_DATE",
      /between 2014-01-01 and 2015-12-31/,
    ],
    [
      "a date that is not on the calendar",
      { agencyCode: "THONGKE", year: 2014, deadline: "2014-02-30" },
      "INVALID_DATE",
      /deadline "2014-02-30" is not a calendar date/,
    ],
  ])("refuses %s and changes nothing", async (_name, fields, code, message) => {
    const before = await cycle(2014);

    const result = await federation.query(
      SET_DEADLINE,
      { input: { ...fields, setBy: "Ban chỉ đạo" } },
      await federation.as(STANDING_OFFICE),
    );

    expect(answeredWrites(result, "committee")).toEqual({});
    expect(result.errors?.[0]?.extensions?.["code"]).toBe(code);
    expect(result.errors?.[0]?.message).toMatch(message);
    expect(await cycle(2014)).toEqual(before);
  });

  it("resolves references to the new entity types in one batch, each only as its own domain's", async () => {
    const result = await federation.subgraphQuery<{ _entities: Array<Record<string, unknown> | null> }>(
      "plan",
      `query ($representations: [_Any!]!) { _entities(representations: $representations) {
        __typename
        ... on Indicator { code reportingAgency { code } }
        ... on Target { code min }
        ... on ReportingObligation { agencyCode year deadline }
      } }`,
      {
        representations: [
          { __typename: "IndustryIndicator", code: "IIP" },
          { __typename: "LabourIndicator", code: "TRAINED_WORKERS" },
          { __typename: "LabourIndicator", code: "IIP" },
          { __typename: "IndustryTarget", code: "IIP_GROWTH_2016_2020" },
          { __typename: "ScienceTarget", code: "IIP_GROWTH_2016_2020" },
          ...APPENDIX_UNITS.map((agencyCode) => ({
            __typename: `${prefix(domainOfAgency.get(agencyCode)!)}ReportingObligation`,
            agencyCode,
            year: 2013,
          })),
          { __typename: "AgricultureReportingObligation", agencyCode: "NNPTNT", year: 2020 },
          { __typename: "IndustryReportingObligation", agencyCode: "LDTBXH", year: 2013 },
          { __typename: "IndustryReportingObligation", agencyCode: "THONGKE", year: 2011 },
          { __typename: "IndustryReportingObligation", agencyCode: "CT", year: 2013 },
        ],
      },
    );

    const entities = dataOf(result)._entities;
    expect(entities.slice(0, 5)).toEqual([
      { __typename: "IndustryIndicator", code: "IIP", reportingAgency: { code: "THONGKE" } },
      { __typename: "LabourIndicator", code: "TRAINED_WORKERS", reportingAgency: { code: "LDTBXH" } },
      null,
      { __typename: "IndustryTarget", code: "IIP_GROWTH_2016_2020", min: 14 },
      null,
    ]);
    expect(entities.slice(5, 14)).toEqual(
      APPENDIX_UNITS.map((agencyCode) => ({
        __typename: `${prefix(domainOfAgency.get(agencyCode)!)}ReportingObligation`,
        agencyCode,
        year: 2013,
        deadline: "2013-12-31",
      })),
    );
    expect(entities.slice(14)).toEqual([
      { __typename: "AgricultureReportingObligation", agencyCode: "NNPTNT", year: 2020, deadline: "2020-12-31" },
      null,
      null,
      null,
    ]);
    // indicator, target, then obligations (plan, units, deadlines), then the indicators' agencies:
    // the same for 13 obligations as for one.
    expect(result.extensions?.["sqlStatements"]).toBeLessThanOrEqual(6);
  });

  it("keeps the catalogue queries' SQL flat: one statement per level", async () => {
    const result = await federation.query(`{
      indicators { code reportingAgency { code } requirement { position } targets { code } }
    }`);

    dataOf(result);
    expect((result.extensions?.["sqlStatements"] as Record<string, number>)["plan"]).toBeLessThanOrEqual(4);
  });
});
