import { TEST_DATABASE_KIND } from "@hpig/kit/testing";
import { INDICATOR_CATALOGUE } from "@hpig/plan/indicator/indicator-catalogue";
import { parse } from "csv-parse/sync";

import { AUDIT_ENTRY_FIELDS, type AuditEntryView } from "./testkit/audit";
import { startTestFederation, type TestFederation } from "./testkit/federation";
import { answeredWrites, dataOf, type GraphQLResult } from "./testkit/http";
import { DOMAINS, editorOf, sqlStatementsOf } from "./testkit/progress";

/** The nine units of the appendix, in its order (row 1 first). */
const UNITS = ["THONGKE", "CUCTHUE", "HAIQUAN", "BQLKKT", "KHDT", "LDTBXH", "KHCN", "TNMT", "NNPTNT"];
/** Row 1's seven quantities of industrial enterprises, as the appendix lists them. */
const THONGKE_OBLIGATION = [
  "IIP",
  "NET_REVENUE",
  "CAPITAL",
  "FIXED_ASSETS_LONG_TERM_INVESTMENT",
  "BUDGET_CONTRIBUTIONS",
  "AVERAGE_WORKERS",
  "AVERAGE_INCOME",
];
/** The six section I quantities: THONGKE reports them, but no appendix item asks for them. */
const SECTION_I = [
  "INDUSTRY_CONSTRUCTION_GDP_SHARE",
  "INDUSTRY_GDP_SHARE",
  "INDUSTRY_CONSTRUCTION_GDP_GROWTH",
  "IIP_GROWTH",
  "HIGH_TECH_OUTPUT_SHARE",
  "MANUFACTURING_OUTPUT_SHARE",
];

const CALLERS = {
  committee: { subject: "test:committee-member", name: "Thành viên Ban chỉ đạo", roles: ["committee" as const] },
  "standing-office": {
    subject: "test:so-binh",
    name: "Trần Thị Bình",
    agency: "CT",
    roles: ["standing-office" as const],
  },
  editor: { subject: "test:editor-thongke", name: "Nguyễn Văn An", agency: "THONGKE", roles: ["editor" as const] },
  viewer: { subject: "test:viewer-khdt", name: "Phạm Thu Hà", agency: "KHDT", roles: ["viewer" as const] },
};
type Role = keyof typeof CALLERS;

/** The plan's fields of an agency's obligations. */
const PLAN_FIELDS = "agencyCode year requiredFigures deadline deadlineReason deadlineSetBy indicators { code }";
const OBLIGATIONS = `query ($code: ID!, $year: Int!) { agency(code: $code) { code domain obligations(year: $year) {
  ${PLAN_FIELDS}
  submission { expectedItems receivedItems completeness status missing { indicatorCode period cell needs } }
} } }`;
/** The same, asked of plan alone, around the gateway. */
const PLAN_OBLIGATIONS = `query ($code: ID!, $year: Int!) { agency(code: $code) { code domain obligations(year: $year) {
  ${PLAN_FIELDS}
} } }`;
const SET_DEADLINE = `mutation ($input: SetReportingDeadlineInput!) { committee { setReportingDeadline(input: $input) {
  agencyCode year deadline deadlineReason deadlineSetBy
} } }`;
const TRAIL = `query ($filter: AuditTrailFilter) { plan { auditTrail(filter: $filter, limit: 500) { ${AUDIT_ENTRY_FIELDS} } } }`;

interface ObligationView {
  agencyCode: string;
  year: number;
  requiredFigures: string;
  deadline: string;
  deadlineReason: string | null;
  deadlineSetBy: string | null;
  indicators: Array<{ code: string }>;
  submission: {
    expectedItems: number;
    receivedItems: number;
    completeness: number;
    status: string;
    missing: Array<{ indicatorCode: string; period: string; cell: string; needs: string }>;
  };
}

interface Figure {
  indicatorCode: string;
  period: string;
  value: number;
  status: "ESTIMATE" | "PRELIMINARY" | "OFFICIAL";
}

/** Plausible values for THONGKE's quantities: fixed assets within capital, counts whole. */
const THONGKE_VALUES: Record<string, number> = {
  IIP: 112.4,
  NET_REVENUE: 254_300,
  CAPITAL: 310_500,
  FIXED_ASSETS_LONG_TERM_INVESTMENT: 121_800,
  BUDGET_CONTRIBUTIONS: 9_150,
  AVERAGE_WORKERS: 212_400,
  AVERAGE_INCOME: 5_850,
};

describe(`a department's December duty in one query (${TEST_DATABASE_KIND})`, () => {
  let federation: TestFederation;
  const headers: Partial<Record<Role, Record<string, string>>> = {};

  beforeAll(async () => {
    federation = await startTestFederation(TEST_DATABASE_KIND);
    for (const role of Object.keys(CALLERS) as Role[]) headers[role] = await federation.as(CALLERS[role]);
  });
  afterAll(() => federation?.stop());

  const obligationsOf = async (code: string, year: number, via: "gateway" | "plan" = "gateway") => {
    const result =
      via === "gateway"
        ? await federation.query<{ agency: { domain: string; obligations: ObligationView[] } }>(OBLIGATIONS, {
            code,
            year,
          })
        : await federation.subgraphQuery<{ agency: { domain: string; obligations: ObligationView[] } }>(
            "plan",
            PLAN_OBLIGATIONS,
            { code, year },
          );
    return dataOf(result).agency;
  };

  /** A unit's CSV template of a year, from its domain subgraph, as rows keyed by header. */
  const templateOf = async (agency: string, domain: string, year: number) => {
    const response = await fetch(
      `${federation.subgraphs[domain.toLowerCase()].url}/spreadsheets/template?agency=${agency}&year=${year}&format=csv`,
      { headers: headers.viewer },
    );
    expect(response.status).toBe(200);
    return parse<Record<string, string>>(Buffer.from(await response.arrayBuffer()), { bom: true, columns: true });
  };

  const submit = async (domain: string, agency: string, observations: Figure[]) =>
    dataOf(
      await federation.query<Record<string, { submitObservations: { created: number } }>>(
        `mutation ($input: SubmitObservationsInput!) { ${domain} { submitObservations(input: $input) { created } } }`,
        { input: { observations } },
        await editorOf(federation, agency),
      ),
    )[domain].submitObservations;

  describe("one list: the obligation's indicators, its template and its count", () => {
    it.each(UNITS.map((code, index) => [code, index + 1] as const))(
      "%s (appendix row %i): the obligation, the template and expectedItems name the same indicators",
      async (code, row) => {
        const agency = await obligationsOf(code, 2015);
        const template = await templateOf(code, agency.domain, 2015);

        expect(agency.obligations).toHaveLength(1);
        const [obligation] = agency.obligations;
        const listed = obligation.indicators.map((indicator) => indicator.code);
        // The catalogue's items of this row, and nothing else: no section I quantity.
        expect(listed).toEqual(INDICATOR_CATALOGUE.filter((r) => r.requirement?.position === row).map((r) => r.code));
        expect(listed.filter((c) => SECTION_I.includes(c))).toEqual([]);
        expect([...new Set(template.map((line) => line["indicator_code"]))]).toEqual(listed);
        // Nothing received yet: every template row is an expected item, and every expected item a template row.
        expect(obligation.submission).toMatchObject({
          expectedItems: template.length,
          receivedItems: 0,
          status: "NOT_RECEIVED",
        });
        // Row 1 alone asks for last year's official figure; every other row this year's figure only.
        const periods = [...new Set(template.map((line) => `${line["period"]} ${line["status"]}`))].sort();
        if (code === "THONGKE") {
          expect(obligation.requiredFigures).toBe("PREVIOUS_YEAR_OFFICIAL_AND_REPORTING_YEAR_ESTIMATE");
          expect(periods).toEqual(["2014 OFFICIAL", "2015 ESTIMATE"]);
        } else {
          expect(obligation.requiredFigures).toBe("REPORTING_YEAR_FIGURE");
          expect(periods).toEqual(["2015 ESTIMATE"]);
        }
      },
    );

    it("THONGKE: 7 indicators in the obligation, the template and the count (2 items each), none of section I", async () => {
      const { domain, obligations } = await obligationsOf("THONGKE", 2015);
      const template = await templateOf("THONGKE", domain, 2015);

      expect(obligations[0].indicators.map((i) => i.code)).toEqual(THONGKE_OBLIGATION);
      // No required breakdown: the total of each, 2014 official and 2015 estimate.
      expect(obligations[0].submission.expectedItems).toBe(14);
      expect(template.map((line) => [line["indicator_code"], line["period"], line["status"]])).toEqual(
        THONGKE_OBLIGATION.flatMap((c) => [
          [c, "2014", "OFFICIAL"],
          [c, "2015", "ESTIMATE"],
        ]),
      );
    });

    it("answers the same obligation straight from plan, and none for an agency the appendix does not name", async () => {
      const direct = await obligationsOf("THONGKE", 2015, "plan");
      const standingOffice = await obligationsOf("CT", 2015);

      expect(direct.obligations.map((o) => [o.agencyCode, o.indicators.length, o.requiredFigures])).toEqual([
        ["THONGKE", 7, "PREVIOUS_YEAR_OFFICIAL_AND_REPORTING_YEAR_ESTIMATE"],
      ]);
      expect(standingOffice.obligations).toEqual([]);
    });

    it("says the domain's copy is not synced, rather than calling a unit complete, while the copy lacks the appendix rows", async () => {
      // A copy as a domain kept it from before the appendix rows were synced (the migration leaves them empty).
      const db = await federation.openDatabase("agriculture");
      const kept: Array<{ code: string; requirement_position: number; required_figures: string }> = await db.query(
        "SELECT code, requirement_position, required_figures FROM indicator_reference WHERE requirement_position IS NOT NULL",
      );
      await db.query("UPDATE indicator_reference SET requirement_position = NULL, required_figures = NULL");
      try {
        const result = await federation.query<{ agency: { obligations: Array<{ submission: unknown }> } }>(
          `{ agency(code: "NNPTNT") { obligations(year: 2015) { agencyCode submission { completeness } } } }`,
        );
        const template = await fetch(
          `${federation.subgraphs["agriculture"].url}/spreadsheets/template?agency=NNPTNT&year=2015&format=csv`,
          { headers: headers.viewer },
        );

        expect(result.data?.agency.obligations).toEqual([{ agencyCode: "NNPTNT", submission: null }]);
        expect(result.errors?.map((e) => [e.extensions?.["code"], e.path?.join(".")])).toEqual([
          ["REGISTRY_NOT_SYNCED", "agency.obligations.0.submission"],
        ]);
        expect(result.errors?.[0]?.message).toBe(
          "The agriculture subgraph's copy of the indicator catalogue does not yet list the indicators of NNPTNT's appendix row; it is refreshed from plan shortly.",
        );
        expect([template.status, ((await template.json()) as { error: string }).error]).toEqual([
          503,
          "REGISTRY_NOT_SYNCED",
        ]);
      } finally {
        for (const row of kept) {
          await db.query(
            "UPDATE indicator_reference SET requirement_position = ?, required_figures = ? WHERE code = ?",
            [row.requirement_position, row.required_figures, row.code],
          );
        }
        await db.destroy();
      }
    });

    it("refuses a year outside the plan's, as reportingCycle does", async () => {
      const result = await federation.query(OBLIGATIONS, { code: "THONGKE", year: 2021 });

      expect(result.errors?.[0]?.extensions?.["code"]).toBe("BAD_USER_INPUT");
      expect(result.errors?.[0]?.message).toMatch(/year 2021 is outside the plan's reporting years 2012–2020/);
    });
  });

  describe("last year's official figure only where the appendix asks for it", () => {
    it("NNPTNT is complete with its three 2015 figures, without any official figure of 2014", async () => {
      await submit(
        "agriculture",
        "NNPTNT",
        [
          ["CRAFT_VILLAGES_RECOGNISED", 4],
          ["RURAL_INDUSTRY_INFRASTRUCTURE_WORKS", 12],
          ["RURAL_INDUSTRY_INFRASTRUCTURE_INVESTMENT", 86.5],
        ].map(([indicatorCode, value]) => ({
          indicatorCode: String(indicatorCode),
          period: "2015",
          value: Number(value),
          status: "ESTIMATE" as const,
        })),
      );

      const [obligation] = (await obligationsOf("NNPTNT", 2015)).obligations;

      // Sent today, after the 2015 deadline: complete, late.
      expect(obligation.submission).toEqual({
        expectedItems: 3,
        receivedItems: 3,
        completeness: 1,
        status: "COMPLETE_LATE",
        missing: [],
      });
    });

    it("THONGKE is not complete with its 2015 estimates alone: it owes the official figures of 2014", async () => {
      await submit(
        "industry",
        "THONGKE",
        THONGKE_OBLIGATION.map((indicatorCode) => ({
          indicatorCode,
          period: "2015",
          value: THONGKE_VALUES[indicatorCode],
          status: "ESTIMATE" as const,
        })),
      );

      const [obligation] = (await obligationsOf("THONGKE", 2015)).obligations;

      expect(obligation.submission).toEqual({
        expectedItems: 14,
        receivedItems: 7,
        completeness: 0.5,
        status: "PARTIAL",
        missing: THONGKE_OBLIGATION.map((indicatorCode) => ({
          indicatorCode,
          period: "2014",
          cell: "",
          needs: "OFFICIAL",
        })),
      });
    });

    it("THONGKE sends section I figures (GraphQL and a file); they are recorded, and the obligation's count does not move", async () => {
      const before = (await obligationsOf("THONGKE", 2015)).obligations[0].submission;

      const viaGraphQL = await submit("industry", "THONGKE", [
        { indicatorCode: "IIP_GROWTH", period: "2015", value: 13.9, status: "ESTIMATE" },
        { indicatorCode: "INDUSTRY_CONSTRUCTION_GDP_GROWTH", period: "2015", value: 11.2, status: "ESTIMATE" },
      ]);
      const csv =
        "\uFEFFindicator_code,period,status,value,comment\r\n" +
        "INDUSTRY_GDP_SHARE,2015,OFFICIAL,31.6,Niên giám thống kê 2015\r\n" +
        "INDUSTRY_CONSTRUCTION_GDP_SHARE,2015,OFFICIAL,36.8,\r\n";
      const upload = await fetch(`${federation.subgraphs["industry"].url}/spreadsheets/upload`, {
        method: "POST",
        headers: { ...(await editorOf(federation, "THONGKE")), "content-type": "text/csv" },
        body: csv,
      });
      const after = (await obligationsOf("THONGKE", 2015)).obligations[0].submission;
      const { indicators } = dataOf(
        await federation.query<{
          indicators: Array<{ code: string; series: Array<{ value: number; status: string }> }>;
        }>(`{ indicators(agency: "THONGKE") { code series(from: "2015", to: "2015") { value status } } }`),
      );

      expect(viaGraphQL.created).toBe(2);
      expect(upload.status).toBe(200);
      expect(await upload.json()).toMatchObject({ rows: 2, created: 2 });
      const sent = new Map(indicators.map((i) => [i.code, i.series]));
      expect(SECTION_I.filter((c) => sent.get(c)!.length > 0)).toEqual([
        "INDUSTRY_CONSTRUCTION_GDP_SHARE",
        "INDUSTRY_GDP_SHARE",
        "INDUSTRY_CONSTRUCTION_GDP_GROWTH",
        "IIP_GROWTH",
      ]);
      expect(sent.get("INDUSTRY_GDP_SHARE")).toEqual([{ value: 31.6, status: "OFFICIAL" }]);
      expect(after).toEqual(before);
    });

    it("THONGKE is complete once its 2014 official figures arrive, filled into its template", async () => {
      const { domain } = await obligationsOf("THONGKE", 2015);
      const template = await templateOf("THONGKE", domain, 2015);
      const official = template.filter((line) => line["period"] === "2014");
      const csv =
        "\uFEFFindicator_code,period,status,value\r\n" +
        official
          .map((line) => `${line["indicator_code"]},2014,OFFICIAL,${THONGKE_VALUES[line["indicator_code"]] - 1}`)
          .join("\r\n");

      const upload = await fetch(`${federation.subgraphs["industry"].url}/spreadsheets/upload`, {
        method: "POST",
        headers: { ...(await editorOf(federation, "THONGKE")), "content-type": "text/csv" },
        body: csv,
      });
      const [obligation] = (await obligationsOf("THONGKE", 2015)).obligations;

      expect(upload.status).toBe(200);
      expect(official).toHaveLength(7);
      expect(obligation.submission).toEqual({
        expectedItems: 14,
        receivedItems: 14,
        completeness: 1,
        status: "COMPLETE_LATE",
        missing: [],
      });
    });
  });

  describe("deadlines in December unless the standing office records a reason", () => {
    /** Every deadline of 2016 and the plan's whole audit trail, read by the standing office. */
    const state = async () =>
      dataOf(
        await federation.query(
          `{ reportingCycle(year: 2016) { obligations { agencyCode deadline deadlineReason deadlineSetBy } }
             plan { auditTrail(limit: 500) { at action entityKey } } }`,
          {},
          headers["standing-office"],
        ),
      );
    const trail = async () =>
      dataOf(
        await federation.query<{ plan: { auditTrail: AuditEntryView[] } }>(
          TRAIL,
          { filter: { entityType: "ReportingObligation" } },
          headers["committee"],
        ),
      ).plan.auditTrail;

    it("accepts a day in December of the reporting year, without a reason", async () => {
      const result = await federation.query<{ committee: { setReportingDeadline: unknown } }>(
        SET_DEADLINE,
        { input: { agencyCode: "KHDT", year: 2016, deadline: "2016-12-15" } },
        headers["standing-office"],
      );

      expect(dataOf(result).committee.setReportingDeadline).toEqual({
        agencyCode: "KHDT",
        year: 2016,
        deadline: "2016-12-15",
        deadlineReason: null,
        deadlineSetBy: "Trần Thị Bình",
      });
    });

    it.each([
      ["in January of the next year", "2017-01-16"],
      ["in November", "2016-11-30"],
      ["in December of the next year", "2017-12-15"],
    ])("refuses a date %s without a reason, writing and recording nothing", async (_when, deadline) => {
      const before = await state();

      const result = await federation.query(
        SET_DEADLINE,
        { input: { agencyCode: "LDTBXH", year: 2016, deadline } },
        headers["standing-office"],
      );

      expect(result.errors?.[0]?.extensions?.["code"]).toBe("DEADLINE_OUTSIDE_DECEMBER");
      expect(result.errors?.[0]?.message).toBe(
        `deadline ${deadline} is not in December 2016, the month the plan names for the reporting year's figures; a deadline outside it needs a reason (reason, 1–500 characters)`,
      );
      expect(answeredWrites(result, "committee")).toEqual({});
      expect(await state()).toEqual(before);
    });

    it.each([
      ["a blank reason", "   ", /reason must not be blank/],
      ["a reason over 500 characters", "lý do ".repeat(100), /reason must be shorter than or equal to 500 characters/],
    ])("refuses %s, writing and recording nothing", async (_what, reason, message) => {
      const before = await state();

      const result = await federation.query(
        SET_DEADLINE,
        { input: { agencyCode: "LDTBXH", year: 2016, deadline: "2017-01-16", reason } },
        headers["standing-office"],
      );

      expect(result.errors?.[0]?.extensions?.["code"]).toBe("BAD_USER_INPUT");
      expect(result.errors?.[0]?.message).toMatch(message);
      expect(await state()).toEqual(before);
    });

    it("accepts another date with a reason: stored, returned as deadlineReason and kept in the audit entry", async () => {
      const reason = "Lùi hạn theo Thông báo 45/TB-BCĐ: Sở chờ kết quả tổng hợp cả năm";
      const entries = await trail();

      const result = await federation.query<{ committee: { setReportingDeadline: unknown } }>(
        SET_DEADLINE,
        { input: { agencyCode: "LDTBXH", year: 2016, deadline: "2017-01-16", reason } },
        headers["standing-office"],
      );
      const read = (await obligationsOf("LDTBXH", 2016)).obligations[0];

      expect(dataOf(result).committee.setReportingDeadline).toEqual({
        agencyCode: "LDTBXH",
        year: 2016,
        deadline: "2017-01-16",
        deadlineReason: reason,
        deadlineSetBy: "Trần Thị Bình",
      });
      expect([read.deadline, read.deadlineReason, read.deadlineSetBy]).toEqual(["2017-01-16", reason, "Trần Thị Bình"]);
      const after = await trail();
      expect(after).toHaveLength(entries.length + 1);
      expect(after[0]).toMatchObject({
        action: "deadline.set",
        entityType: "ReportingObligation",
        entityKey: "LDTBXH/2016",
        before: { deadline: "2016-12-31", reason: null },
        after: { deadline: "2017-01-16", reason, setBy: "Trần Thị Bình" },
        actor: { subject: "test:so-binh", roles: ["standing-office"] },
      });
    });

    it.each(
      (["committee", "editor", "viewer"] as const).flatMap((role) =>
        (["gateway", "plan"] as const).map((path) => [role, path] as const),
      ),
    )("refuses %s, with or without a reason, writing nothing (%s)", async (role, path) => {
      const before = await state();
      const input = { agencyCode: "TNMT", year: 2016, deadline: "2017-01-10", reason: "Không được phép" };

      const result =
        path === "gateway"
          ? await federation.query(SET_DEADLINE, { input }, headers[role])
          : await federation.subgraphQuery("plan", SET_DEADLINE, { input }, headers[role]);

      expect(result.errors?.[0]?.extensions?.["code"]).toBe("FORBIDDEN");
      expect(result.errors?.[0]?.message).toBe("This needs the role standing-office.");
      expect(answeredWrites(result, "committee")).toEqual({});
      expect(await state()).toEqual(before);
    });
  });

  describe("SQL statements: every agency's obligations cost what one agency's do", () => {
    const FIELDS = "obligations(year: 2015) { indicators { code } submission { completeness } }";
    /** Per subgraph: plan (agencies, plan, units, deadlines, indicators); a domain (its copy of the catalogue, the figures). */
    const BUDGET = { plan: 5, domain: 2 };
    let one: GraphQLResult<{ agency: { obligations: unknown[] } }>;
    let all: GraphQLResult<{ agencies: Array<{ code: string; obligations: unknown[] }> }>;

    beforeAll(async () => {
      one = await federation.query(`{ agency(code: "THONGKE") { ${FIELDS} } }`);
      all = await federation.query(`{ agencies { code ${FIELDS} } }`);
    });

    it("answers all nine units' obligations, and none for the other agencies", () => {
      const { agencies } = dataOf(all);

      expect(agencies).toHaveLength(26);
      expect(new Set(agencies.filter((a) => a.obligations.length > 0).map((a) => a.code))).toEqual(new Set(UNITS));
      expect(agencies.every((a) => a.obligations.length <= 1)).toBe(true);
    });

    it(`stays within ${BUDGET.plan} statements for plan and ${BUDGET.domain} per domain, for one agency and for all`, () => {
      const oneCounts = sqlStatementsOf(one);
      const allCounts = sqlStatementsOf(all);

      expect(dataOf(one).agency.obligations).toHaveLength(1);
      expect(Object.keys(oneCounts).sort()).toEqual(["industry", "plan"]);
      expect(Object.keys(allCounts).sort()).toEqual(["plan", ...DOMAINS].sort());
      // The same statements in plan whatever the number of agencies; one domain's share of all as for one agency.
      expect(allCounts["plan"]).toBe(oneCounts["plan"]);
      expect(allCounts["plan"]).toBeLessThanOrEqual(BUDGET.plan);
      expect(allCounts["industry"]).toBe(oneCounts["industry"]);
      expect(DOMAINS.filter((domain) => !(allCounts[domain] <= BUDGET.domain))).toEqual([]);
    });
  });
});
