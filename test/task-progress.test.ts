import { TEST_DATABASE_KIND } from "@hpig/kit/testing";

import { NO_CACHE } from "./testkit/cache";
import { startTestFederation, type TestFederation } from "./testkit/federation";
import { answeredWrites, dataOf } from "./testkit/http";
import {
  type DomainName,
  DOMAINS,
  editorOf,
  type RecordedReport,
  recordReport,
  report,
  type ReportInput,
  sqlStatementsOf,
  vietnamToday,
} from "./testkit/progress";

/**
 * One report in each of the six domains, a completed task, and both leads of III.2. Every deadline
 * of the plan is at the latest 2020-12-31 and reports are stamped with the real clock, so as of
 * today an unfinished task is OVERDUE and the completed one COMPLETED_ON_TIME.
 */
const REPORTS: Array<{ domain: DomainName; input: ReportInput }> = [
  { domain: "industry", input: { taskCode: "II.2", period: "2013-H1", state: "IN_PROGRESS", percentComplete: 40 } },
  { domain: "investment", input: { taskCode: "I.1", period: "2014", state: "IN_PROGRESS", percentComplete: 60 } },
  { domain: "labour", input: { taskCode: "V.1", period: "2013-Q2", state: "IN_PROGRESS", percentComplete: 35 } },
  { domain: "environment", input: { taskCode: "VII.2", period: "2015-H2", state: "IN_PROGRESS", percentComplete: 80 } },
  {
    domain: "science",
    input: { taskCode: "IV.10", period: "2012", state: "COMPLETED", percentComplete: 100, completedOn: "2012-11-30" },
  },
  {
    domain: "agriculture",
    input: { taskCode: "VIII.4", period: "2016-Q3", state: "IN_PROGRESS", percentComplete: 50 },
  },
  {
    domain: "industry",
    input: { taskCode: "III.2", reportingAgency: "CT", period: "2013-H1", state: "IN_PROGRESS", percentComplete: 80 },
  },
  {
    domain: "industry",
    input: {
      taskCode: "III.2",
      reportingAgency: "BQLKKT",
      period: "2013-H2",
      state: "IN_PROGRESS",
      percentComplete: 30,
    },
  },
];

/** What the committee should read for each reported task as of today. */
const EXPECTED: Record<string, { status: string; percentComplete: number; period: string; agency: [string, string] }> =
  {
    "II.2": { status: "OVERDUE", percentComplete: 40, period: "2013-H1", agency: ["CT", "Sở Công Thương"] },
    "I.1": { status: "OVERDUE", percentComplete: 60, period: "2014", agency: ["KHDT", "Sở Kế hoạch và Đầu tư"] },
    "V.1": {
      status: "OVERDUE",
      percentComplete: 35,
      period: "2013-Q2",
      agency: ["LDTBXH", "Sở Lao động, Thương binh và Xã hội"],
    },
    "VII.2": {
      status: "OVERDUE",
      percentComplete: 80,
      period: "2015-H2",
      agency: ["TNMT", "Sở Tài nguyên và Môi trường"],
    },
    "IV.10": {
      status: "COMPLETED_ON_TIME",
      percentComplete: 100,
      period: "2012",
      agency: ["TTTT", "Sở Thông tin và Truyền thông"],
    },
    "VIII.4": {
      status: "OVERDUE",
      percentComplete: 50,
      period: "2016-Q3",
      agency: ["NNPTNT", "Sở Nông nghiệp và Phát triển nông thôn"],
    },
    // Two leads: the mean of 80 (CT) and 30 (BQLKKT); the latest report is BQLKKT's later period.
    "III.2": {
      status: "OVERDUE",
      percentComplete: 55,
      period: "2013-H2",
      agency: ["BQLKKT", "Ban quản lý Khu kinh tế Hải Phòng"],
    },
  };

interface TaskProgress {
  code: string;
  title: string;
  leadAgencies: Array<{ code: string }>;
  status: string | null;
  percentComplete: number | null;
  latestReport: {
    period: string;
    percentComplete: number;
    reportingAgency: { code: string; name: string };
  } | null;
}

/** The dashboard's question, with no type fragments: the gateway splits it between plan and the six domains. */
const progressQuery = (asOf: string) => `{
  tasks {
    code title leadAgencies { code }
    status(asOf: "${asOf}")
    percentComplete(asOf: "${asOf}")
    latestReport(asOf: "${asOf}") { period percentComplete reportingAgency { code name } }
  }
}`;

describe(`task progress through the gateway (${TEST_DATABASE_KIND})`, () => {
  let federation: TestFederation;
  let recorded: RecordedReport[];

  beforeAll(async () => {
    // Debug: a request's own log line is written at that level (info keeps only refusals, failures and slow ones).
    federation = await startTestFederation(TEST_DATABASE_KIND, { logLevel: "debug" });
    recorded = [];
    for (const { domain, input } of REPORTS) recorded.push(await recordReport(federation, domain, input));
  });
  afterAll(() => federation?.stop());

  it("records the first report of each period as revision 1 of the lead that sent it", () => {
    expect(recorded.map((r) => [r.taskCode, r.reportingAgency.code, r.period, r.revision])).toEqual([
      ["II.2", "CT", "2013-H1", 1],
      ["I.1", "KHDT", "2014", 1],
      ["V.1", "LDTBXH", "2013-Q2", 1],
      ["VII.2", "TNMT", "2015-H2", 1],
      ["IV.10", "TTTT", "2012", 1],
      ["VIII.4", "NNPTNT", "2016-Q3", 1],
      ["III.2", "CT", "2013-H1", 1],
      ["III.2", "BQLKKT", "2013-H2", 1],
    ]);
  });

  it("answers all 55 tasks with each domain's status, percent and latest report in one query without fragments", async () => {
    const today = vietnamToday();

    const result = await federation.query<{ tasks: TaskProgress[] }>(progressQuery(today));

    const { tasks } = dataOf(result);
    expect(tasks).toHaveLength(55);
    const byCode = new Map(tasks.map((task) => [task.code, task]));
    for (const [code, expected] of Object.entries(EXPECTED)) {
      expect({ code, ...byCode.get(code) }).toMatchObject({
        code,
        status: expected.status,
        percentComplete: expected.percentComplete,
        latestReport: {
          period: expected.period,
          reportingAgency: { code: expected.agency[0], name: expected.agency[1] },
        },
      });
    }
    expect(byCode.get("III.2")!.leadAgencies).toEqual([{ code: "CT" }, { code: "BQLKKT" }]);
    expect(byCode.get("III.2")!.latestReport!.percentComplete).toBe(30);
    for (const task of tasks.filter((t) => !(t.code in EXPECTED))) {
      // A task nobody reported is NOT_REPORTED, even past its deadline: the tracker's first question.
      expect({
        code: task.code,
        status: task.status,
        percent: task.percentComplete,
        latest: task.latestReport,
      }).toEqual({ code: task.code, status: "NOT_REPORTED", percent: null, latest: null });
      expect(task.title.length).toBeGreaterThan(0);
      expect(task.leadAgencies.length).toBeGreaterThan(0);
    }
  });

  it("asks plan and every one of the six domains, and passes the request id on to each domain", async () => {
    const requestId = `task-progress-${Date.now()}`;

    // Computed now: an answer from the response cache would ask no subgraph.
    const result = await federation.query(progressQuery(vietnamToday()), undefined, {
      ...NO_CACHE,
      "x-request-id": requestId,
    });

    dataOf(result);
    const statements = sqlStatementsOf(result);
    expect(Object.keys(statements).sort()).toEqual(["plan", ...DOMAINS].sort());
    expect(Object.entries(statements).filter(([, count]) => !(count > 0))).toEqual([]);
    for (const domain of DOMAINS) {
      const lines = await federation.waitForLog(
        (line) => line.startsWith(`[${domain}] `) && line.includes(`"requestId":"${requestId}"`),
      );
      expect(lines.length).toBeGreaterThan(0);
    }
  });

  it("sees nothing as of a date before the reports were recorded", async () => {
    const result = await federation.query<{ tasks: TaskProgress[] }>(progressQuery("2020-06-30"));

    const byCode = new Map(dataOf(result).tasks.map((task) => [task.code, task]));
    // II.2 runs to 2020: begun, not yet due, nothing known then.
    expect(byCode.get("II.2")).toMatchObject({ status: "NOT_REPORTED", percentComplete: null, latestReport: null });
    // IV.10 was due at the end of 2012; its completion was only recorded now, so then nothing was reported.
    expect(byCode.get("IV.10")).toMatchObject({ status: "NOT_REPORTED", percentComplete: null, latestReport: null });
  });

  it("serves agencies' led tasks and program groups' tasks with the domains' status in one request", async () => {
    const result = await federation.query<{
      agencies: Array<{ code: string; ledTasks: Array<{ code: string; status: string | null }> }>;
      programGroups: Array<{
        code: string;
        tasks: Array<{ code: string; status: string | null; percentComplete: number | null }>;
      }>;
    }>(`{
      agencies { code ledTasks { code status } }
      programGroups { code tasks { code status percentComplete } }
    }`);

    const { agencies, programGroups } = dataOf(result);
    const ledBy = new Map(agencies.map((agency) => [agency.code, agency.ledTasks]));
    expect(ledBy.get("CT")).toEqual(
      expect.arrayContaining([
        { code: "II.2", status: "OVERDUE" },
        { code: "III.2", status: "OVERDUE" },
      ]),
    );
    expect(ledBy.get("BQLKKT")).toContainEqual({ code: "III.2", status: "OVERDUE" });
    expect(ledBy.get("TTTT")).toEqual([{ code: "IV.10", status: "COMPLETED_ON_TIME" }]);
    const ledTasks = agencies.flatMap((agency) => agency.ledTasks);
    expect(ledTasks.filter((task) => task.status === null)).toEqual([]);

    const groupTasks = programGroups.flatMap((group) => group.tasks);
    expect(programGroups.map((group) => group.code)).toEqual(["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"]);
    expect(groupTasks).toHaveLength(55);
    const inGroups = new Map(groupTasks.map((task) => [task.code, task]));
    for (const [code, expected] of Object.entries(EXPECTED)) {
      expect(inGroups.get(code)).toEqual({ code, status: expected.status, percentComplete: expected.percentComplete });
    }
    expect(groupTasks.filter((task) => task.status === null)).toEqual([]);
    expect(Object.keys(sqlStatementsOf(result)).sort()).toEqual(["plan", ...DOMAINS].sort());
  });

  describe("correcting a report", () => {
    const first: ReportInput = {
      taskCode: "V.2",
      period: "2014-H1",
      state: "IN_PROGRESS",
      percentComplete: 45,
      summary: "Đã ký 3 thỏa thuận hợp tác đào tạo.",
    };
    const correction: ReportInput = {
      ...first,
      percentComplete: 60,
      summary: "Đã ký 5 thỏa thuận hợp tác đào tạo (sửa số liệu).",
      expectedRevision: 1,
    };
    let original: RecordedReport;
    let corrected: RecordedReport;

    const reportsOfV2 = async () =>
      dataOf(
        await federation.query<{
          task: {
            all: Array<{ revision: number; percentComplete: number; summary: string }>;
            current: Array<{ revision: number; percentComplete: number }>;
            percentComplete: number;
            latestReport: { period: string; revision: number; percentComplete: number; summary: string };
          };
        }>(`{
          task(code: "V.2") {
            all: reports(includeRevisions: true) { revision percentComplete summary }
            current: reports { revision percentComplete }
            percentComplete
            latestReport { period revision percentComplete summary }
          }
        }`),
      ).task;

    beforeAll(async () => {
      original = await recordReport(federation, "labour", first);
      corrected = await recordReport(federation, "labour", correction);
    });

    it("keeps the correction as revision 2 beside revision 1, each with its own values", async () => {
      const { all } = await reportsOfV2();

      expect([original.revision, corrected.revision]).toEqual([1, 2]);
      expect(all).toEqual([
        { revision: 1, percentComplete: 45, summary: first.summary },
        { revision: 2, percentComplete: 60, summary: correction.summary },
      ]);
    });

    it("lists only the latest revision by default and reads the task from it", async () => {
      const { current, latestReport, percentComplete } = await reportsOfV2();

      expect(current).toEqual([{ revision: 2, percentComplete: 60 }]);
      expect(latestReport).toEqual({
        period: "2014-H1",
        revision: 2,
        percentComplete: 60,
        summary: correction.summary,
      });
      expect(percentComplete).toBe(60);
    });

    it.each([
      ["without expectedRevision", undefined, /revision 2; send expectedRevision: 2/],
      ["with a stale expectedRevision", 1, /revision 2; send expectedRevision: 2 .*you sent 1/],
    ])(
      "refuses a correction sent %s with REVISION_CONFLICT and changes nothing",
      async (_, expectedRevision, message) => {
        const before = await reportsOfV2();

        const result = await report(federation, "labour", { ...first, percentComplete: 70, expectedRevision });

        expect(answeredWrites(result, "labour")).toEqual({});
        expect(result.errors).toHaveLength(1);
        expect(result.errors![0].extensions?.["code"]).toBe("REVISION_CONFLICT");
        expect(result.errors![0].message).toMatch(message);
        expect(await reportsOfV2()).toEqual(before);
      },
    );

    it("answers the writes of a request that went through when another in it is refused", async () => {
      const result = await federation.query<{ labour: Record<string, { revision: number } | null> }>(
        `mutation ($report: ReportTaskProgressInput!, $stale: ReportTaskProgressInput!) {
          labour {
            recorded: reportTaskProgress(input: $report) { revision }
            refused: reportTaskProgress(input: $stale) { revision }
          }
        }`,
        {
          report: { taskCode: "V.4", period: "2014", state: "IN_PROGRESS", percentComplete: 30, summary: "Đang làm" },
          stale: { summary: "Bản sửa", ...first, expectedRevision: 1 },
        },
        await editorOf(federation, "LDTBXH"),
      );

      expect(result.data?.labour).toEqual({ recorded: { revision: 1 }, refused: null });
      expect(result.errors?.map((error) => [error.path, error.extensions?.["code"]])).toEqual([
        [["labour", "refused"], "REVISION_CONFLICT"],
      ]);
    });

    it("lets exactly one of several simultaneous corrections of the same revision through", async () => {
      const base: ReportInput = { taskCode: "V.3", period: "2015", state: "IN_PROGRESS", percentComplete: 20 };
      await recordReport(federation, "labour", base);

      const results = await Promise.all(
        [31, 32, 33, 34].map((percentComplete) =>
          report(federation, "labour", { ...base, percentComplete, expectedRevision: 1 }),
        ),
      );

      const accepted = results.filter((result) => !result.errors);
      const refused = results.filter((result) => result.errors);
      expect(accepted).toHaveLength(1);
      expect(refused.map((result) => result.errors!.map((error) => error.extensions?.["code"]))).toEqual([
        ["REVISION_CONFLICT"],
        ["REVISION_CONFLICT"],
        ["REVISION_CONFLICT"],
      ]);
      const winner = accepted[0].data!["labour"]!.reportTaskProgress;
      const { task } = dataOf(
        await federation.query<{ task: { reports: Array<{ revision: number; percentComplete: number }> } }>(
          `{ task(code: "V.3") { reports(includeRevisions: true) { revision percentComplete } } }`,
        ),
      );
      expect(task.reports).toEqual([
        { revision: 1, percentComplete: 20 },
        { revision: 2, percentComplete: winner.percentComplete },
      ]);
    });
  });
});
