import { TEST_DATABASE_KIND } from "@hpig/kit/testing";

import { AUDIT_ENTRY_FIELDS, type AuditEntryView } from "./testkit/audit";
import { NO_CACHE } from "./testkit/cache";
import { startTestFederation, type TestFederation } from "./testkit/federation";
import { dataOf, type GraphQLResult } from "./testkit/http";
import { sqlStatementsOf, vietnamToday } from "./testkit/progress";

// TNMT's records of EIA approvals and commitment registrations, through the gateway.
const APPROVAL_FIELDS = `id revision kind projectName investor decisionNumber decidedOn approvingBody correctionReason
  recordedBy sample park { code } investmentProject { id }`;
const EIA = `query ($year: Int!, $park: ID, $first: Int, $after: String) { environment {
  eiaApprovals(year: $year, park: $park, first: $first, after: $after) { totalCount nextCursor items { ${APPROVAL_FIELDS} } }
} }`;
const COMMITMENTS = `query ($year: Int!, $first: Int, $after: String) { environment {
  commitmentRegistrations(year: $year, first: $first, after: $after) { totalCount nextCursor items { ${APPROVAL_FIELDS} } }
} }`;
const RECORD_EIA = `mutation ($input: ApprovalInput!) { environment { recordEiaApproval(input: $input) { ${APPROVAL_FIELDS} } } }`;
const RECORD_COMMITMENT = `mutation ($input: ApprovalInput!) { environment { recordCommitmentRegistration(input: $input) { ${APPROVAL_FIELDS} } } }`;
const CORRECT = `mutation ($id: ID!, $expectedRevision: Int!, $reason: String!, $input: ApprovalInput!) { environment {
  correctEnvironmentalApproval(id: $id, expectedRevision: $expectedRevision, reason: $reason, input: $input) {
    ${APPROVAL_FIELDS} revisions { revision investor decidedOn correctionReason }
  }
} }`;
const TRAIL = `{ environment { auditTrail(filter: { entityType: "EnvironmentalApproval" }) { ${AUDIT_ENTRY_FIELDS} } } }`;

interface Approval {
  id: string;
  revision: number;
  kind: string;
  projectName: string;
  investor: string;
  decisionNumber: string;
  decidedOn: string;
  approvingBody: string;
  correctionReason: string | null;
  recordedBy: string;
  sample: boolean;
  park: { code: string } | null;
  investmentProject: { id: string } | null;
  revisions?: Array<{ revision: number; investor: string; decidedOn: string; correctionReason: string | null }>;
}
interface Page {
  totalCount: number;
  nextCursor: string | null;
  items: Approval[];
}

const TNMT_EDITOR = { subject: "t:tnmt", agency: "TNMT", roles: ["editor" as const], name: "Lê Thị Mai" };
/** A year after the sample's (2011–2020) and before today: only this file's writes are in it. */
const YEAR = Number(vietnamToday().slice(0, 4)) - 1;

const input = (fields: Record<string, unknown> = {}) => ({
  projectName: "Nhà máy sản xuất linh kiện điện tử tại KCN Tràng Duệ",
  investor: "Công ty TNHH Điện tử Hải Long",
  investmentProjectId: "IP-2024-17",
  decisionNumber: "2417/QĐ-UBND",
  decidedOn: `${YEAR}-03-15`,
  approvingBody: "UBND_TP",
  park: "TRANG_DUE",
  ...fields,
});

describe(`EIA approvals and commitment registrations, TNMT's records (${TEST_DATABASE_KIND})`, () => {
  let federation: TestFederation;

  beforeAll(async () => {
    federation = await startTestFederation(TEST_DATABASE_KIND, {
      subgraphs: ["industry", "investment", "labour", "environment"],
      sampleData: true,
    });
  });
  afterAll(() => federation?.stop());

  /** Rows of environment's tables, read with the test's own SQL. */
  const sql = async <T>(query: string, parameters: unknown[] = []): Promise<T[]> => {
    const db = await federation.openDatabase("environment");
    try {
      return await db.query<T[]>(query, parameters);
    } finally {
      await db.destroy();
    }
  };
  const CURRENT = `FROM environmental_approval_revision r
    JOIN environmental_approval a ON a.id = r.approval_id AND a.revision = r.revision`;
  /** Every table these writes touch, counted: a refused write changes none. */
  const footprint = async () =>
    sql<{ approvals: number | string; revisions: number | string; audit: number | string }>(
      `SELECT (SELECT COUNT(*) FROM environmental_approval) AS approvals,
              (SELECT COUNT(*) FROM environmental_approval_revision) AS revisions,
              (SELECT COUNT(*) FROM audit_entry) AS audit`,
    ).then(([row]) => ({
      approvals: Number(row.approvals),
      revisions: Number(row.revisions),
      audit: Number(row.audit),
    }));

  const eia = async (variables: Record<string, unknown>, headers?: Record<string, string>) =>
    dataOf(await federation.query<{ environment: { eiaApprovals: Page } }>(EIA, variables, headers)).environment
      .eiaApprovals;
  const record = async (
    fields: Record<string, unknown>,
    claims: Parameters<TestFederation["as"]>[0] = TNMT_EDITOR,
    mutation = RECORD_EIA,
  ) =>
    federation.query<{ environment: Record<string, Approval | null> }>(
      mutation,
      { input: input(fields) },
      await federation.as(claims),
    );
  const correct = async (
    variables: Record<string, unknown>,
    claims: Parameters<TestFederation["as"]>[0] = TNMT_EDITOR,
  ) =>
    federation.query<{ environment: { correctEnvironmentalApproval: Approval | null } }>(
      CORRECT,
      { reason: "Sửa theo bản chính của quyết định", ...variables },
      await federation.as(claims),
    );
  const codes = (result: GraphQLResult<unknown>) =>
    result.errors?.map((error) => [
      error.extensions?.["code"],
      (error.extensions?.["details"] as { field?: string })?.field,
    ]);

  it("lists a sample year's EIA approvals page by page, as the database holds them", async () => {
    const expected = await sql<{ id: number | string }>(
      `SELECT r.approval_id AS id ${CURRENT} WHERE r.kind = 'EIA' AND r.decided_on BETWEEN '2015-01-01' AND '2015-12-31'
       ORDER BY r.decided_on, r.approval_id`,
    );
    const listed: Approval[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page: Page = await eia({ year: 2015, first: 7, after });
      expect(page.totalCount).toBe(expected.length);
      listed.push(...page.items);
      after = page.nextCursor;
      pages += 1;
    } while (after !== null);

    expect(listed.map((approval) => approval.id)).toEqual(expected.map((row) => String(row.id)));
    expect(pages).toBe(Math.ceil(expected.length / 7));
    expect(expected.length).toBeGreaterThanOrEqual(20);
    expect(
      listed.every((approval) => approval.sample && approval.kind === "EIA" && approval.decidedOn.startsWith("2015")),
    ).toBe(true);
  });

  it("filters by park, and links each park to investment's record of it", async () => {
    const parks = await sql<{ park: string; n: number | string }>(
      `SELECT r.park_code AS park, COUNT(*) AS n ${CURRENT}
       WHERE r.kind = 'EIA' AND r.decided_on BETWEEN '2016-01-01' AND '2016-12-31' AND r.park_code IS NOT NULL
       GROUP BY r.park_code ORDER BY COUNT(*) DESC, r.park_code`,
    );
    const [busiest] = parks;
    const named = dataOf(
      await federation.query<{
        environment: { eiaApprovals: { items: Array<{ park: { code: string; name: string } }> } };
      }>(
        `query ($park: ID) { environment { eiaApprovals(year: 2016, park: $park) { items { park { code name } } } } }`,
        { park: busiest.park },
      ),
    ).environment.eiaApprovals.items;
    const parkRecords = dataOf(
      await federation.query<{ investment: { industrialParks: Array<{ code: string; name: string }> } }>(
        `{ investment { industrialParks { code name } } }`,
      ),
    ).investment.industrialParks;

    expect(named).toHaveLength(Number(busiest.n));
    const name = parkRecords.find((park) => park.code === busiest.park)!.name;
    expect(named.every((item) => item.park.code === busiest.park && item.park.name === name)).toBe(true);
  });

  it("lists the commitment registrations of a year, as many as the database holds", async () => {
    const [count] = await sql<{ n: number | string }>(
      `SELECT COUNT(*) AS n ${CURRENT} WHERE r.kind = 'COMMITMENT' AND r.decided_on BETWEEN '2018-01-01' AND '2018-12-31'`,
    );

    const page = dataOf(
      await federation.query<{ environment: { commitmentRegistrations: Page } }>(COMMITMENTS, {
        year: 2018,
        first: 500,
      }),
    ).environment.commitmentRegistrations;

    expect(page.items).toHaveLength(Number(count.n));
    expect(page.totalCount).toBe(Number(count.n));
    expect(page.nextCursor).toBeNull();
    expect(
      page.items.every(
        (item) => item.kind === "COMMITMENT" && ["STNMT", "BQLKKT", "UBND_QH"].includes(item.approvingBody),
      ),
    ).toBe(true);
  });

  it("derives 2016's counts of projects through the gateway as the test's SQL counts them, beside the submitted figures", async () => {
    const projects = async (kind: string) =>
      Number(
        (
          await sql<{ n: number | string }>(
            `SELECT COUNT(DISTINCT r.project_key) AS n ${CURRENT}
             WHERE r.kind = ? AND r.decided_on BETWEEN '2016-01-01' AND '2016-12-31'`,
            [kind],
          )
        )[0].n,
      );

    const figures = dataOf(
      await federation.query<{
        environment: {
          derivedFigures: Array<{
            indicatorCode: string;
            recordType: string;
            cells: Array<{
              derivedValue: number;
              submittedValue: number | null;
              difference: number | null;
              recordCount: number;
            }>;
          }>;
        };
      }>(`{ environment { derivedFigures(year: 2016) { indicatorCode recordType
        cells { derivedValue submittedValue difference recordCount } } } }`),
    ).environment.derivedFigures;

    const byCode = new Map(figures.map((figure) => [figure.indicatorCode, figure]));
    for (const [code, kind] of [
      ["PROJECTS_EIA_APPROVED", "EIA"],
      ["PROJECTS_ENV_COMMITMENT_APPROVED", "COMMITMENT"],
    ] as const) {
      const [cell] = byCode.get(code)!.cells;
      const expected = await projects(kind);
      expect({ code, derived: cell.derivedValue, records: cell.recordCount }).toEqual({
        code,
        derived: expected,
        records: expected,
      });
      expect(cell.difference).toBe(cell.submittedValue === null ? null : expected - cell.submittedValue);
    }
  });

  it("answers a page in the same SQL statements however long, its revisions and parks batched", async () => {
    const statements = async (first: number) => {
      // The page size as a variable, as clients send it (a literal `first` multiplies the query's cost at the gateway).
      const result = await federation.query(
        `query ($first: Int) { environment { eiaApprovals(year: 2017, first: $first) { totalCount items {
          id revisions { revision } park { code name } investmentProject { id } } } } }`,
        { first },
        NO_CACHE,
      );
      dataOf(result);
      return sqlStatementsOf(result);
    };

    const short = await statements(10);
    const long = await statements(60);

    expect(long["environment"]).toBe(short["environment"]);
    // The page, its count, every revision of its approvals.
    expect(long["environment"]).toBeLessThanOrEqual(3);
    // Every park of the page in one statement.
    expect([short["investment"], long["investment"]]).toEqual([1, 1]);
  });

  it("lets an editor of TNMT record an EIA approval and a commitment registration, each audited", async () => {
    const before = await footprint();

    const approved = dataOf(await record({})).environment["recordEiaApproval"]!;
    const registered = dataOf(
      await record(
        { decisionNumber: "88/GXN-STNMT", approvingBody: "STNMT", investmentProjectId: null, park: null },
        TNMT_EDITOR,
        RECORD_COMMITMENT,
      ),
    ).environment["recordCommitmentRegistration"]!;

    expect(approved).toMatchObject({
      revision: 1,
      kind: "EIA",
      decisionNumber: "2417/QĐ-UBND",
      recordedBy: "Lê Thị Mai",
      sample: false,
      park: { code: "TRANG_DUE" },
      investmentProject: { id: "IP-2024-17" },
    });
    expect(registered).toMatchObject({
      kind: "COMMITMENT",
      approvingBody: "STNMT",
      park: null,
      investmentProject: null,
    });
    expect((await eia({ year: YEAR })).items.map((item) => item.id)).toEqual([approved.id]);
    expect(await footprint()).toEqual({
      approvals: before.approvals + 2,
      revisions: before.revisions + 2,
      audit: before.audit + 2,
    });
    const trail = dataOf(await federation.query<{ environment: { auditTrail: AuditEntryView[] } }>(TRAIL)).environment
      .auditTrail;
    expect(trail.slice(0, 2).map((entry) => [entry.action, entry.entityKey, entry.actor.agency, entry.before])).toEqual(
      [
        ["commitmentRegistration.record", registered.id, "TNMT", null],
        ["eiaApproval.record", approved.id, "TNMT", null],
      ],
    );
    expect(trail[1].after).toMatchObject({ decisionNumber: "2417/QĐ-UBND", parkCode: "TRANG_DUE", revision: 1 });
  });

  it("keeps the earlier revision when a record is corrected, and moves the approval to its corrected year", async () => {
    const first = dataOf(await record({ decisionNumber: "3001/QĐ-UBND", decidedOn: `${YEAR}-05-02` })).environment[
      "recordEiaApproval"
    ]!;

    const corrected = dataOf(
      await correct({
        id: first.id,
        expectedRevision: 1,
        input: input({
          decisionNumber: "3001/QĐ-UBND",
          decidedOn: `${YEAR - 1}-12-29`,
          investor: "Công ty TNHH Điện tử Hải Long Việt Nam",
        }),
      }),
    ).environment.correctEnvironmentalApproval!;

    expect(corrected).toMatchObject({
      id: first.id,
      revision: 2,
      correctionReason: "Sửa theo bản chính của quyết định",
    });
    expect(corrected.revisions).toEqual([
      { revision: 1, investor: "Công ty TNHH Điện tử Hải Long", decidedOn: `${YEAR}-05-02`, correctionReason: null },
      {
        revision: 2,
        investor: "Công ty TNHH Điện tử Hải Long Việt Nam",
        decidedOn: `${YEAR - 1}-12-29`,
        correctionReason: "Sửa theo bản chính của quyết định",
      },
    ]);
    expect((await eia({ year: YEAR })).items.map((item) => item.id)).not.toContain(first.id);
    expect((await eia({ year: YEAR - 1 })).items.map((item) => [item.id, item.revision])).toContainEqual([first.id, 2]);
    const [stored] = await sql<{ n: number | string }>(
      "SELECT COUNT(*) AS n FROM environmental_approval_revision WHERE approval_id = ?",
      [Number(first.id)],
    );
    expect(Number(stored.n)).toBe(2);
    const trail = dataOf(await federation.query<{ environment: { auditTrail: AuditEntryView[] } }>(TRAIL)).environment
      .auditTrail;
    expect(trail[0]).toMatchObject({
      action: "eiaApproval.correct",
      entityKey: first.id,
      before: { revision: 1, decidedOn: `${YEAR}-05-02` },
      after: { revision: 2, decidedOn: `${YEAR - 1}-12-29` },
    });

    // A correction made against the earlier revision is refused: of two editors, the second is told.
    const stale = await correct({
      id: first.id,
      expectedRevision: 1,
      input: input({ decisionNumber: "3001/QĐ-UBND" }),
    });
    expect(codes(stale)).toEqual([["REVISION_CONFLICT", "expectedRevision"]]);
  });

  it.each([
    [
      "an editor of YT, environment's other agency",
      { subject: "t:yt", agency: "YT", roles: ["editor" as const], name: "Bác sĩ Hòa" },
    ],
    ["an editor of KHDT", { subject: "t:khdt", agency: "KHDT", roles: ["editor" as const], name: "Trần Thị B" }],
    ["a viewer of TNMT", { subject: "t:viewer", agency: "TNMT", roles: ["viewer" as const], name: "Lê Văn C" }],
    ["the committee", { subject: "t:committee", roles: ["committee" as const], name: "Ban chỉ đạo" }],
    [
      "the standing office",
      { subject: "t:so", agency: "CT", roles: ["standing-office" as const], name: "Trần Thị Bình" },
    ],
    ["a service", { subject: "t:service", roles: ["service" as const], name: "dịch vụ" }],
  ])("refuses %s with FORBIDDEN, naming TNMT, and writes nothing", async (_who, claims) => {
    const before = await footprint();
    const [existing] = await sql<{ id: number | string }>("SELECT MIN(id) AS id FROM environmental_approval");

    const refused = [
      await record({ decisionNumber: "4001/QĐ-UBND" }, claims),
      await record({ decisionNumber: "41/GXN-STNMT", approvingBody: "STNMT" }, claims, RECORD_COMMITMENT),
      await correct(
        { id: String(existing.id), expectedRevision: 1, input: input({ decisionNumber: "4002/QĐ-UBND" }) },
        claims,
      ),
    ];

    for (const result of refused) {
      expect(codes(result)).toEqual([["FORBIDDEN", undefined]]);
      expect(result.errors![0].message).toMatch(/^Only an editor of TNMT may record/);
      expect(result.errors![0].extensions).not.toHaveProperty("clientSafe");
    }
    expect(await footprint()).toEqual(before);
  });

  it("is read by every signed-in role and refused to an anonymous caller", async () => {
    const viewer = await federation.as({ subject: "t:v", agency: "LDTBXH", roles: ["viewer"], name: "Người xem" });
    expect((await eia({ year: 2015, first: 1 }, viewer)).items).toHaveLength(1);

    const anonymous = await federation.query(EIA, { year: 2015 }, { authorization: "" });
    expect(anonymous.errors?.map((error) => error.extensions?.["code"])).toEqual(["UNAUTHENTICATED"]);
  });

  const today = vietnamToday();
  const tomorrow = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

  it.each([
    ["a blank project name", { projectName: "   " }, "BAD_USER_INPUT", "projectName"],
    ["a project name over 500 characters", { projectName: "Nhà máy ".repeat(70) }, "BAD_USER_INPUT", "projectName"],
    ["an investor over 255 characters", { investor: "Công ty ".repeat(40) }, "BAD_USER_INPUT", "investor"],
    ["an investment project id with spaces", { investmentProjectId: "IP 17" }, "BAD_USER_INPUT", "investmentProjectId"],
    ["a decision number without its issuer", { decisionNumber: "2417" }, "BAD_USER_INPUT", "decisionNumber"],
    ["a decision number in lower case", { decisionNumber: "2417/qđ-ubnd" }, "BAD_USER_INPUT", "decisionNumber"],
    [
      "an SQL injection as decision number",
      { decisionNumber: "1/QĐ-UBND'; DROP TABLE environmental_approval; --" },
      "BAD_USER_INPUT",
      "decisionNumber",
    ],
    [
      "a decision number whose year is not the decision's",
      { decisionNumber: `12/${YEAR - 3}/QĐ-UBND` },
      "BAD_USER_INPUT",
      "decisionNumber",
    ],
    ["a decision dated tomorrow", { decidedOn: tomorrow }, "INVALID_DATE", "decidedOn"],
    ["a decision dated before 1994", { decidedOn: "1993-12-31" }, "INVALID_DATE", "decidedOn"],
    ["a commitment body deciding an EIA", { approvingBody: "UBND_QH" }, "BAD_USER_INPUT", "approvingBody"],
    ["a park not in the INDUSTRIAL_PARK list", { park: "ATLANTIS" }, "BAD_USER_INPUT", "park"],
    ["a cluster code as park", { park: "CCN_VINH_NIEM" }, "BAD_USER_INPUT", "park"],
  ])("refuses %s, naming the field, and writes nothing", async (_what, fields, code, field) => {
    const before = await footprint();

    const refused = await record({ decisionNumber: "5001/QĐ-UBND", ...fields });

    expect(codes(refused)).toEqual([[code, field]]);
    expect(await footprint()).toEqual(before);
  });

  it.each([
    ["a day off the calendar", { decidedOn: `${YEAR}-02-30` }],
    ["a body that does not exist", { approvingBody: "UBND_PHUONG" }],
    ["a missing investor", { investor: undefined }],
  ])("refuses %s at the schema, writing nothing", async (_what, fields) => {
    const before = await footprint();

    const refused = await record({ decisionNumber: "5002/QĐ-UBND", ...fields });

    expect(refused.errors?.map((error) => error.extensions?.["code"])).toEqual(["BAD_USER_INPUT"]);
    expect(await footprint()).toEqual(before);
  });

  it("refuses a decision recorded twice, a correction that changes nothing, and an unknown approval", async () => {
    const first = dataOf(await record({ decisionNumber: "6001/QĐ-UBND" })).environment["recordEiaApproval"]!;
    const before = await footprint();

    const twice = await record({ decisionNumber: "6001/QĐ-UBND", projectName: "Dự án khác" });
    const unchanged = await correct({
      id: first.id,
      expectedRevision: 1,
      input: input({ decisionNumber: "6001/QĐ-UBND" }),
    });
    const unknown = await correct({
      id: "999999",
      expectedRevision: 1,
      input: input({ decisionNumber: "6002/QĐ-UBND" }),
    });
    const blankReason = await correct({
      id: first.id,
      expectedRevision: 1,
      reason: " ",
      input: input({ decisionNumber: "6003/QĐ-UBND" }),
    });
    const takenByCorrection = await correct({
      id: first.id,
      expectedRevision: 1,
      input: input({ decisionNumber: "2417/QĐ-UBND" }),
    });

    expect(codes(twice)).toEqual([["DUPLICATE_DECISION", "decisionNumber"]]);
    expect(twice.errors![0].message).toContain(`approval ${first.id}`);
    expect(codes(unchanged)).toEqual([["NO_CHANGE", "input"]]);
    expect(codes(unknown)).toEqual([["NOT_FOUND", "id"]]);
    expect(codes(blankReason)).toEqual([["BAD_USER_INPUT", "reason"]]);
    expect(codes(takenByCorrection)).toEqual([["DUPLICATE_DECISION", "decisionNumber"]]);
    expect(await footprint()).toEqual(before);
  });

  it.each([
    ["a year before 1994", { year: 1990 }, "year"],
    ["a year still to come", { year: YEAR + 2 }, "year"],
    ["an unknown park", { year: 2015, park: "ATLANTIS" }, "park"],
    ["a page of 501", { year: 2015, first: 501 }, "first"],
    ["a page of 0", { year: 2015, first: 0 }, "first"],
    ["a cursor it did not give", { year: 2015, after: "bm90LWEtY3Vyc29y" }, "after"],
  ])("refuses a list with %s, naming the argument", async (_what, variables, field) => {
    const refused = await federation.query(EIA, variables);

    expect(codes(refused)).toEqual([["BAD_USER_INPUT", field]]);
  });
});
