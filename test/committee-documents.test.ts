import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { TEST_DATABASE_KIND } from "@hpig/kit/testing";

import { startTestFederation, type TestFederation } from "./testkit/federation";
import { answeredWrites, dataOf } from "./testkit/http";
import { vietnamToday, waitForProgressFeed } from "./testkit/progress";
import { withHorizon } from "./testkit/synthetic-plan";

const REAL_DOCUMENT = join(__dirname, "..", "services", "plan", "data", "ke-hoach-3438-KH-UBND-2012.txt");

const STANDING_OFFICE = {
  subject: "test:so",
  name: "Trần Thị Bình",
  agency: "CT",
  roles: ["standing-office" as const],
};

/** Everything a reader of a quarterly report or review sees, the fields of both kinds of document. */
const DOCUMENT_FIELDS = `
  __typename period revision asOf recordedAt recordedBy documentNumber signedBy
  sections { key title text }
  summary { asOf total byStatus { status count } buckets { key total byStatus { status count } } }
  groups { group { code title } tasks {
    code title status percentComplete group { code } leadAgencies { code name }
    latestReport { taskCode period revision state percentComplete summary difficulties proposals reportedAt reportingAgency { code } }
  } }
  overdue { code title status } notReported { code title status }
`;
const QUARTERLY = `query ($period: String!) { quarterlyReport(period: $period) { ${DOCUMENT_FIELDS} state submittedOn } }`;
const REVIEW = `query ($period: String!) { review(period: $period) {
  ${DOCUMENT_FIELDS} kind state meetingDate participants conclusions decisions
} }`;
const SAVE = `mutation ($input: SaveQuarterlyReportInput!) { committee { saveQuarterlyReport(input: $input) { period revision state sections { key text } } } }`;
const SUBMIT = `mutation ($input: SubmitQuarterlyReportInput!) { committee { submitQuarterlyReport(input: $input) { period revision state documentNumber submittedOn signedBy asOf } } }`;
const RECORD = `mutation ($input: RecordReviewInput!) { committee { recordReview(input: $input) { period kind revision state meetingDate asOf } } }`;

interface ReportedTask {
  code: string;
  title: string;
  status: string;
  percentComplete: number | null;
  latestReport: { period: string; revision: number; reportingAgency: { code: string } } | null;
}
interface Document {
  period: string;
  revision: number;
  asOf: string;
  state: string;
  groups: Array<{ group: { code: string }; tasks: ReportedTask[] }>;
  overdue: Array<{ code: string }>;
  notReported: Array<{ code: string }>;
  summary: { total: number; byStatus: Array<{ status: string; count: number }> };
}

describe(`the committee's quarterly reports and reviews (${TEST_DATABASE_KIND})`, () => {
  let federation: TestFederation;
  let office: Record<string, string>;

  /** The raw bytes of a response, to compare documents exactly. */
  async function rawQuery(query: string, variables: Record<string, unknown>): Promise<string> {
    const response = await fetch(federation.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json", ...(await federation.as(STANDING_OFFICE)) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.text()).replace(/,"extensions":\{"sqlStatements":\{[^}]*\}\}/u, "");
  }

  beforeAll(async () => {
    federation = await startTestFederation(TEST_DATABASE_KIND, { sampleData: true });
    office = await federation.as(STANDING_OFFICE);
    await waitForProgressFeed(federation);
  });
  afterAll(async () => {
    await federation?.stop();
  });

  it("compiles a draft for the quarter's last day that agrees with every task's own status and latest report", async () => {
    const report = dataOf(
      await federation.query<{ quarterlyReport: Document }>(QUARTERLY, { period: "2016-Q2" }),
    ).quarterlyReport;
    expect(report).toMatchObject({ period: "2016-Q2", revision: 0, asOf: "2016-06-30", state: "DRAFT" });
    const tasks = dataOf(
      await federation.query<{
        tasks: Array<{
          code: string;
          startYear: number;
          status: string;
          percentComplete: number | null;
          latestReport: { period: string; revision: number } | null;
        }>;
      }>(
        `{ tasks { code startYear status(asOf: "2016-06-30") percentComplete(asOf: "2016-06-30") latestReport(asOf: "2016-06-30") { period revision } } }`,
      ),
    ).tasks.filter((task) => task.startYear <= 2016);
    const reported = report.groups.flatMap((group) => group.tasks);
    expect(reported.map((task) => task.code)).toEqual(tasks.map((task) => task.code));
    expect(
      reported.map((task) => ({
        code: task.code,
        status: task.status,
        percentComplete: task.percentComplete,
        latestReport: task.latestReport && { period: task.latestReport.period, revision: task.latestReport.revision },
      })),
    ).toEqual(tasks.map(({ startYear: _startYear, ...task }) => task));
    expect(report.overdue.map((t) => t.code)).toEqual(tasks.filter((t) => t.status === "OVERDUE").map((t) => t.code));
    expect(report.notReported.map((t) => t.code)).toEqual(
      tasks.filter((t) => t.status === "NOT_REPORTED").map((t) => t.code),
    );
    expect(report.summary.total).toBe(tasks.length);
    expect(report.groups.map((group) => group.group.code)).toEqual([
      "I",
      "II",
      "III",
      "IV",
      "V",
      "VI",
      "VII",
      "VIII",
      "IX",
    ]);
  });

  it("keeps every saved revision, refuses a stale one, and submits a report that reads back byte for byte", async () => {
    const saved1 = answeredWrites(
      await federation.query(
        SAVE,
        {
          input: {
            period: "2016-Q2",
            sections: [{ key: "OVERALL_ASSESSMENT", text: "Quý II/2016: 38 nhiệm vụ đang triển khai." }],
          },
        },
        office,
      ),
      "committee",
    );
    expect(saved1["saveQuarterlyReport"]).toMatchObject({ revision: 1, state: "DRAFT" });
    const saved2 = answeredWrites(
      await federation.query(
        SAVE,
        {
          input: {
            period: "2016-Q2",
            expectedRevision: 1,
            sections: [
              { key: "DIFFICULTIES", text: "Vốn đầu tư hạ tầng khu công nghiệp chậm giải ngân." },
              { key: "PROPOSALS", text: "Đề nghị UBND thành phố bổ sung kinh phí cho nhiệm vụ V.1." },
            ],
          },
        },
        office,
      ),
      "committee",
    );
    expect(saved2["saveQuarterlyReport"]).toMatchObject({
      revision: 2,
      sections: [
        { key: "OVERALL_ASSESSMENT", text: "Quý II/2016: 38 nhiệm vụ đang triển khai." },
        { key: "DIFFICULTIES", text: "Vốn đầu tư hạ tầng khu công nghiệp chậm giải ngân." },
        { key: "PROPOSALS", text: "Đề nghị UBND thành phố bổ sung kinh phí cho nhiệm vụ V.1." },
      ],
    });
    const stale = await federation.query(
      SAVE,
      { input: { period: "2016-Q2", expectedRevision: 1, sections: [{ key: "PROPOSALS", text: "ghi đè" }] } },
      office,
    );
    expect(stale.errors?.[0]?.extensions?.["code"]).toBe("REVISION_CONFLICT");
    expect(stale.errors?.[0]?.message).toMatch(/is at revision 2, not 1/);

    const submitted = answeredWrites(
      await federation.query(
        SUBMIT,
        {
          input: {
            period: "2016-Q2",
            expectedRevision: 2,
            documentNumber: "125/BC-BCĐ",
            submittedOn: "2016-07-12",
            signedBy: "Nguyễn Văn Thành, Phó Giám đốc Sở Công Thương",
          },
        },
        office,
      ),
      "committee",
    );
    expect(submitted["submitQuarterlyReport"]).toEqual({
      period: "2016-Q2",
      revision: 3,
      state: "SUBMITTED",
      documentNumber: "125/BC-BCĐ",
      submittedOn: "2016-07-12",
      signedBy: "Nguyễn Văn Thành, Phó Giám đốc Sở Công Thương",
      asOf: "2016-06-30",
    });
    const before = await rawQuery(QUARTERLY, { period: "2016-Q2" });
    const frozen = JSON.parse(before) as { data: { quarterlyReport: Document } };
    const overdueTask = frozen.data.quarterlyReport.overdue[0];
    expect(overdueTask).toBeDefined();

    // The world moves on: the overdue task gets more years and a new title, a report of the quarter
    // arrives late from its domain, and new reports are recorded.
    const current = dataOf(
      await federation.query<{ task: { version: number; endYear: number } }>(
        `query ($code: ID!) { task(code: $code) { version endYear } }`,
        { code: overdueTask.code },
      ),
    ).task;
    const edited = await federation.query(
      `mutation ($input: UpdateTaskInput!) { committee { updateTask(input: $input) { code } } }`,
      {
        input: {
          code: overdueTask.code,
          expectedVersion: current.version,
          endYear: 2018,
          title: "Tiêu đề đã sửa sau khi báo cáo quý được trình",
        },
      },
      office,
    );
    expect(edited.errors).toBeUndefined();
    const late = await fetch(`${federation.subgraphs["plan"].url}/feeds/progress`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(await federation.as({ subject: "t:s", name: "feed", roles: ["service"] })),
      },
      body: JSON.stringify({
        domain: "INDUSTRY",
        reports: [
          {
            id: 900_001,
            taskCode: "II.2",
            reportingAgency: "CT",
            period: "2016-Q2",
            periodType: "QUARTER",
            periodEnd: "2016-06-30",
            revision: 99,
            state: "IN_PROGRESS",
            completedOn: null,
            percentComplete: 77,
            summary: "Báo cáo đến muộn",
            difficulties: null,
            proposals: null,
            budgetEstimatedVnd: null,
            budgetSpentVnd: null,
            documentRefs: [],
            reporter: "x",
            reportedAt: "2016-06-20T03:00:00.000Z",
            sample: false,
          },
        ],
      }),
    });
    expect(late.status).toBe(200);
    const draftNow = dataOf(
      await federation.query<{ quarterlyReport: Document }>(QUARTERLY, { period: "2016-Q3" }),
    ).quarterlyReport;
    const movedTask = draftNow.groups.flatMap((g) => g.tasks).find((task) => task.code === overdueTask.code);
    expect(movedTask?.title).toBe("Tiêu đề đã sửa sau khi báo cáo quý được trình");

    expect(await rawQuery(QUARTERLY, { period: "2016-Q2" })).toBe(before);

    for (const [query, input] of [
      [SAVE, { period: "2016-Q2", expectedRevision: 3, sections: [{ key: "PROPOSALS", text: "sửa sau khi trình" }] }],
      [
        SUBMIT,
        {
          period: "2016-Q2",
          expectedRevision: 3,
          documentNumber: "126/BC-BCĐ",
          submittedOn: "2016-07-13",
          signedBy: "X",
        },
      ],
    ] as const) {
      const refused = await federation.query(query, { input }, office);
      expect(refused.errors?.[0]?.extensions?.["code"]).toBe("DOCUMENT_SUBMITTED");
    }
    expect(await rawQuery(QUARTERLY, { period: "2016-Q2" })).toBe(before);
  });

  it("refuses to submit a report without its overall assessment, or dated outside its window", async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [
        { period: "2016-Q1", expectedRevision: 0, documentNumber: "1/BC", submittedOn: "2016-04-05", signedBy: "A" },
        "INCOMPLETE_REPORT",
      ],
      [
        { period: "2016-Q1", expectedRevision: 0, documentNumber: "1/BC", submittedOn: "2016-02-28", signedBy: "A" },
        "INVALID_DATE",
      ],
      [
        { period: "2016-Q5", expectedRevision: 0, documentNumber: "1/BC", submittedOn: "2016-04-05", signedBy: "A" },
        "INVALID_PERIOD",
      ],
      [
        { period: "2030-Q1", expectedRevision: 0, documentNumber: "1/BC", submittedOn: "2030-04-05", signedBy: "A" },
        "INVALID_PERIOD",
      ],
      [
        { period: "2016-Q1", expectedRevision: 0, documentNumber: "  ", submittedOn: "2016-04-05", signedBy: "A" },
        "BAD_USER_INPUT",
      ],
    ];
    for (const [input, code] of cases) {
      const result = await federation.query(SUBMIT, { input }, office);
      expect({ input, code: result.errors?.[0]?.extensions?.["code"] }).toEqual({ input, code });
    }
    const q1 = dataOf(
      await federation.query<{ quarterlyReport: Document }>(QUARTERLY, { period: "2016-Q1" }),
    ).quarterlyReport;
    expect({ revision: q1.revision, state: q1.state }).toEqual({ revision: 0, state: "DRAFT" });
  });

  it("records a review meeting, freezing its content, and keeps corrections as revisions", async () => {
    const draft = dataOf(await federation.query<{ review: Document }>(REVIEW, { period: "2016-H1" })).review;
    expect(draft).toMatchObject({ period: "2016-H1", revision: 0, state: "DRAFT", asOf: "2016-06-30" });
    const input = {
      period: "2016-H1",
      meetingDate: "2016-07-20",
      participants: [
        "Lê Văn Thành, Chủ tịch UBND thành phố, Trưởng Ban chỉ đạo",
        "Sở Công Thương",
        "Sở Kế hoạch và Đầu tư",
      ],
      conclusions: "Các sở, ngành đẩy nhanh tiến độ các nhiệm vụ quá hạn.",
      decisions: "Giao Sở Công Thương tổng hợp, báo cáo UBND thành phố trước 31/7/2016.",
      documentNumber: "45/TB-BCĐ",
      signedBy: "Lê Văn Thành",
    };
    const recorded = answeredWrites(await federation.query(RECORD, { input }, office), "committee");
    expect(recorded["recordReview"]).toEqual({
      period: "2016-H1",
      kind: "SIX_MONTH",
      revision: 1,
      state: "RECORDED",
      meetingDate: "2016-07-20",
      asOf: "2016-06-30",
    });
    const contentOf = (raw: string) => {
      const { review } = (JSON.parse(raw) as { data: { review: Record<string, unknown> } }).data;
      const { revision: _r, recordedAt: _a, meetingDate: _m, participants: _p, conclusions: _c, ...content } = review;
      return content;
    };
    const first = await rawQuery(REVIEW, { period: "2016-H1" });
    const stale = await federation.query(RECORD, { input }, office);
    expect(stale.errors?.[0]?.extensions?.["code"]).toBe("REVISION_CONFLICT");
    const corrected = answeredWrites(
      await federation.query(
        RECORD,
        {
          input: {
            ...input,
            expectedRevision: 1,
            meetingDate: "2016-07-21",
            participants: [...input.participants, "Sở Tài chính"],
          },
        },
        office,
      ),
      "committee",
    );
    expect(corrected["recordReview"]).toMatchObject({ revision: 2, meetingDate: "2016-07-21", asOf: "2016-06-30" });
    const second = await rawQuery(REVIEW, { period: "2016-H1" });
    expect(contentOf(second)).toEqual(contentOf(first));
    const review = (JSON.parse(second) as { data: { review: Record<string, unknown> } }).data.review;
    expect(review["participants"]).toHaveLength(4);
  });

  it("lists a year's documents in calendar order with their states", async () => {
    const documents = dataOf(
      await federation.query<{ committeeDocuments: Array<{ __typename: string; period: string; revision: number }> }>(
        `{ committeeDocuments(year: 2016) { __typename period revision } }`,
      ),
    ).committeeDocuments;
    expect(documents).toEqual([
      { __typename: "QuarterlyReport", period: "2016-Q1", revision: 0 },
      { __typename: "QuarterlyReport", period: "2016-Q2", revision: 3 },
      { __typename: "Review", period: "2016-H1", revision: 2 },
      { __typename: "QuarterlyReport", period: "2016-Q3", revision: 0 },
      { __typename: "QuarterlyReport", period: "2016-Q4", revision: 0 },
      { __typename: "Review", period: "2016-H2", revision: 0 },
      { __typename: "Review", period: "2016", revision: 0 },
    ]);
  });

  it("lets only the standing office write, through the gateway and straight to plan, changing nothing otherwise", async () => {
    const callers = {
      committee: { subject: "t:c", name: "Thành viên", roles: ["committee" as const] },
      editor: { subject: "t:e", name: "Biên tập", agency: "LDTBXH", roles: ["editor" as const] },
      viewer: { subject: "t:v", name: "Xem", agency: "KHDT", roles: ["viewer" as const] },
      service: { subject: "t:s", name: "Dịch vụ", roles: ["service" as const] },
    };
    const writes: Array<[string, Record<string, unknown>]> = [
      [SAVE, { period: "2016-Q3", sections: [{ key: "OVERALL_ASSESSMENT", text: "x" }] }],
      [
        SUBMIT,
        { period: "2016-Q3", expectedRevision: 0, documentNumber: "1", submittedOn: "2016-09-30", signedBy: "x" },
      ],
      [RECORD, { period: "2016-H2", meetingDate: "2016-12-20", participants: ["x"], conclusions: "x" }],
    ];
    for (const [name, claims] of Object.entries(callers)) {
      const headers = await federation.as(claims);
      for (const [query, input] of writes) {
        for (const send of [
          () => federation.query(query, { input }, headers),
          () => federation.subgraphQuery("plan", query, { input }, headers),
        ]) {
          const result = await send();
          expect({ name, code: result.errors?.[0]?.extensions?.["code"] }).toEqual({ name, code: "FORBIDDEN" });
        }
      }
    }
    const documents = dataOf(
      await federation.query<{ committeeDocuments: Array<{ period: string; revision: number }> }>(
        `{ committeeDocuments(year: 2016) { period revision } }`,
      ),
    ).committeeDocuments;
    expect(documents.filter((d) => ["2016-Q3", "2016-H2"].includes(d.period)).map((d) => d.revision)).toEqual([0, 0]);
    const anonymous = await federation.query(writes[0][0], { input: writes[0][1] }, { authorization: "" });
    expect(anonymous.status).toBe(401);
  });

  it("records who saved, submitted and recorded, in the document's history", async () => {
    const history = dataOf(
      await federation.query<{ quarterlyReport: { history: Array<{ action: string; actor: { name: string } }> } }>(
        `{ quarterlyReport(period: "2016-Q2") { history { action actor { name } } } }`,
      ),
    ).quarterlyReport.history;
    expect(history.map((entry) => entry.action)).toEqual([
      "quarterly-report.save",
      "quarterly-report.save",
      "quarterly-report.submit",
    ]);
    expect(new Set(history.map((entry) => entry.actor.name))).toEqual(new Set(["Trần Thị Bình"]));
  });
});

describe(`directives in the committee's documents, in a plan that runs to 2030 (${TEST_DATABASE_KIND})`, () => {
  let federation: TestFederation;
  let folder: string;
  let office: Record<string, string>;
  const DIRECTIVES = `query ($period: String!) { quarterlyReport(period: $period) {
    state asOf directives { id text status dueOn addressees { agencyCode responded } responses { agencyCode text } }
  } }`;
  const ISSUE = `mutation ($input: IssueDirectiveInput!) { committee { issueDirective(input: $input) { id } } }`;
  const RESPOND = `mutation ($input: RespondToDirectiveInput!) { committee { respondToDirective(input: $input) { id status } } }`;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), "hpig-plan-"));
    const document = join(folder, "plan-2030.txt");
    writeFileSync(document, withHorizon(readFileSync(REAL_DOCUMENT, "utf8"), 2030));
    federation = await startTestFederation(TEST_DATABASE_KIND, {
      subgraphs: [],
      subgraphEnv: { plan: { PLAN_SEED_DOCUMENT: document } },
    });
    office = await federation.as(STANDING_OFFICE);
  });
  afterAll(async () => {
    await federation?.stop();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it("lists the quarter's directives with their answers, and freezes them with the report", async () => {
    const today = vietnamToday();
    const quarter = `${today.slice(0, 4)}-Q${Math.ceil(Number(today.slice(5, 7)) / 3)}`;
    const dueOn = `${Number(today.slice(0, 4)) + 1}-01-31`;
    const issued = answeredWrites(
      await federation.query(
        ISSUE,
        { input: { taskCode: "V.1", text: "Báo cáo kết quả đào tạo nghề", dueOn } },
        office,
      ),
      "committee",
    )["issueDirective"] as { id: string };
    const draft = dataOf(
      await federation.query<{ quarterlyReport: { directives: Array<{ id: string; status: string }> } }>(DIRECTIVES, {
        period: quarter,
      }),
    ).quarterlyReport;
    expect(draft.directives).toEqual([expect.objectContaining({ id: issued.id, status: "OPEN" })]);

    await federation.query(
      `mutation ($input: SaveQuarterlyReportInput!) { committee { saveQuarterlyReport(input: $input) { revision } } }`,
      {
        input: {
          period: quarter,
          sections: [{ key: "OVERALL_ASSESSMENT", text: "Quý này: một chỉ đạo đang chờ trả lời." }],
        },
      },
      office,
    );
    const submitted = await federation.query(
      `mutation ($input: SubmitQuarterlyReportInput!) { committee { submitQuarterlyReport(input: $input) { state } } }`,
      {
        input: {
          period: quarter,
          expectedRevision: 1,
          documentNumber: "9/BC-BCĐ",
          submittedOn: today,
          signedBy: "Trần Thị Bình",
        },
      },
      office,
    );
    expect(dataOf(submitted)).toEqual({ committee: { submitQuarterlyReport: { state: "SUBMITTED" } } });
    const frozen = JSON.stringify(dataOf(await federation.query(DIRECTIVES, { period: quarter })));

    // The same day, after the submission: the directive is answered and another is issued.
    const answered = answeredWrites(
      await federation.query(
        RESPOND,
        { input: { directiveId: issued.id, text: "Đã đào tạo 1.200 lao động." } },
        await federation.as({ subject: "t:ldtbxh", name: "Nguyễn Văn An", agency: "LDTBXH", roles: ["editor"] }),
      ),
      "committee",
    );
    expect(answered["respondToDirective"]).toMatchObject({ status: "RESPONDED" });
    await federation.query(ISSUE, { input: { agencyCode: "KHDT", text: "Rà soát dự án chậm tiến độ", dueOn } }, office);

    expect(JSON.stringify(dataOf(await federation.query(DIRECTIVES, { period: quarter })))).toBe(frozen);
    const next = dataOf(
      await federation.query<{ directives: Array<{ id: string; status: string }> }>(`{ directives { id status } }`),
    ).directives;
    expect(next.map((directive) => directive.status)).toEqual(["RESPONDED", "OPEN"]);
  });
});
