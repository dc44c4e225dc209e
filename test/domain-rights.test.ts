import { TEST_DATABASE_KIND } from "@hpig/kit/testing";
import type { DataSource } from "typeorm";

import { AUDIT_ENTRY_FIELDS, type AuditEntryView } from "./testkit/audit";
import { startTestFederation, type TestFederation } from "./testkit/federation";
import { answeredWrites, dataOf, type GraphQLResult } from "./testkit/http";

/**
 * Issue 5 for the six domain subgraphs, shown on labour (task V.1, led by LDTBXH and coordinated
 * by GDDT, KHDT, TC and KHCN; LDTBXH's indicators), industry (III.2, two leads) and investment
 * (PARK_AREA_HA, reported by BQLKKT): every signed-in role reads; only an editor of the agency
 * concerned writes, as the token names them; each write leaves one audit entry, a refused or
 * empty one none; the trail is the committee's and the standing office's.
 */

/** The callers; "anonymous" sends no token. */
const CALLERS = {
  committee: { subject: "test:committee-member", name: "Thành viên Ban chỉ đạo", roles: ["committee" as const] },
  "standing-office": {
    subject: "test:so-binh",
    name: "Trần Thị Bình",
    agency: "CT",
    roles: ["standing-office" as const],
  },
  "lead editor": { subject: "test:editor-ldtbxh", name: "Nguyễn Văn An", agency: "LDTBXH", roles: ["editor" as const] },
  "coordinating editor": {
    subject: "test:editor-gddt",
    name: "Đỗ Minh Châu",
    agency: "GDDT",
    roles: ["editor" as const],
  },
  "other editor": { subject: "test:editor-bqlkkt", name: "Lê Thị Hoa", agency: "BQLKKT", roles: ["editor" as const] },
  viewer: { subject: "test:viewer-ldtbxh", name: "Phạm Thu Hà", agency: "LDTBXH", roles: ["viewer" as const] },
  service: { subject: "test:service-labour", name: "labour registry sync", roles: ["service" as const] },
};
type Caller = keyof typeof CALLERS;
type Role = Caller | "anonymous";
const SIGNED_IN = Object.keys(CALLERS) as Caller[];
const ROLES: Role[] = [...SIGNED_IN, "anonymous"];

/** How a refusal names the caller (reporting's callerPhrase). */
const PHRASE: Record<Caller, string> = {
  committee: "you are a member of the committee",
  "standing-office": "you are on the standing office",
  "lead editor": "you are an editor of LDTBXH",
  "coordinating editor": "you are an editor of GDDT",
  "other editor": "you are an editor of BQLKKT",
  viewer: "you are a viewer of LDTBXH",
  service: "you are a service",
};

const REPORT = (
  domain: string,
) => `mutation ($input: ReportTaskProgressInput!) { ${domain} { reportTaskProgress(input: $input) {
  taskCode period revision state percentComplete summary reporter reportingAgency { code }
} } }`;
const PLAN = (
  domain: string,
) => `mutation ($input: SubmitImplementationPlanInput!) { ${domain} { submitImplementationPlan(input: $input) {
  taskCode revision submittedOn summary reporter reportingAgency { code }
} } }`;
const FIGURES = (
  domain: string,
) => `mutation ($input: SubmitObservationsInput!) { ${domain} { submitObservations(input: $input) {
  dryRun received created revised unchanged observations { indicatorCode period value status revision reporter }
} } }`;
const COMMENT = (domain: string) => `mutation ($input: CommentOnTaskInput!) { ${domain} { commentOnTask(input: $input) {
  id taskCode authorName text createdAt agency { code }
} } }`;
/** The limit is written in the operation, so it holds whether the composed schema says `Int` or `Int!`. */
const TRAIL = (
  domain: string,
) => `query ($filter: AuditTrailFilter) { ${domain} { auditTrail(filter: $filter, limit: 500) {
  ${AUDIT_ENTRY_FIELDS}
} } }`;

/** The domain fields every signed-in caller reads, through the gateway (task and indicator come from plan). */
const GATEWAY_READ = `{
  labour { recentReports(limit: 200) { taskCode period revision reporter } }
  task(code: "V.1") { code status percentComplete implementationPlan { revision } comments { text authorName } history { action } }
  indicator(code: "VOCATIONAL_TRAINING_FACILITIES") { code unit series { period value } history { action } }
}`;
/** The same fields asked of the labour subgraph itself: its root field and its entities. */
const SUBGRAPH_READ = `query ($representations: [_Any!]!) {
  labour { recentReports(limit: 200) { taskCode period revision reporter } }
  _entities(representations: $representations) {
    ... on LabourTask { code status percentComplete implementationPlan { revision } comments { text authorName } history { action } }
    ... on LabourIndicator { code unit series { period value } history { action } }
  }
}`;
const REPRESENTATIONS = [
  { __typename: "LabourTask", code: "V.1" },
  { __typename: "LabourIndicator", code: "VOCATIONAL_TRAINING_FACILITIES" },
];

interface Figures {
  figures: Array<Record<string, unknown>>;
  omitted?: number;
}
interface Batch {
  dryRun: boolean;
  received: number;
  created: number;
  revised: number;
  unchanged: number;
  observations: Array<{
    indicatorCode: string;
    period: string;
    value: number;
    status: string;
    revision: number;
    reporter: string;
  }>;
}

/** Rows of a domain's tables, read from its database. */
interface Counts {
  progress_report: number;
  implementation_plan: number;
  observation: number;
  task_comment: number;
  audit_entry: number;
}
type Table = keyof Omit<Counts, "audit_entry">;
type Path = "gateway" | "subgraph";
const PATHS: Path[] = ["gateway", "subgraph"];

type Operation =
  "read" | "reportTaskProgress" | "submitImplementationPlan" | "submitObservations" | "commentOnTask" | "auditTrail";

/** Who may do what; everyone else signed in is FORBIDDEN, anonymous callers UNAUTHENTICATED. */
const ALLOWED: Record<Operation, readonly Caller[]> = {
  read: SIGNED_IN,
  reportTaskProgress: ["lead editor"],
  submitImplementationPlan: ["lead editor"],
  submitObservations: ["lead editor"],
  commentOnTask: ["lead editor", "coordinating editor"],
  auditTrail: ["committee", "standing-office"],
};

/**
 * Each operation of the matrix as sent on a path: what it writes and how a refusal reads. The
 * writes that succeed use a period, task or cell of their own per path, so the one allowed
 * caller's write is a first one on each.
 */
const OPERATIONS: Record<
  Operation,
  (path: Path) => { query: string; variables: Record<string, unknown>; writes?: Table; refusal?: string }
> = {
  read: (path) =>
    path === "gateway"
      ? { query: GATEWAY_READ, variables: {} }
      : { query: SUBGRAPH_READ, variables: { representations: REPRESENTATIONS } },
  reportTaskProgress: (path) => ({
    query: REPORT("labour"),
    variables: {
      input: {
        taskCode: "V.1",
        period: path === "gateway" ? "2012-Q3" : "2012-Q4",
        state: "IN_PROGRESS",
        percentComplete: 20,
        summary: "Khảo sát nhu cầu đào tạo nghề của doanh nghiệp",
      },
    },
    writes: "progress_report",
    refusal: "Only an editor of LDTBXH may report task V.1",
  }),
  submitImplementationPlan: (path) => {
    const taskCode = path === "gateway" ? "V.2" : "V.3";
    return {
      query: PLAN("labour"),
      variables: {
        input: { taskCode, submittedOn: "2012-06-15", summary: "Kế hoạch triển khai", budgetEstimatedVnd: 1e9 },
      },
      writes: "implementation_plan",
      refusal: `Only an editor of LDTBXH may submit the implementation plan of task ${taskCode}`,
    };
  },
  submitObservations: (path) => ({
    query: FIGURES("labour"),
    variables: {
      input: {
        observations: [
          {
            indicatorCode: "VOCATIONAL_TRAINING_FACILITIES",
            period: path === "gateway" ? "2012" : "2013",
            value: path === "gateway" ? 52 : 54,
            status: "OFFICIAL",
          },
        ],
      },
    },
    writes: "observation",
    refusal: "Only an editor of LDTBXH may submit figures of VOCATIONAL_TRAINING_FACILITIES",
  }),
  commentOnTask: () => ({
    query: COMMENT("labour"),
    variables: { input: { taskCode: "V.1", text: "Đề nghị bổ sung số liệu tuyển sinh" } },
    writes: "task_comment",
    refusal:
      "Only an editor of an agency that leads or coordinates task V.1 (LDTBXH, GDDT, KHDT, TC or KHCN) may comment on it",
  }),
  auditTrail: () => ({ query: TRAIL("labour"), variables: {} }),
};

const NOTHING_WRITTEN = { progress_report: 0, implementation_plan: 0, observation: 0, task_comment: 0, audit_entry: 0 };

describe(`rights and the audit trail of the domain subgraphs, through the gateway and directly (${TEST_DATABASE_KIND})`, () => {
  let federation: TestFederation;
  const headers: Partial<Record<Role, Record<string, string>>> = {};
  const databases: Record<string, DataSource> = {};
  let requests = 0;

  beforeAll(async () => {
    federation = await startTestFederation(TEST_DATABASE_KIND, {
      subgraphs: ["industry", "investment", "labour", "science"],
    });
    for (const role of ROLES) {
      headers[role] = role === "anonymous" ? { authorization: "" } : await federation.as(CALLERS[role]);
    }
    for (const domain of ["labour", "industry", "investment"]) {
      databases[domain] = await federation.openDatabase(domain);
    }
  });
  afterAll(async () => {
    await Promise.all(Object.values(databases).map((db) => db.destroy()));
    await federation?.stop();
  });

  /** A request id of our own, to find in the entry the request leaves. */
  const requestId = () => `domain-rights-${++requests}`;
  /** Sends an operation as a role, through the gateway or straight to a domain subgraph. */
  const send = <T = Record<string, unknown>>(
    path: Path,
    domain: string,
    query: string,
    variables: Record<string, unknown>,
    role: Role,
    id: string = requestId(),
  ): Promise<GraphQLResult<T>> => {
    const sent = { ...headers[role], "x-request-id": id };
    return path === "gateway"
      ? federation.query<T>(query, variables, sent)
      : federation.subgraphQuery<T>(domain, query, variables, sent);
  };

  /** The rows of each table of a domain, straight from its database. */
  const counts = async (domain = "labour"): Promise<Counts> => {
    const [row] = await databases[domain].query<Array<Record<keyof Counts, number | string>>>(
      `SELECT (SELECT COUNT(*) FROM progress_report) AS progress_report,
              (SELECT COUNT(*) FROM implementation_plan) AS implementation_plan,
              (SELECT COUNT(*) FROM observation) AS observation,
              (SELECT COUNT(*) FROM task_comment) AS task_comment,
              (SELECT COUNT(*) FROM audit_entry) AS audit_entry`,
    );
    return Object.fromEntries(Object.entries(row).map(([table, n]) => [table, Number(n)])) as unknown as Counts;
  };
  const grown = (before: Counts, after: Counts) =>
    Object.fromEntries(Object.entries(after).map(([table, n]) => [table, n - before[table as keyof Counts]]));

  /** A domain's whole trail, newest first, read by the committee through the gateway. */
  const trail = async (domain = "labour", filter?: Record<string, unknown>) =>
    dataOf(await federation.query<Record<string, { auditTrail: AuditEntryView[] }>>(TRAIL(domain), { filter }))[domain]
      .auditTrail;

  /** Sends a write that must succeed; its answer's field. */
  const written = async <T>(
    domain: string,
    source: (domain: string) => string,
    input: Record<string, unknown>,
    role: Role = "lead editor",
    id?: string,
  ): Promise<T> => {
    const result = await send<Record<string, Record<string, T>>>(
      "gateway",
      domain,
      source(domain),
      { input },
      role,
      id,
    );
    return Object.values(dataOf(result)[domain])[0];
  };

  const errorOf = (result: GraphQLResult<unknown>) => ({
    code: result.errors?.[0]?.extensions?.["code"],
    message: result.errors?.[0]?.message,
  });

  describe("who may do what in the labour domain", () => {
    const rows = (Object.keys(OPERATIONS) as Operation[]).flatMap((operation) =>
      PATHS.flatMap((path) =>
        ROLES.map((role) => {
          const outcome =
            role === "anonymous"
              ? "gets 401 UNAUTHENTICATED"
              : ALLOWED[operation].includes(role)
                ? "is allowed"
                : "gets FORBIDDEN";
          return { role, operation, path, title: `${operation}: ${role} ${outcome} (${path})` };
        }),
      ),
    );

    it.each(rows)("$title", async ({ role, operation, path }) => {
      const { query, variables, writes, refusal } = OPERATIONS[operation](path);
      const before = await counts();

      const id = requestId();
      const result = await send<Record<string, unknown>>(path, "labour", query, variables, role, id);

      const after = await counts();
      if (role === "anonymous") {
        expect(result.status).toBe(401);
        expect(errorOf(result).code).toBe("UNAUTHENTICATED");
        expect(result.data ?? null).toBeNull();
        expect(after).toEqual(before);
        return;
      }
      if (!ALLOWED[operation].includes(role)) {
        expect(errorOf(result)).toEqual({
          code: "FORBIDDEN",
          message:
            operation === "auditTrail"
              ? "This needs the role committee or standing-office."
              : `${refusal}; ${PHRASE[role]}.${operation === "submitObservations" ? " Nothing was recorded." : ""}`,
        });
        expect(answeredWrites(result, "labour")).toEqual({});
        expect(after).toEqual(before);
        return;
      }
      const data = dataOf(result);
      if (writes) {
        expect(grown(before, after)).toEqual({ ...NOTHING_WRITTEN, [writes]: 1, audit_entry: 1 });
        expect((await trail())[0]).toMatchObject({ requestId: id, actor: { subject: CALLERS[role].subject } });
        const answer = Object.values(data["labour"] as Record<string, Record<string, unknown>>)[0];
        const recordedBy = writes === "task_comment" ? answer["authorName"] : answer["reporter"];
        if (writes === "observation") {
          expect(answer).toMatchObject({ created: 1, observations: [{ reporter: CALLERS[role].name }] });
        } else expect(recordedBy).toBe(CALLERS[role].name);
        return;
      }
      expect(after).toEqual(before);
      if (operation === "auditTrail") {
        expect(Array.isArray((data["labour"] as { auditTrail: unknown }).auditTrail)).toBe(true);
        return;
      }
      const [task, indicator] =
        path === "gateway" ? [data["task"], data["indicator"]] : (data["_entities"] as Array<Record<string, unknown>>);
      expect(Array.isArray((data["labour"] as { recentReports: unknown }).recentReports)).toBe(true);
      expect(task).toMatchObject({ code: "V.1", status: expect.any(String), comments: expect.any(Array) });
      expect(task).toHaveProperty("history", expect.any(Array));
      expect(indicator).toMatchObject({ code: "VOCATIONAL_TRAINING_FACILITIES", unit: "cơ sở" });
      expect(indicator).toHaveProperty("history", expect.any(Array));
    });
  });

  describe("an editor writes only for the agency their token names", () => {
    it("a coordinating agency's editor comments on V.1 for GDDT, but may not report its progress nor submit its plan", async () => {
      const before = await counts();

      const comment = await written<Record<string, unknown>>(
        "labour",
        COMMENT,
        { taskCode: "V.1", text: "Sở GD&ĐT đã phối hợp tuyển sinh 1.200 học viên" },
        "coordinating editor",
      );
      const report = await send(
        "gateway",
        "labour",
        REPORT("labour"),
        {
          input: { taskCode: "V.1", period: "2013-Q1", state: "IN_PROGRESS", percentComplete: 10, summary: "Phối hợp" },
        },
        "coordinating editor",
      );
      const claimed = await send(
        "subgraph",
        "labour",
        REPORT("labour"),
        {
          input: {
            taskCode: "V.1",
            reportingAgency: "LDTBXH",
            period: "2013-Q1",
            state: "IN_PROGRESS",
            percentComplete: 10,
            summary: "Phối hợp",
          },
        },
        "coordinating editor",
      );
      const named = await send(
        "subgraph",
        "labour",
        REPORT("labour"),
        {
          input: {
            taskCode: "V.1",
            reportingAgency: "GDDT",
            period: "2013-Q1",
            state: "IN_PROGRESS",
            percentComplete: 10,
            summary: "Phối hợp",
          },
        },
        "coordinating editor",
      );
      const plan = await send(
        "gateway",
        "labour",
        PLAN("labour"),
        {
          input: { taskCode: "V.1", submittedOn: "2012-05-01", summary: "Kế hoạch phối hợp" },
        },
        "coordinating editor",
      );

      expect(comment).toMatchObject({ taskCode: "V.1", authorName: "Đỗ Minh Châu", agency: { code: "GDDT" } });
      expect(errorOf(report)).toEqual({
        code: "FORBIDDEN",
        message: "Only an editor of LDTBXH may report task V.1; you are an editor of GDDT.",
      });
      expect(report.errors?.[0]?.extensions?.["details"]).toEqual({ needs: { role: "editor", agencies: ["LDTBXH"] } });
      expect(errorOf(claimed)).toEqual(errorOf(report));
      // Naming an agency that does not lead the task is a mistake of the input, not of the rights.
      expect(errorOf(named).code).toBe("NOT_A_LEAD_AGENCY");
      expect(errorOf(plan)).toEqual({
        code: "FORBIDDEN",
        message: "Only an editor of LDTBXH may submit the implementation plan of task V.1; you are an editor of GDDT.",
      });
      expect(grown(before, await counts())).toEqual({ ...NOTHING_WRITTEN, task_comment: 1, audit_entry: 1 });
    });

    it("an editor of LDTBXH may not comment on a task its agency neither leads nor coordinates", async () => {
      const before = await counts("industry");

      const result = await send(
        "gateway",
        "industry",
        COMMENT("industry"),
        {
          input: { taskCode: "III.2", text: "Không liên quan" },
        },
        "lead editor",
      );

      expect(errorOf(result)).toEqual({
        code: "FORBIDDEN",
        message:
          "Only an editor of an agency that leads or coordinates task III.2 (CT, BQLKKT, XD, TC, KHDT or UBND_QH) may comment on it; you are an editor of LDTBXH.",
      });
      expect(await counts("industry")).toEqual(before);
    });

    it("with two leads (III.2), each lead's editor reports for their own agency; the standing office, though of CT, reports nothing", async () => {
      const input = {
        taskCode: "III.2",
        period: "2013-H1",
        state: "IN_PROGRESS",
        percentComplete: 45,
        summary: "Quy hoạch",
      };
      const before = await counts("industry");

      const own = await written<Record<string, unknown>>("industry", REPORT, input, "other editor");
      const forCt = await send(
        "gateway",
        "industry",
        REPORT("industry"),
        {
          input: { ...input, reportingAgency: "CT" },
        },
        "other editor",
      );
      const office = await send(
        "gateway",
        "industry",
        REPORT("industry"),
        {
          input: { ...input, reportingAgency: "CT" },
        },
        "standing-office",
      );

      expect(own).toMatchObject({
        taskCode: "III.2",
        revision: 1,
        reporter: "Lê Thị Hoa",
        reportingAgency: { code: "BQLKKT" },
      });
      expect(errorOf(forCt)).toEqual({
        code: "FORBIDDEN",
        message: "Only an editor of CT may report task III.2 for CT; you are an editor of BQLKKT.",
      });
      expect(errorOf(office)).toEqual({
        code: "FORBIDDEN",
        message: "Only an editor of CT or BQLKKT may report task III.2; you are on the standing office.",
      });
      expect(grown(before, await counts("industry"))).toEqual({
        ...NOTHING_WRITTEN,
        progress_report: 1,
        audit_entry: 1,
      });
    });

    it("only the reporting unit's editor submits an indicator's figures; one foreign indicator refuses the whole submission", async () => {
      const park = (code: string, value: number) => ({
        indicatorCode: "PARK_AREA_HA",
        period: "2014",
        breakdown: [{ dimension: "INDUSTRIAL_PARK", code }],
        value,
        status: "OFFICIAL",
      });
      const before = await counts("investment");

      const foreign = await send(
        "gateway",
        "investment",
        FIGURES("investment"),
        {
          input: { observations: [park("NOMURA", 153)] },
        },
        "lead editor",
      );
      const mixed = await send(
        "subgraph",
        "investment",
        FIGURES("investment"),
        {
          input: {
            observations: [
              park("NOMURA", 153),
              { indicatorCode: "INDUSTRIAL_CAPITAL_DOMESTIC", period: "2014", value: 1200, status: "OFFICIAL" },
            ],
          },
        },
        "other editor",
      );
      const refused = await counts("investment");
      const own = await written<Batch>(
        "investment",
        FIGURES,
        { observations: [park("NOMURA", 153), park("DINH_VU", 541)] },
        "other editor",
      );

      expect(errorOf(foreign)).toEqual({
        code: "FORBIDDEN",
        message:
          "Only an editor of BQLKKT may submit figures of PARK_AREA_HA; you are an editor of LDTBXH. Nothing was recorded.",
      });
      expect(foreign.errors?.[0]?.extensions?.["details"]).toEqual({
        needs: { role: "editor", agencies: ["BQLKKT"] },
        indicators: [{ indicator: "PARK_AREA_HA", reportedBy: "BQLKKT" }],
      });
      expect(errorOf(mixed)).toEqual({
        code: "FORBIDDEN",
        message:
          "Only an editor of KHDT may submit figures of INDUSTRIAL_CAPITAL_DOMESTIC; you are an editor of BQLKKT. Nothing was recorded.",
      });
      expect(refused).toEqual(before);
      expect(own).toMatchObject({ created: 2, revised: 0, unchanged: 0 });
      expect(own.observations.map((o) => o.reporter)).toEqual(["Lê Thị Hoa", "Lê Thị Hoa"]);
      expect(grown(before, await counts("investment"))).toEqual({ ...NOTHING_WRITTEN, observation: 2, audit_entry: 1 });
      expect((await trail("investment"))[0]).toMatchObject({
        action: "observations.submit",
        entityType: "Observation",
        entityKey: "BQLKKT/PARK_AREA_HA",
        before: null,
        actor: { subject: "test:editor-bqlkkt", agency: "BQLKKT", roles: ["editor"] },
      });
    });
  });

  describe("every write leaves exactly one audit entry, with who, when, before and after", () => {
    const actor = {
      subject: "test:editor-ldtbxh",
      name: "Nguyễn Văn An",
      agency: "LDTBXH",
      roles: ["editor"],
    };

    it("a progress report and its correction: the reporter is the token's name, the correction has the report before", async () => {
      const input = {
        taskCode: "V.1",
        period: "2013-Q2",
        state: "IN_PROGRESS",
        percentComplete: 35,
        summary: "Đã mở 12 lớp đào tạo nghề",
      };
      const entries = await trail();
      const before = await counts();

      const first = await written<Record<string, unknown>>("labour", REPORT, input, "lead editor", "dr-report-1");
      const corrected = await written<Record<string, unknown>>(
        "labour",
        REPORT,
        { ...input, percentComplete: 40, summary: "Đã mở 14 lớp đào tạo nghề", expectedRevision: 1 },
        "lead editor",
        "dr-report-2",
      );

      expect(first).toMatchObject({ revision: 1, reporter: "Nguyễn Văn An", reportingAgency: { code: "LDTBXH" } });
      expect(corrected).toMatchObject({ revision: 2, percentComplete: 40, reporter: "Nguyễn Văn An" });
      expect(grown(before, await counts())).toEqual({ ...NOTHING_WRITTEN, progress_report: 2, audit_entry: 2 });
      const after = await trail();
      expect(after.slice(2)).toEqual(entries);
      const [correction, report] = after;
      expect(report).toMatchObject({
        action: "progress.report",
        entityType: "ProgressReport",
        entityKey: "V.1/LDTBXH/2013-Q2",
        before: null,
        after: { taskCode: "V.1", period: "2013-Q2", revision: 1, percentComplete: 35, reporter: "Nguyễn Văn An" },
        requestId: "dr-report-1",
        actor,
      });
      expect(correction).toMatchObject({
        action: "progress.correct",
        entityType: "ProgressReport",
        entityKey: "V.1/LDTBXH/2013-Q2",
        before: report.after,
        after: { revision: 2, percentComplete: 40, summary: "Đã mở 14 lớp đào tạo nghề", reporter: "Nguyễn Văn An" },
        requestId: "dr-report-2",
        actor,
      });
    });

    it("an implementation plan and its revision", async () => {
      const input = {
        taskCode: "V.1",
        submittedOn: "2012-04-20",
        summary: "Kế hoạch 2012–2015",
        budgetEstimatedVnd: 5e9,
      };
      const entries = await trail();
      const before = await counts();

      await written("labour", PLAN, input, "lead editor", "dr-plan-1");
      const revised = await written<Record<string, unknown>>(
        "labour",
        PLAN,
        { ...input, summary: "Kế hoạch điều chỉnh", budgetEstimatedVnd: 6e9, expectedRevision: 1 },
        "lead editor",
        "dr-plan-2",
      );

      expect(revised).toMatchObject({ revision: 2, reporter: "Nguyễn Văn An", summary: "Kế hoạch điều chỉnh" });
      expect(grown(before, await counts())).toEqual({ ...NOTHING_WRITTEN, implementation_plan: 2, audit_entry: 2 });
      const after = await trail();
      expect(after.slice(2)).toEqual(entries);
      const [revision, plan] = after;
      expect(plan).toMatchObject({
        action: "plan.submit",
        entityType: "ImplementationPlan",
        entityKey: "V.1/LDTBXH",
        before: null,
        after: { revision: 1, budgetEstimatedVnd: 5e9, reporter: "Nguyễn Văn An" },
        requestId: "dr-plan-1",
        actor,
      });
      expect(revision).toMatchObject({
        action: "plan.revise",
        before: plan.after,
        after: { revision: 2, summary: "Kế hoạch điều chỉnh", budgetEstimatedVnd: 6e9 },
        requestId: "dr-plan-2",
        actor,
      });
    });

    it("figures: one entry per submission that changes something, none for the same figures again or a dry run", async () => {
      const figure = (code: string, value: number) => ({
        indicatorCode: "TRAINED_WORKERS",
        period: "2013",
        breakdown: [{ dimension: "TRAINING_LEVEL", code }],
        value,
        status: "OFFICIAL",
        source: "Báo cáo Sở LĐTBXH",
      });
      const submission = [figure("SO_CAP", 21000), figure("TRUNG_CAP", 6500)];
      const entries = await trail();
      const before = await counts();

      const first = await written<Batch>(
        "labour",
        FIGURES,
        { observations: submission },
        "lead editor",
        "dr-figures-1",
      );
      const again = await written<Batch>(
        "labour",
        FIGURES,
        { observations: submission },
        "lead editor",
        "dr-figures-2",
      );
      const dryRun = await written<Batch>(
        "labour",
        FIGURES,
        { observations: [figure("SO_CAP", 21500)], dryRun: true },
        "lead editor",
        "dr-figures-3",
      );
      const afterUnchanged = await counts();
      const revised = await written<Batch>(
        "labour",
        FIGURES,
        { observations: [figure("SO_CAP", 21500), figure("TRUNG_CAP", 6500)] },
        "lead editor",
        "dr-figures-4",
      );

      expect(first).toMatchObject({ created: 2, revised: 0, unchanged: 0 });
      expect(again).toMatchObject({ created: 0, revised: 0, unchanged: 2, observations: [] });
      expect(dryRun).toMatchObject({ dryRun: true, revised: 1 });
      expect(grown(before, afterUnchanged)).toEqual({ ...NOTHING_WRITTEN, observation: 2, audit_entry: 1 });
      expect(revised).toMatchObject({ created: 0, revised: 1, unchanged: 1 });
      expect(grown(before, await counts())).toEqual({ ...NOTHING_WRITTEN, observation: 3, audit_entry: 2 });
      const after = await trail();
      expect(after.slice(2)).toEqual(entries);
      const [revision, submitted] = after;
      expect(submitted).toMatchObject({
        action: "observations.submit",
        entityType: "Observation",
        entityKey: "LDTBXH/TRAINED_WORKERS",
        before: null,
        requestId: "dr-figures-1",
        actor,
      });
      expect((submitted.after as unknown as Figures).figures).toEqual([
        expect.objectContaining({
          breakdown: { TRAINING_LEVEL: "SO_CAP" },
          value: 21000,
          revision: 1,
          reporter: "Nguyễn Văn An",
        }),
        expect.objectContaining({ breakdown: { TRAINING_LEVEL: "TRUNG_CAP" }, value: 6500, revision: 1 }),
      ]);
      expect(revision).toMatchObject({ action: "observations.submit", requestId: "dr-figures-4", actor });
      // Only the cell that changed: its previous revision before, the new one after.
      expect(revision.before).toEqual({ figures: [(submitted.after as unknown as Figures).figures[0]] });
      expect((revision.after as unknown as Figures).figures).toEqual([
        expect.objectContaining({ breakdown: { TRAINING_LEVEL: "SO_CAP" }, value: 21500, revision: 2 }),
      ]);
    });

    it("a comment", async () => {
      const entries = await trail();

      const comment = await written<{ id: string; createdAt: string }>(
        "labour",
        COMMENT,
        { taskCode: "V.1", text: "Cần thêm kinh phí cho năm 2014" },
        "lead editor",
        "dr-comment-1",
      );

      const after = await trail();
      expect(after).toHaveLength(entries.length + 1);
      expect(after[0]).toMatchObject({
        action: "task.comment",
        entityType: "TaskComment",
        entityKey: `V.1/${comment.id}`,
        before: null,
        after: {
          taskCode: "V.1",
          agencyCode: "LDTBXH",
          authorSubject: "test:editor-ldtbxh",
          authorName: "Nguyễn Văn An",
          text: "Cần thêm kinh phí cho năm 2014",
        },
        requestId: "dr-comment-1",
        actor,
      });
    });

    /** The refused corrections below are of this report (revision 1), and of no plan at revision 7. */
    const CORRECTED = {
      taskCode: "V.1",
      period: "2013-Q3",
      state: "IN_PROGRESS",
      percentComplete: 45,
      summary: "Báo cáo quý III",
    };
    beforeAll(() => written("labour", REPORT, CORRECTED));

    const REFUSED: Array<[string, string, (domain: string) => string, Record<string, unknown>]> = [
      [
        "a correction without expectedRevision",
        "REVISION_CONFLICT",
        REPORT,
        { ...CORRECTED, percentComplete: 50, summary: "Sửa thiếu revision" },
      ],
      [
        "a correction with a stale expectedRevision",
        "REVISION_CONFLICT",
        REPORT,
        { ...CORRECTED, percentComplete: 50, summary: "Sửa bản cũ", expectedRevision: 7 },
      ],
      [
        "a report outside the task's years",
        "PERIOD_OUTSIDE_TASK",
        REPORT,
        { taskCode: "V.1", period: "2016", state: "IN_PROGRESS", percentComplete: 50, summary: "Ngoài kỳ" },
      ],
      [
        "a report of a task another domain owns",
        "TASK_NOT_OWNED",
        REPORT,
        { taskCode: "II.2", period: "2013", state: "IN_PROGRESS", percentComplete: 50, summary: "Nhầm lĩnh vực" },
      ],
      [
        "a plan revision with a stale expectedRevision",
        "REVISION_CONFLICT",
        PLAN,
        { taskCode: "V.1", submittedOn: "2012-04-20", summary: "Bản cũ", expectedRevision: 7 },
      ],
      [
        "figures with one invalid among them",
        "INVALID_OBSERVATIONS",
        FIGURES,
        {
          observations: [
            { indicatorCode: "TRAINING_COURSES", period: "2014", value: 30, status: "OFFICIAL" },
            { indicatorCode: "TRAINING_COURSES", period: "2099", value: 31, status: "ESTIMATE" },
          ],
        },
      ],
      ["a blank comment", "BAD_USER_INPUT", COMMENT, { taskCode: "V.1", text: "   " }],
    ];

    it.each(REFUSED)("none for a refused write: %s (%s)", async (_name, code, source, input) => {
      const entries = await trail();
      const before = await counts();

      const result = await send("gateway", "labour", source("labour"), { input }, "lead editor");

      expect(errorOf(result).code).toBe(code);
      expect(answeredWrites(result, "labour")).toEqual({});
      expect(await counts()).toEqual(before);
      expect(await trail()).toEqual(entries);
    });
  });

  describe("the audit trail's filters: agency, entityType, from and to", () => {
    it("each filter lists exactly the entries that meet it, newest first", async () => {
      // One write of each kind, by LDTBXH and by GDDT, on V.4 (led by LDTBXH, coordinated by GDDT).
      await written("labour", REPORT, {
        taskCode: "V.4",
        period: "2015-Q1",
        state: "IN_PROGRESS",
        percentComplete: 60,
        summary: "Đề án nhân lực",
      });
      await written("labour", PLAN, { taskCode: "V.4", submittedOn: "2015-01-10", summary: "Kế hoạch đề án" });
      await written("labour", FIGURES, {
        observations: [{ indicatorCode: "HR_PROGRAMMES_IMPLEMENTED", period: "2015", value: 4, status: "OFFICIAL" }],
      });
      await written("labour", COMMENT, { taskCode: "V.4", text: "Sở LĐTBXH: đề án đã trình" });
      await written("labour", COMMENT, { taskCode: "V.4", text: "Sở GD&ĐT: đã phối hợp" }, "coordinating editor");
      const all = await trail();
      const time = (at: string) => new Date(at).getTime();
      const middle = all[Math.floor(all.length / 2)].at;
      const latest = all[0].at;

      const cases: Array<[Record<string, unknown>, (entry: AuditEntryView) => boolean]> = [
        [{ agency: "LDTBXH" }, (e) => e.actor.agency === "LDTBXH"],
        [{ agency: "GDDT" }, (e) => e.actor.agency === "GDDT"],
        [{ agency: "KHDT" }, () => false],
        ...["ProgressReport", "ImplementationPlan", "Observation", "TaskComment"].map(
          (entityType): [Record<string, unknown>, (entry: AuditEntryView) => boolean] => [
            { entityType },
            (e) => e.entityType === entityType,
          ],
        ),
        [{ from: middle }, (e) => time(e.at) >= time(middle)],
        [{ to: middle }, (e) => time(e.at) < time(middle)],
        [{ from: middle, to: latest }, (e) => time(e.at) >= time(middle) && time(e.at) < time(latest)],
        [
          { agency: "GDDT", entityType: "TaskComment", from: middle },
          (e) => e.actor.agency === "GDDT" && e.entityType === "TaskComment" && time(e.at) >= time(middle),
        ],
      ];

      expect(new Set(all.map((e) => e.entityType))).toEqual(
        new Set(["ProgressReport", "ImplementationPlan", "Observation", "TaskComment"]),
      );
      expect(all.filter((e) => e.actor.agency === "GDDT").length).toBeGreaterThan(0);
      for (const [filter, meets] of cases) {
        const listed = await trail("labour", filter);
        expect({ filter, keys: listed.map((e) => e.entityKey + e.at) }).toEqual({
          filter,
          keys: all.filter(meets).map((e) => e.entityKey + e.at),
        });
      }
      // The standing office reads the same trail, with the same filter, directly from the subgraph.
      const direct = await send<{ labour: { auditTrail: AuditEntryView[] } }>(
        "subgraph",
        "labour",
        TRAIL("labour"),
        { filter: { agency: "GDDT" } },
        "standing-office",
      );
      expect(dataOf(direct).labour.auditTrail).toEqual(all.filter((e) => e.actor.agency === "GDDT"));
    });
  });

  describe("a task's and an indicator's history and comments, through the gateway, from the owning domain", () => {
    it("task I.6: its history is every write about it in labour, oldest first; its comments with their agencies", async () => {
      // I.6 is led by LDTBXH and coordinated by TC and GDDT; nothing else in this file writes about it.
      await written(
        "labour",
        REPORT,
        { taskCode: "I.6", period: "2012-H2", state: "IN_PROGRESS", percentComplete: 25, summary: "Rà soát cơ sở" },
        "lead editor",
        "dr-history-1",
      );
      await written(
        "labour",
        PLAN,
        { taskCode: "I.6", submittedOn: "2012-08-01", summary: "Kế hoạch nâng cấp cơ sở dạy nghề" },
        "lead editor",
        "dr-history-2",
      );
      await written(
        "labour",
        COMMENT,
        { taskCode: "I.6", text: "Lịch sử: ý kiến của Sở LĐTBXH" },
        "lead editor",
        "dr-history-3",
      );
      await written(
        "labour",
        COMMENT,
        { taskCode: "I.6", text: "Lịch sử: ý kiến của Sở GD&ĐT" },
        "coordinating editor",
        "dr-history-4",
      );
      const all = await trail();

      const result = await send<{
        task: {
          code: string;
          history: AuditEntryView[];
          comments: Array<{
            id: string;
            taskCode: string;
            authorName: string;
            text: string;
            createdAt: string;
            agency: { code: string; name: string };
          }>;
        };
      }>(
        "gateway",
        "labour",
        `{ task(code: "I.6") {
          code
          history { ${AUDIT_ENTRY_FIELDS} }
          comments { id taskCode authorName text createdAt agency { code name } }
        } }`,
        {},
        "viewer",
      );

      const { task } = dataOf(result);
      const about = all.filter((e) => e.entityKey.startsWith("I.6/")).reverse();
      expect(task.history).toEqual(about);
      expect(task.history.map((e) => [e.action, e.requestId, e.actor.agency])).toEqual([
        ["progress.report", "dr-history-1", "LDTBXH"],
        ["plan.submit", "dr-history-2", "LDTBXH"],
        ["task.comment", "dr-history-3", "LDTBXH"],
        ["task.comment", "dr-history-4", "GDDT"],
      ]);
      expect(task.comments).toEqual([
        {
          id: expect.any(String),
          taskCode: "I.6",
          authorName: "Nguyễn Văn An",
          text: "Lịch sử: ý kiến của Sở LĐTBXH",
          createdAt: about[2].at,
          agency: { code: "LDTBXH", name: "Sở Lao động, Thương binh và Xã hội" },
        },
        {
          id: expect.any(String),
          taskCode: "I.6",
          authorName: "Đỗ Minh Châu",
          text: "Lịch sử: ý kiến của Sở GD&ĐT",
          createdAt: about[3].at,
          agency: { code: "GDDT", name: expect.stringContaining("Giáo dục") },
        },
      ]);
      expect(task.comments.map((c) => `I.6/${c.id}`)).toEqual([about[2].entityKey, about[3].entityKey]);
      // No sign-in, no history.
      const anonymous = await send(
        "gateway",
        "labour",
        `{ task(code: "I.6") { history { action } comments { text } } }`,
        {},
        "anonymous",
      );
      expect(anonymous.status).toBe(401);
      expect(errorOf(anonymous).code).toBe("UNAUTHENTICATED");
    });

    it("an indicator's history is every submission that changed its figures, served by the indicator's domain", async () => {
      const ordering = (value: number) => ({
        observations: [{ indicatorCode: "ENTERPRISES_ORDERING_TRAINING", period: "2014", value, status: "OFFICIAL" }],
      });
      const occupancy = (value: number) => ({
        observations: [
          {
            indicatorCode: "PARK_OCCUPANCY_RATE",
            period: "2014",
            breakdown: [{ dimension: "INDUSTRIAL_PARK", code: "NOMURA" }],
            value,
            status: "OFFICIAL",
          },
        ],
      });
      await written("labour", FIGURES, ordering(120), "lead editor", "dr-indicator-1");
      await written("labour", FIGURES, ordering(120), "lead editor", "dr-indicator-2");
      await written("labour", FIGURES, ordering(125), "lead editor", "dr-indicator-3");
      await written("investment", FIGURES, occupancy(87.5), "other editor", "dr-indicator-4");
      const labour = await trail();
      const investment = await trail("investment");

      const result = await send<{ ordering: { history: AuditEntryView[] }; occupancy: { history: AuditEntryView[] } }>(
        "gateway",
        "labour",
        `{
          ordering: indicator(code: "ENTERPRISES_ORDERING_TRAINING") { history { ${AUDIT_ENTRY_FIELDS} } }
          occupancy: indicator(code: "PARK_OCCUPANCY_RATE") { history { ${AUDIT_ENTRY_FIELDS} } }
        }`,
        {},
        "service",
      );

      const { ordering: trainingHistory, occupancy: parkHistory } = dataOf(result);
      // The second submission changed nothing: no entry.
      expect(trainingHistory.history.map((e) => e.requestId)).toEqual(["dr-indicator-1", "dr-indicator-3"]);
      expect(trainingHistory.history).toEqual(
        labour.filter((e) => e.entityKey === "LDTBXH/ENTERPRISES_ORDERING_TRAINING").reverse(),
      );
      expect(trainingHistory.history[1]).toMatchObject({
        before: { figures: [{ value: 120, revision: 1 }] },
        after: { figures: [{ value: 125, revision: 2 }] },
      });
      expect(parkHistory.history).toEqual(
        investment.filter((e) => e.entityKey === "BQLKKT/PARK_OCCUPANCY_RATE").reverse(),
      );
      expect(parkHistory.history.map((e) => [e.requestId, e.actor.subject])).toEqual([
        ["dr-indicator-4", "test:editor-bqlkkt"],
      ]);
    });
  });

  describe("two corrections sent at once against the same revision", () => {
    const CASES: Array<[string, (domain: string) => string, Record<string, unknown>, string]> = [
      [
        "a progress report",
        REPORT,
        { taskCode: "V.1", period: "2014-Q2", state: "IN_PROGRESS", percentComplete: 50 },
        "summary",
      ],
      ["an implementation plan", PLAN, { taskCode: "IX.3", submittedOn: "2012-09-01" }, "summary"],
    ];

    it.each(CASES)(
      "%s: exactly one wins, the other gets REVISION_CONFLICT and its text is not stored",
      async (_name, source, input, field) => {
        await written("labour", source, { ...input, [field]: "Bản đầu tiên" });
        const entries = await trail();
        const before = await counts();
        const texts = ["Bản sửa thứ nhất", "Bản sửa thứ hai"];

        const results = await Promise.all(
          texts.map((text) =>
            send<Record<string, Record<string, Record<string, unknown>>>>(
              "gateway",
              "labour",
              source("labour"),
              { input: { ...input, [field]: text, expectedRevision: 1 } },
              "lead editor",
            ),
          ),
        );

        const won = results.filter((r) => !r.errors);
        const lost = results.filter((r) => r.errors);
        expect([won.length, lost.length]).toEqual([1, 1]);
        expect(errorOf(lost[0]).code).toBe("REVISION_CONFLICT");
        expect(errorOf(lost[0]).message).toMatch(/revision 2/);
        const winner = Object.values(won[0].data!["labour"])[0][field] as string;
        const loser = texts.find((t) => t !== winner)!;
        const table = source === REPORT ? "progress_report" : "implementation_plan";
        const stored = async (summary: string) => {
          const [row] = await databases["labour"].query<Array<{ n: number | string }>>(
            `SELECT COUNT(*) AS n FROM ${table} WHERE task_code = ? AND summary = ?`,
            [input["taskCode"], summary],
          );
          return Number(row.n);
        };
        expect([await stored(winner), await stored(loser)]).toEqual([1, 0]);
        expect(grown(before, await counts())).toEqual({ ...NOTHING_WRITTEN, [table]: 1, audit_entry: 1 });
        const after = await trail();
        expect(after.slice(1)).toEqual(entries);
        expect(after[0]).toMatchObject({
          before: { revision: 1, summary: "Bản đầu tiên" },
          after: { revision: 2, summary: winner },
        });
      },
    );
  });
});
