import { createHash, createPrivateKey, type KeyObject } from "node:crypto";
import { readFileSync } from "node:fs";

import { clock } from "@hpig/kit/standalone";
import { TEST_DATABASE_KIND } from "@hpig/kit/testing";
import { base64url, generateKeyPair, type JWTPayload, SignJWT } from "jose";

import { startTestFederation, type TestFederation } from "./testkit/federation";
import { answeredWrites, type GraphQLResult, sendRaw } from "./testkit/http";

/**
 * The bad-input suite (issue 5): a catalogue of hostile and malformed requests, each answered with a
 * stable HTTP status and `extensions.code` in a JSON body (never an HTML page, a stack trace outside
 * `extensions.stacktrace`, or a 500), and the proof that none of them changed a row of any database:
 * every write sent here is one the services must refuse. gateway-hardening.test.ts checks the
 * limits' messages and the production masking in detail; here each hostile input is one row.
 */

type Answer = GraphQLResult & { contentType: string | null };

interface Expectation {
  status: number;
  /** `extensions.code` of every error; null for an answer without errors. */
  code: string | null;
  /** `extensions.reason` of a sign-in refusal (TOKEN_MISSING, TOKEN_SIGNATURE, …). */
  reason?: string;
  /** `extensions.details.field` of an input refusal: the field it names. */
  field?: string;
  /** The data of an answer without errors; a refusal has none. */
  data?: unknown;
}

interface Case {
  name: string;
  send: () => Promise<Answer>;
  expect: Expectation;
  /** Also sent to a federation in NODE_ENV=production, where no stack trace may appear at all. */
  production?: true;
}

/** The callers; `anonymous` sends no token. */
const CALLERS = {
  committee: { subject: "test:bad-input-committee", name: "Thành viên Ban chỉ đạo", roles: ["committee" as const] },
  "standing office": {
    subject: "test:bad-input-so",
    name: "Trần Thị Bình",
    agency: "CT",
    roles: ["standing-office" as const],
  },
  "editor LDTBXH": {
    subject: "test:bad-input-ldtbxh",
    name: "Nguyễn Văn An",
    agency: "LDTBXH",
    roles: ["editor" as const],
  },
  "editor KHDT": { subject: "test:bad-input-khdt", name: "Lê Thị Hoa", agency: "KHDT", roles: ["editor" as const] },
  "viewer KHDT": { subject: "test:bad-input-viewer", name: "Phạm Thu Hà", agency: "KHDT", roles: ["viewer" as const] },
  "editor TNMT": { subject: "test:bad-input-tnmt", name: "Lê Thị Mai", agency: "TNMT", roles: ["editor" as const] },
};
type Caller = keyof typeof CALLERS | "anonymous";

/** What the services accept (AUTH_ISSUER, AUTH_AUDIENCE), and a committee member's claims, for hand-made tokens. */
const ISSUER = "hai-phong-industry-graph";
const AUDIENCE = "hai-phong-industry-graph";
const COMMITTEE_CLAIMS: JWTPayload = { name: "Ban chỉ đạo", roles: ["committee"] };

const INJECTION = "'; DROP TABLE progress_report; --";
/** Markup, a NUL, a right-to-left override and a bell. */
const HOSTILE_TEXT = `<script>alert("xss")</script><img src=x onerror=alert(1)>\u0000\u202eBáo cáo\u0007`;

const REPORT = `mutation Report($input: ReportTaskProgressInput!) {
  labour { reportTaskProgress(input: $input) { taskCode period revision } }
}`;
const SUBMIT = `mutation Submit($input: SubmitObservationsInput!) {
  labour { submitObservations(input: $input) { created revised unchanged } }
}`;
const COMMENT = `mutation ($input: CommentOnTaskInput!) { labour { commentOnTask(input: $input) { id } } }`;
const RECORD_EIA = `mutation ($input: ApprovalInput!) { environment { recordEiaApproval(input: $input) { id } } }`;
const CORRECT_APPROVAL = `mutation ($input: ApprovalInput!) { environment {
  correctEnvironmentalApproval(id: "1", expectedRevision: 1, reason: "Sửa", input: $input) { id }
} }`;
/** An EIA approval TNMT's editor could record, refused only for what a case changes. */
const eiaApproval = (fields: Record<string, unknown> = {}) => ({
  input: {
    projectName: "Nhà máy sản xuất bao bì nhựa",
    investor: "Công ty TNHH Minh Phát",
    decisionNumber: "1234/QĐ-UBND",
    decidedOn: "2016-05-04",
    approvingBody: "UBND_TP",
    ...fields,
  },
});
const UPDATE_TASK = `mutation ($input: UpdateTaskInput!) { committee { updateTask(input: $input) { code version } } }`;
const SET_DEADLINE = `mutation ($input: SetReportingDeadlineInput!) {
  committee { setReportingDeadline(input: $input) { agencyCode year deadline } }
}`;
const SAVE_REPORT = `mutation ($input: SaveQuarterlyReportInput!) { committee { saveQuarterlyReport(input: $input) { revision } } }`;
const SUBMIT_REPORT = `mutation ($input: SubmitQuarterlyReportInput!) {
  committee { submitQuarterlyReport(input: $input) { revision } }
}`;
const RECORD_REVIEW = `mutation ($input: RecordReviewInput!) { committee { recordReview(input: $input) { revision } } }`;
const PLAN_NUMBER = "{ plan { number } }";
/** A section of the quarterly report of 2016-Q2, which the standing office may write. */
const section = (text: string, period = "2016-Q2") => ({
  input: { period, sections: [{ key: "OVERALL_ASSESSMENT", text }] },
});
/** A review meeting of 2016-H1 as the standing office would record it, but for `fields`. */
const review = (fields: Record<string, unknown> = {}) => ({
  input: {
    period: "2016-H1",
    meetingDate: "2016-07-20",
    participants: ["Sở Công Thương"],
    conclusions: "Đẩy nhanh tiến độ.",
    ...fields,
  },
});
const ISSUE_DIRECTIVE = `mutation ($input: IssueDirectiveInput!) { committee { issueDirective(input: $input) { id } } }`;
const RESPOND_TO_DIRECTIVE = `mutation ($input: RespondToDirectiveInput!) { committee { respondToDirective(input: $input) { id } } }`;
const PROPOSE_ADJUSTMENT = `mutation ($input: ProposeAdjustmentInput!) { committee { proposeAdjustment(input: $input) { id } } }`;
const DECIDE_PROPOSAL = `mutation ($input: DecideProposalInput!) { committee { decideProposal(input: $input) { id } } }`;
/** A directive about V.1 due in a month, refused only for what a case changes. */
const directive = (fields: Record<string, unknown> = {}) => ({
  input: {
    taskCode: "V.1",
    text: "Báo cáo kết quả đào tạo nghề",
    dueOn: new Date(clock.now().getTime() + 30 * 86_400_000).toISOString().slice(0, 10),
    ...fields,
  },
});

/**
 * A progress report of labour's task V.1 (led by LDTBXH, 2012–2015) that is refused whoever sends
 * it: its period, 2001, is outside the task's years (PERIOD_OUTSIDE_TASK), so even LDTBXH's editor,
 * who gets past the rights, writes nothing.
 */
const refusedReport = (fields: Record<string, unknown> = {}) => ({
  input: {
    taskCode: "V.1",
    period: "2001",
    state: "IN_PROGRESS",
    percentComplete: 40,
    summary: "Tổ chức đào tạo nghề cho lao động các khu công nghiệp.",
    ...fields,
  },
});
/** The same report in a period of the task: refused only for who sends it. */
const reportInTaskYears = (fields: Record<string, unknown> = {}) => refusedReport({ period: "2013-Q2", ...fields });
const figure = (indicatorCode: string) => ({
  input: { observations: [{ indicatorCode, period: "2015", value: 1200, status: "ESTIMATE" }] },
});

/** Over the operation limits (defaults: depth 8, aliases 30, tokens 2 000, cost 1 000, directives 20). */
const DEEP_QUERY = `{ agencies { ledTasks { leadAgencies { ledTasks { leadAgencies { ledTasks { leadAgencies { ledTasks {
  leadAgencies { code } } } } } } } } } }`;
const WIDE_QUERY = `{ programGroups { tasks { leadAgencies { ledTasks { leadAgencies { ledTasks {
  ${"code title ".repeat(120)}} } } } } } }`;
const ALIAS_FLOOD = `{ ${Array.from({ length: 100 }, (_, i) => `t${i}: task(code: "V.1") { code }`).join(" ")} }`;
const TOKEN_FLOOD = `{ plan { ${"number ".repeat(5_000)}} }`;
const DIRECTIVE_FLOOD = `{ plan { ${"__typename @skip(if: false) ".repeat(50)}} }`;

/** 840 000 characters, 1.32 MB of UTF-8: over MAX_REQUEST_BYTES (1 000 000). */
const HUGE_SUMMARY = "Đào tạo nghề ữ".repeat(60_000);
/** 560 000 characters, 880 KB of UTF-8: under MAX_REQUEST_BYTES, far over the summary's 10 000 characters. */
const LARGE_SUMMARY = "Đào tạo nghề ữ".repeat(40_000);

type TokenName =
  | "forged"
  | "expired"
  | "wrongIssuer"
  | "wrongAudience"
  | "notYetValid"
  | "algNone"
  | "hmacWithPublicKey"
  | "noRole"
  | "editorWithoutAgency";

/** A running federation with its callers' headers and the bad tokens made for it. */
interface World {
  federation: TestFederation;
  headers: Record<Caller, Record<string, string>>;
  tokens: Record<TokenName, string>;
}

// The world the cases are sent to: each describe below enters its own.
let federation: TestFederation;
let headers: World["headers"];
let tokens: World["tokens"];
const enter = (world: World) => ({ federation, headers, tokens } = world);

const urlOf = (target: string) =>
  target === "gateway" ? federation.gatewayUrl : `${federation.subgraphs[target].url}/graphql`;

/** POSTs a raw body, JSON unless `extra` says otherwise, as the committee unless `extra` names another caller. */
const post = (body: string | URLSearchParams, extra: Record<string, string> = {}, target = "gateway") =>
  sendRaw(urlOf(target), {
    method: "POST",
    headers: withoutEmpty({ ...headers.committee, "content-type": "application/json", ...extra }),
    body,
  });

/** One GraphQL operation, by a caller, to the gateway or straight to a subgraph. */
const op =
  (query: string, variables?: Record<string, unknown>, caller: Caller = "committee", target = "gateway") =>
  () =>
    post(JSON.stringify({ query, variables }), headers[caller], target);

/** A query with this Authorization header. */
const authorized =
  (authorization: () => string, target = "gateway", query = PLAN_NUMBER) =>
  () =>
    post(JSON.stringify({ query }), { authorization: authorization() }, target);

/** An empty header value means "do not send it" (an anonymous caller). */
function withoutEmpty(record: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== ""));
}

const refused = (status: number, code: string, more: Pick<Expectation, "reason" | "field"> = {}): Expectation => ({
  status,
  code,
  ...more,
});
const unauthenticated = (reason: string) => refused(401, "UNAUTHENTICATED", { reason });
const answered = (data: unknown): Expectation => ({ status: 200, code: null, data });

const CASES: Case[] = [
  // The HTTP body.
  {
    name: "malformed JSON",
    send: () => post('{"query": "{ plan { number } }"'),
    expect: refused(400, "MALFORMED_JSON"),
    production: true,
  },
  {
    name: "JSON with a trailing comma",
    send: () => post('{"query": "{ plan { number } }",}'),
    expect: refused(400, "MALFORMED_JSON"),
  },
  { name: "a JSON number", send: () => post("42"), expect: refused(400, "MALFORMED_JSON") },
  { name: "a JSON string", send: () => post(JSON.stringify(PLAN_NUMBER)), expect: refused(400, "MALFORMED_JSON") },
  { name: "JSON null", send: () => post("null"), expect: refused(400, "MALFORMED_JSON"), production: true },
  { name: "JSON true", send: () => post("true"), expect: refused(400, "MALFORMED_JSON") },
  { name: "an empty body", send: () => post(""), expect: refused(400, "BAD_REQUEST"), production: true },
  { name: "an empty JSON object", send: () => post("{}"), expect: refused(400, "BAD_REQUEST") },
  { name: "no query", send: () => post('{"variables": {}}'), expect: refused(400, "BAD_REQUEST") },
  { name: "an empty query", send: () => post('{"query": ""}'), expect: refused(400, "BAD_REQUEST") },
  {
    name: "a query that is a number",
    send: () => post('{"query": 42}'),
    expect: refused(400, "BAD_REQUEST"),
    production: true,
  },
  {
    name: "a query that is a parsed document",
    send: () => post('{"query": {"kind": "Document", "definitions": []}}'),
    expect: refused(400, "BAD_REQUEST"),
  },
  {
    name: "variables as a JSON-encoded string",
    send: () => post(JSON.stringify({ query: PLAN_NUMBER, variables: "{}" })),
    expect: refused(400, "BAD_REQUEST"),
  },
  {
    name: "an operationName that is a number",
    send: () => post(JSON.stringify({ query: PLAN_NUMBER, operationName: 1 })),
    expect: refused(400, "BAD_REQUEST"),
  },
  {
    name: "extensions that are an array",
    send: () => post(JSON.stringify({ query: PLAN_NUMBER, extensions: [] })),
    expect: refused(400, "BAD_REQUEST"),
  },
  {
    name: "a text/plain body without a preflight header (CSRF)",
    send: () => post(JSON.stringify({ query: PLAN_NUMBER }), { "content-type": "text/plain" }),
    expect: refused(400, "BAD_REQUEST"),
    production: true,
  },
  {
    name: "a form-urlencoded body (CSRF)",
    send: () =>
      post(new URLSearchParams({ query: PLAN_NUMBER }), { "content-type": "application/x-www-form-urlencoded" }),
    expect: refused(400, "BAD_REQUEST"),
  },
  {
    name: "an XML body",
    send: () => post(`<?xml version="1.0"?><query>${PLAN_NUMBER}</query>`, { "content-type": "application/xml" }),
    expect: refused(400, "BAD_REQUEST"),
    production: true,
  },
  {
    name: "JSON in a charset the server does not read",
    send: () => post(JSON.stringify({ query: PLAN_NUMBER }), { "content-type": "application/json; charset=latin-9" }),
    expect: refused(415, "UNSUPPORTED_MEDIA_TYPE"),
  },
  {
    name: "a body in an unknown content encoding",
    send: () => post(JSON.stringify({ query: PLAN_NUMBER }), { "content-encoding": "compress" }),
    expect: refused(415, "UNSUPPORTED_MEDIA_TYPE"),
  },
  {
    name: "a body over the 1 MB limit (a 1.3 MB Vietnamese summary)",
    send: op(REPORT, refusedReport({ summary: HUGE_SUMMARY }), "editor LDTBXH"),
    expect: refused(413, "PAYLOAD_TOO_LARGE"),
    production: true,
  },
  {
    name: "a batch of two operations",
    send: () => post(JSON.stringify([{ query: PLAN_NUMBER }, { query: "{ agencies { code } }" }])),
    expect: refused(400, "BATCHING_NOT_ALLOWED"),
  },
  { name: "an empty batch", send: () => post("[]"), expect: refused(400, "BATCHING_NOT_ALLOWED"), production: true },
  {
    name: "a mutation over GET",
    send: () =>
      sendRaw(`${federation.gatewayUrl}?query=${encodeURIComponent("mutation { committee { __typename } }")}`, {
        headers: { ...headers.committee, "apollo-require-preflight": "true" },
      }),
    expect: refused(405, "BAD_REQUEST"),
  },
  {
    name: "a PUT",
    send: () =>
      sendRaw(federation.gatewayUrl, {
        method: "PUT",
        headers: { ...headers.committee, "content-type": "application/json" },
        body: JSON.stringify({ query: PLAN_NUMBER }),
      }),
    expect: refused(405, "BAD_REQUEST"),
  },

  // The document.
  { name: "a syntax error", send: op("{ plan { number "), expect: refused(400, "GRAPHQL_PARSE_FAILED") },
  {
    name: "a NUL character in the document",
    send: op("{ plan { number\u0000 } }"),
    expect: refused(400, "GRAPHQL_PARSE_FAILED"),
    production: true,
  },
  {
    name: "a query 10 levels deep",
    send: op(DEEP_QUERY),
    expect: refused(400, "MAX_DEPTH_EXCEEDED"),
    production: true,
  },
  { name: "a wide query (cost about 2 800)", send: op(WIDE_QUERY), expect: refused(400, "MAX_COST_EXCEEDED") },
  { name: "100 aliases", send: op(ALIAS_FLOOD), expect: refused(400, "MAX_ALIASES_EXCEEDED") },
  { name: "5 000 tokens", send: op(TOKEN_FLOOD), expect: refused(400, "MAX_TOKENS_EXCEEDED") },
  { name: "50 directives", send: op(DIRECTIVE_FLOOD), expect: refused(400, "MAX_DIRECTIVES_EXCEEDED") },
  {
    name: "fragments that spread each other",
    send: op("{ plan { ...A } } fragment A on Plan { number ...B } fragment B on Plan { issuedOn ...A }"),
    expect: refused(400, "GRAPHQL_VALIDATION_FAILED"),
  },
  {
    name: "an unknown field",
    send: op("{ plan { number password } }"),
    expect: refused(400, "GRAPHQL_VALIDATION_FAILED"),
    production: true,
  },
  {
    name: "@defer",
    send: op("{ plan { number ... @defer { issuedOn } } }"),
    expect: refused(400, "GRAPHQL_VALIDATION_FAILED"),
  },
  {
    name: "two operations and no operationName",
    send: op("query A { plan { number } } query B { agencies { code } }"),
    expect: refused(400, "OPERATION_RESOLUTION_FAILURE"),
    production: true,
  },
  {
    name: "an operationName the document does not contain",
    send: () => post(JSON.stringify({ query: `query A ${PLAN_NUMBER}`, operationName: "DropTables" })),
    expect: refused(400, "OPERATION_RESOLUTION_FAILURE"),
  },
  {
    name: "a subscription",
    send: op("subscription { plan { number } }"),
    expect: refused(400, "GRAPHQL_VALIDATION_FAILED"),
    production: true,
  },

  // Values of the wrong kind.
  {
    name: "a wrong ReportState literal",
    send: op(
      `mutation { labour { reportTaskProgress(input: { taskCode: "V.1", period: "2001", state: FINISHED,
        percentComplete: 40, summary: "Báo cáo" }) { revision } } }`,
      undefined,
      "editor LDTBXH",
    ),
    expect: refused(400, "GRAPHQL_VALIDATION_FAILED"),
  },
  {
    name: "a wrong ReportState in a variable",
    send: op(REPORT, refusedReport({ state: "FINISHED" }), "editor LDTBXH"),
    expect: refused(400, "BAD_USER_INPUT"),
    production: true,
  },
  {
    name: "a string for percentComplete",
    send: op(REPORT, refusedReport({ percentComplete: "bốn mươi" }), "editor LDTBXH"),
    expect: refused(400, "BAD_USER_INPUT"),
  },
  {
    name: "a percentComplete beyond 32 bits",
    send: op(REPORT, refusedReport({ percentComplete: 2 ** 40 }), "editor LDTBXH"),
    expect: refused(400, "BAD_USER_INPUT"),
  },
  {
    name: "null for the required input",
    send: op(REPORT, { input: null }, "editor LDTBXH"),
    expect: refused(400, "BAD_USER_INPUT"),
  },
  {
    name: "an input field the schema does not have",
    send: op(REPORT, refusedReport({ approvedBy: "Chủ tịch UBND" }), "editor LDTBXH"),
    expect: refused(400, "BAD_USER_INPUT"),
  },
  {
    name: "a string for an Int variable",
    send: op("query ($year: Int!) { reportingCycle(year: $year) { year } }", { year: "2015" }),
    expect: refused(400, "BAD_USER_INPUT"),
  },
  {
    name: "a variable of a type the schema does not have",
    send: op("query ($code: Password!) { task(code: $code) { code } }", { code: "V.1" }),
    expect: refused(400, "GRAPHQL_VALIDATION_FAILED"),
  },
  // Custom scalars pass the gateway as they are; the subgraph refuses them, in a 200 with no data.
  {
    name: "an unsafe integer for a SafeInt budget",
    send: op(REPORT, refusedReport({ budgetEstimatedVnd: 2 ** 60 }), "editor LDTBXH"),
    expect: refused(200, "BAD_USER_INPUT"),
    production: true,
  },
  {
    name: "30 February for a LocalDate",
    send: op(
      REPORT,
      refusedReport({ state: "COMPLETED", percentComplete: 100, completedOn: "2013-02-30" }),
      "editor LDTBXH",
    ),
    expect: refused(200, "BAD_USER_INPUT"),
  },

  // SQL injection, markup and control characters in reads.
  {
    name: "SQL injection as a task code",
    send: op("query ($code: ID!) { task(code: $code) { code } }", { code: INJECTION }),
    expect: answered({ task: null }),
    production: true,
  },
  {
    name: "SQL injection as an agency code",
    send: op("query ($code: ID!) { agency(code: $code) { code ledTasks { code } } }", { code: INJECTION }),
    expect: answered({ agency: null }),
  },
  {
    name: "SQL injection as an indicator code",
    send: op("query ($code: ID!) { indicator(code: $code) { code } }", { code: INJECTION }),
    expect: answered({ indicator: null }),
  },
  {
    name: "SQL injection as a lead agency to filter tasks by",
    send: op("query ($agency: ID) { tasks(filter: { leadAgency: $agency }) { code } }", { agency: INJECTION }),
    expect: refused(200, "NOT_FOUND", { field: "filter.leadAgency" }),
    production: true,
  },
  {
    name: "SQL injection in an audit trail filter",
    send: op("query ($filter: AuditTrailFilter) { labour { auditTrail(filter: $filter) { action } } }", {
      filter: { agency: INJECTION, entityType: INJECTION },
    }),
    expect: answered({ labour: { auditTrail: [] } }),
  },
  {
    name: "SQL injection as the key of an entity, straight to the labour subgraph",
    send: op(
      `query ($representations: [_Any!]!) {
        _entities(representations: $representations) { ... on LabourTask { code status latestReport { period } } }
      }`,
      { representations: [{ __typename: "LabourTask", code: INJECTION }] },
      "committee",
      "labour",
    ),
    expect: answered({ _entities: [{ code: INJECTION, status: null, latestReport: null }] }),
    production: true,
  },
  {
    name: "markup and control characters as a task code",
    send: op("query ($code: ID!) { task(code: $code) { code } }", { code: HOSTILE_TEXT }),
    expect: answered({ task: null }),
  },
  {
    name: "markup and control characters as a period to filter reports by",
    send: op('query ($period: String) { task(code: "V.1") { code reports(period: $period) { period } } }', {
      period: HOSTILE_TEXT,
    }),
    expect: answered({ task: { code: "V.1", reports: [] } }),
  },

  // Writes with hostile values, each refused.
  {
    name: "SQL injection as the task code of a report",
    send: op(REPORT, refusedReport({ taskCode: INJECTION }), "editor LDTBXH"),
    expect: refused(200, "UNKNOWN_TASK", { field: "taskCode" }),
    production: true,
  },
  {
    name: "SQL injection as the reporting agency of a report",
    send: op(REPORT, refusedReport({ reportingAgency: INJECTION }), "editor LDTBXH"),
    expect: refused(200, "NOT_A_LEAD_AGENCY", { field: "reportingAgency" }),
  },
  {
    name: "SQL injection as the period of a report",
    send: op(REPORT, refusedReport({ period: INJECTION }), "editor LDTBXH"),
    expect: refused(200, "INVALID_PERIOD", { field: "period" }),
  },
  {
    name: "SQL injection as the indicator of a figure",
    send: op(SUBMIT, figure(INJECTION), "editor LDTBXH"),
    expect: refused(200, "INVALID_OBSERVATIONS"),
  },
  {
    name: "SQL injection as the agency of a deadline (standing office)",
    send: op(SET_DEADLINE, { input: { agencyCode: INJECTION, year: 2016, deadline: "2016-12-01" } }, "standing office"),
    expect: refused(200, "NOT_FOUND", { field: "input.agencyCode" }),
  },
  {
    name: "a deadline outside December without a reason (standing office)",
    send: op(SET_DEADLINE, { input: { agencyCode: "THONGKE", year: 2016, deadline: "2017-01-15" } }, "standing office"),
    expect: refused(200, "DEADLINE_OUTSIDE_DECEMBER", { field: "input.deadline" }),
  },
  {
    name: "a deadline's reason of 501 characters (standing office)",
    send: op(
      SET_DEADLINE,
      { input: { agencyCode: "THONGKE", year: 2016, deadline: "2017-01-15", reason: "ệ".repeat(501) } },
      "standing office",
    ),
    expect: refused(200, "BAD_USER_INPUT", { field: "reason" }),
  },
  {
    name: "SQL injection as the task of a registry edit (standing office)",
    send: op(UPDATE_TASK, { input: { code: INJECTION, expectedVersion: 1, title: INJECTION } }, "standing office"),
    expect: refused(200, "NOT_FOUND", { field: "input.code" }),
  },
  {
    name: "markup and control characters in a report's texts",
    send: op(
      REPORT,
      refusedReport({ summary: HOSTILE_TEXT, difficulties: HOSTILE_TEXT, proposals: HOSTILE_TEXT }),
      "editor LDTBXH",
    ),
    expect: refused(200, "PERIOD_OUTSIDE_TASK", { field: "period" }),
    production: true,
  },
  {
    name: "a summary of 10 001 characters",
    send: op(REPORT, refusedReport({ summary: "ệ".repeat(10_001) }), "editor LDTBXH"),
    expect: refused(200, "BAD_USER_INPUT", { field: "summary" }),
    production: true,
  },
  {
    name: "difficulties of 10 001 characters",
    send: op(REPORT, refusedReport({ difficulties: "Khó khăn, ".repeat(1_001).slice(0, 10_001) }), "editor LDTBXH"),
    expect: refused(200, "BAD_USER_INPUT", { field: "difficulties" }),
  },
  {
    name: "a summary of 880 KB of Vietnamese",
    send: op(REPORT, refusedReport({ summary: LARGE_SUMMARY }), "editor LDTBXH"),
    expect: refused(200, "BAD_USER_INPUT", { field: "summary" }),
  },
  {
    name: "an empty summary",
    send: op(REPORT, refusedReport({ summary: "" }), "editor LDTBXH"),
    expect: refused(200, "BAD_USER_INPUT", { field: "summary" }),
  },

  // The committee's documents (quarterly reports and reviews), which only the standing office writes.
  {
    name: "SQL injection as the period of a quarterly report (standing office)",
    send: op(SAVE_REPORT, section("x", INJECTION), "standing office"),
    expect: refused(200, "INVALID_PERIOD", { field: "input.period" }),
  },
  {
    name: "a quarterly report section of 10 001 characters (standing office)",
    send: op(SAVE_REPORT, section("Đánh giá ".repeat(1_112).slice(0, 10_001)), "standing office"),
    expect: refused(200, "BAD_USER_INPUT", { field: "sections.0.text" }),
  },
  {
    name: "a section given twice (standing office)",
    send: op(
      SAVE_REPORT,
      {
        input: {
          period: "2016-Q2",
          sections: [
            { key: "PROPOSALS", text: "a" },
            { key: "PROPOSALS", text: "b" },
          ],
        },
      },
      "standing office",
    ),
    expect: refused(200, "BAD_USER_INPUT", { field: "input.sections.1.key" }),
  },
  {
    name: "a report submitted without its overall assessment (standing office)",
    send: op(
      SUBMIT_REPORT,
      {
        input: {
          period: "2016-Q2",
          expectedRevision: 0,
          documentNumber: "1/BC",
          submittedOn: "2016-07-05",
          signedBy: "A",
        },
      },
      "standing office",
    ),
    expect: refused(200, "INCOMPLETE_REPORT", { field: "input.period" }),
  },
  {
    name: "a blank document number (standing office)",
    send: op(
      SUBMIT_REPORT,
      {
        input: {
          period: "2016-Q2",
          expectedRevision: 0,
          documentNumber: " ",
          submittedOn: "2016-07-05",
          signedBy: "A",
        },
      },
      "standing office",
    ),
    expect: refused(200, "BAD_USER_INPUT", { field: "input.documentNumber" }),
  },
  {
    name: "a review meeting on 30 February (standing office)",
    send: op(RECORD_REVIEW, review({ meetingDate: "2016-02-30" }), "standing office"),
    expect: refused(200, "INVALID_DATE", { field: "input.meetingDate" }),
  },
  {
    name: "a review with markup and control characters as its only participant, before its last month",
    send: op(RECORD_REVIEW, review({ participants: [HOSTILE_TEXT], meetingDate: "2016-03-01" }), "standing office"),
    expect: refused(200, "INVALID_DATE", { field: "input.meetingDate" }),
  },
  {
    name: "a review of a quarter (standing office)",
    send: op(RECORD_REVIEW, review({ period: "2016-Q2" }), "standing office"),
    expect: refused(200, "INVALID_PERIOD", { field: "input.period" }),
  },
  {
    name: "an editor writing the quarterly report",
    send: op(SAVE_REPORT, section("Tự đánh giá"), "editor LDTBXH"),
    expect: refused(200, "FORBIDDEN"),
  },
  {
    name: "the committee recording a review, straight to the plan subgraph",
    send: op(RECORD_REVIEW, review(), "committee", "plan"),
    expect: refused(200, "FORBIDDEN"),
  },
  {
    name: "a review recorded straight to the plan subgraph without a token",
    send: op(RECORD_REVIEW, review(), "anonymous", "plan"),
    expect: unauthenticated("TOKEN_MISSING"),
  },

  // Writes that are not the caller's to make.
  {
    name: "an editor of KHDT reporting labour's task V.1",
    send: op(REPORT, reportInTaskYears(), "editor KHDT"),
    expect: refused(200, "FORBIDDEN"),
    production: true,
  },
  {
    name: "an editor of KHDT reporting V.1 for LDTBXH, straight to the labour subgraph",
    send: op(REPORT, reportInTaskYears({ reportingAgency: "LDTBXH" }), "editor KHDT", "labour"),
    expect: refused(200, "FORBIDDEN"),
  },
  {
    name: "an editor of KHDT submitting a figure that LDTBXH reports",
    send: op(SUBMIT, figure("TRAINED_WORKERS"), "editor KHDT"),
    expect: refused(200, "FORBIDDEN"),
    production: true,
  },
  {
    name: "an editor of LDTBXH reporting investment's task I.1 in labour",
    send: op(REPORT, reportInTaskYears({ taskCode: "I.1", period: "2014" }), "editor LDTBXH"),
    expect: refused(200, "TASK_NOT_OWNED", { field: "taskCode" }),
  },
  {
    name: "an editor of KHDT recording an EIA approval (TNMT's record)",
    send: op(RECORD_EIA, eiaApproval(), "editor KHDT"),
    expect: refused(200, "FORBIDDEN"),
    production: true,
  },
  {
    name: "a viewer correcting an EIA approval, straight to the environment subgraph",
    send: op(CORRECT_APPROVAL, eiaApproval(), "viewer KHDT", "environment"),
    expect: refused(200, "FORBIDDEN"),
  },
  {
    name: "an editor of TNMT recording an EIA approval whose decision number is an injection",
    send: op(RECORD_EIA, eiaApproval({ decisionNumber: INJECTION }), "editor TNMT"),
    expect: refused(200, "BAD_USER_INPUT", { field: "decisionNumber" }),
  },
  {
    name: "an editor of TNMT recording an EIA approval with hostile text, decided next year",
    send: op(
      RECORD_EIA,
      eiaApproval({ projectName: HOSTILE_TEXT, decidedOn: `${clock.now().getUTCFullYear() + 1}-01-02` }),
      "editor TNMT",
    ),
    expect: refused(200, "INVALID_DATE", { field: "decidedOn" }),
  },
  {
    name: "an editor of TNMT recording an EIA approval decided by a district",
    send: op(RECORD_EIA, eiaApproval({ approvingBody: "UBND_QH" }), "editor TNMT"),
    expect: refused(200, "BAD_USER_INPUT", { field: "approvingBody" }),
  },
  {
    name: "a viewer reporting progress",
    send: op(REPORT, reportInTaskYears(), "viewer KHDT"),
    expect: refused(200, "FORBIDDEN"),
  },
  {
    name: "a viewer commenting, with markup",
    send: op(COMMENT, { input: { taskCode: "V.1", text: HOSTILE_TEXT } }, "viewer KHDT"),
    expect: refused(200, "FORBIDDEN"),
  },
  {
    name: "the committee reporting progress",
    send: op(REPORT, reportInTaskYears(), "committee"),
    expect: refused(200, "FORBIDDEN"),
  },
  {
    name: "an editor editing the registry",
    send: op(UPDATE_TASK, { input: { code: "V.1", expectedVersion: 1, title: HOSTILE_TEXT } }, "editor LDTBXH"),
    expect: refused(200, "FORBIDDEN"),
  },
  {
    name: "an editor editing the registry, straight to the plan subgraph",
    send: op(UPDATE_TASK, { input: { code: "V.1", expectedVersion: 1, title: INJECTION } }, "editor LDTBXH", "plan"),
    expect: refused(200, "FORBIDDEN"),
  },
  {
    name: "an anonymous report",
    send: op(REPORT, reportInTaskYears(), "anonymous"),
    expect: unauthenticated("TOKEN_MISSING"),
  },

  // The committee's directives and the lead agencies' adjustment proposals.
  {
    name: "a viewer issuing a directive, with markup",
    send: op(ISSUE_DIRECTIVE, directive({ text: HOSTILE_TEXT }), "viewer KHDT"),
    expect: refused(200, "FORBIDDEN"),
  },
  {
    name: "an editor issuing a directive, straight to the plan subgraph",
    send: op(ISSUE_DIRECTIVE, directive(), "editor LDTBXH", "plan"),
    expect: refused(200, "FORBIDDEN"),
  },
  {
    name: "SQL injection as the task of a directive",
    send: op(ISSUE_DIRECTIVE, directive({ taskCode: INJECTION }), "committee"),
    expect: refused(200, "NOT_FOUND", { field: "input.taskCode" }),
    production: true,
  },
  {
    name: "a directive about a task and to an agency",
    send: op(ISSUE_DIRECTIVE, directive({ agencyCode: "LDTBXH" }), "committee"),
    expect: refused(200, "BAD_USER_INPUT", { field: "input" }),
  },
  {
    name: "a directive due on 30 February, with markup",
    send: op(ISSUE_DIRECTIVE, directive({ text: HOSTILE_TEXT, dueOn: "2027-02-30" }), "standing office"),
    expect: refused(200, "INVALID_DATE", { field: "input.dueOn" }),
  },
  {
    name: "a directive of 4 001 characters",
    send: op(ISSUE_DIRECTIVE, directive({ text: "ệ".repeat(4_001) }), "committee"),
    expect: refused(200, "BAD_USER_INPUT", { field: "text" }),
    production: true,
  },
  {
    name: "SQL injection as the directive an editor answers",
    send: op(RESPOND_TO_DIRECTIVE, { input: { directiveId: INJECTION, text: "Đã thực hiện" } }, "editor LDTBXH"),
    expect: refused(200, "NOT_FOUND", { field: "input.directiveId" }),
  },
  {
    name: "a viewer answering a directive, with markup",
    send: op(RESPOND_TO_DIRECTIVE, { input: { directiveId: "1", text: HOSTILE_TEXT } }, "viewer KHDT"),
    expect: refused(200, "FORBIDDEN"),
  },
  {
    name: "an editor proposing to change a task another agency leads",
    send: op(PROPOSE_ADJUSTMENT, { input: { taskCode: "V.1", endYear: 2016, reason: HOSTILE_TEXT } }, "editor KHDT"),
    expect: refused(200, "FORBIDDEN"),
  },
  {
    name: "SQL injection as an agency of a proposal",
    send: op(
      PROPOSE_ADJUSTMENT,
      { input: { taskCode: "V.1", coordinatingAgencies: [INJECTION.slice(0, 30)], reason: "Bổ sung" } },
      "editor LDTBXH",
    ),
    expect: refused(200, "NOT_FOUND", { field: "input.coordinatingAgencies" }),
  },
  {
    name: "an editor deciding a proposal, straight to the plan subgraph",
    send: op(
      DECIDE_PROPOSAL,
      { input: { id: "1", approved: true, decisionNumber: "1/QĐ-UBND", decidedOn: "2016-01-01" } },
      "editor LDTBXH",
      "plan",
    ),
    expect: refused(200, "FORBIDDEN"),
  },
  {
    name: "SQL injection as the proposal a decision is on",
    send: op(
      DECIDE_PROPOSAL,
      { input: { id: INJECTION, approved: true, decisionNumber: "1/QĐ-UBND", decidedOn: "2016-01-01" } },
      "standing office",
    ),
    expect: refused(200, "NOT_FOUND", { field: "input.id" }),
  },

  // Tokens.
  {
    name: "a token signed by another key",
    send: authorized(() => `Bearer ${tokens.forged}`),
    expect: unauthenticated("TOKEN_SIGNATURE"),
    production: true,
  },
  {
    name: "an expired token",
    send: authorized(() => `Bearer ${tokens.expired}`),
    expect: unauthenticated("TOKEN_EXPIRED"),
    production: true,
  },
  {
    name: "a token of another issuer",
    send: authorized(() => `Bearer ${tokens.wrongIssuer}`),
    expect: unauthenticated("TOKEN_CLAIM"),
  },
  {
    name: "a token for another audience",
    send: authorized(() => `Bearer ${tokens.wrongAudience}`),
    expect: unauthenticated("TOKEN_CLAIM"),
  },
  {
    name: "a token that is not valid yet",
    send: authorized(() => `Bearer ${tokens.notYetValid}`),
    expect: unauthenticated("TOKEN_CLAIM"),
  },
  {
    name: 'an unsigned token (alg "none")',
    send: authorized(() => `Bearer ${tokens.algNone}`),
    expect: unauthenticated("TOKEN_MALFORMED"),
    production: true,
  },
  {
    name: "a token signed HS256 with the public key as its secret",
    send: authorized(() => `Bearer ${tokens.hmacWithPublicKey}`),
    expect: unauthenticated("TOKEN_MALFORMED"),
  },
  {
    name: "a token without a known role",
    send: authorized(() => `Bearer ${tokens.noRole}`),
    expect: unauthenticated("TOKEN_CLAIM"),
  },
  {
    name: "an editor's token without an agency",
    send: authorized(() => `Bearer ${tokens.editorWithoutAgency}`),
    expect: unauthenticated("TOKEN_CLAIM"),
  },
  { name: "a garbage token", send: authorized(() => "Bearer not.a.jwt"), expect: unauthenticated("TOKEN_MALFORMED") },
  {
    name: "a token without Bearer",
    send: authorized(() => tokens.forged),
    expect: unauthenticated("TOKEN_MALFORMED"),
    production: true,
  },
  {
    name: "Basic credentials",
    send: authorized(() => "Basic YWRtaW46YWRtaW4="),
    expect: unauthenticated("TOKEN_MALFORMED"),
  },
  { name: "Bearer and nothing else", send: authorized(() => "Bearer "), expect: unauthenticated("TOKEN_MALFORMED") },

  // Around the gateway.
  {
    name: "the labour subgraph without a token",
    send: op("{ labour { recentReports { period } } }", undefined, "anonymous", "labour"),
    expect: unauthenticated("TOKEN_MISSING"),
    production: true,
  },
  {
    name: "the plan subgraph without a token",
    send: op("{ tasks { code } }", undefined, "anonymous", "plan"),
    expect: unauthenticated("TOKEN_MISSING"),
  },
  {
    name: "a report straight to the labour subgraph without a token",
    send: op(REPORT, reportInTaskYears(), "anonymous", "labour"),
    expect: unauthenticated("TOKEN_MISSING"),
  },
  {
    name: "a registry edit straight to the plan subgraph without a token",
    send: op(UPDATE_TASK, { input: { code: "V.1", expectedVersion: 1, title: "Sửa ẩn danh" } }, "anonymous", "plan"),
    expect: unauthenticated("TOKEN_MISSING"),
  },
  {
    name: "the labour subgraph with a forged token",
    send: authorized(() => `Bearer ${tokens.forged}`, "labour", "{ labour { recentReports { period } } }"),
    expect: unauthenticated("TOKEN_SIGNATURE"),
    production: true,
  },
  {
    name: "the plan subgraph with a forged token",
    send: authorized(() => `Bearer ${tokens.forged}`, "plan", "{ tasks { code } }"),
    expect: unauthenticated("TOKEN_SIGNATURE"),
  },
  {
    name: "the plan subgraph with an expired token",
    send: authorized(() => `Bearer ${tokens.expired}`, "plan", "{ tasks { code } }"),
    expect: unauthenticated("TOKEN_EXPIRED"),
  },
  {
    name: "malformed JSON straight to the plan subgraph",
    send: () => post("{query: tasks}", {}, "plan"),
    expect: refused(400, "MALFORMED_JSON"),
  },
  {
    name: "a batch straight to the labour subgraph",
    send: () => post(JSON.stringify([{ query: "{ __typename }" }, { query: "{ __typename }" }]), {}, "labour"),
    expect: refused(400, "BAD_REQUEST"),
  },
  {
    name: "two operations and no operationName, straight to the labour subgraph",
    send: op("query A { __typename } query B { __typename }", undefined, "committee", "labour"),
    expect: refused(400, "OPERATION_RESOLUTION_FAILURE"),
  },
  {
    name: "a subscription straight to the plan subgraph",
    send: op("subscription { __typename }", undefined, "committee", "plan"),
    expect: refused(400, "GRAPHQL_VALIDATION_FAILED"),
    production: true,
  },
];

/** Row counts and a digest of the rows of every table of every subgraph's database, and its latest audit entry. */
async function fingerprint(federation: TestFederation): Promise<Record<string, Record<string, string>>> {
  const result: Record<string, Record<string, string>> = {};
  for (const subgraph of Object.keys(federation.subgraphs).sort()) {
    const db = await federation.openDatabase(subgraph);
    try {
      const tables: Array<{ name: string }> =
        TEST_DATABASE_KIND === "sqlite"
          ? await db.query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
          : await db.query(
              `SELECT table_name AS name FROM information_schema.tables
               WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' ORDER BY table_name`,
            );
      const tablesOf: Record<string, string> = {};
      for (const { name } of tables) {
        const rows: unknown[] = await db.query(`SELECT * FROM ${db.driver.escape(name)}`);
        const digest = createHash("sha256")
          .update(
            rows
              .map((row) => JSON.stringify(row))
              .sort()
              .join("\n"),
          )
          .digest("hex");
        tablesOf[name] = `${rows.length} rows, sha256 ${digest.slice(0, 16)}`;
      }
      const [latest]: Array<{ id: number | string | null }> = await db.query("SELECT MAX(id) AS id FROM audit_entry");
      tablesOf["latest audit entry"] = String(latest?.id ?? "none");
      result[subgraph] = tablesOf;
    } finally {
      await db.destroy();
    }
  }
  return result;
}

/** The test federation's keys, to sign tokens it would sign but for another issuer or audience, and one with its public key as an HMAC secret. */
function federationKeys(federation: TestFederation): { privateKey: KeyObject; publicPem: string } {
  const { privateKeyFile, publicKeyFile } = federation.keyFiles;
  return {
    privateKey: createPrivateKey(readFileSync(privateKeyFile, "utf8")),
    publicPem: readFileSync(publicKeyFile, "utf8"),
  };
}

/** A committee member's token, as the services would accept it unless `change` spoils it. */
const committeeToken = (key: KeyObject | Uint8Array, alg: string, change: (jwt: SignJWT) => SignJWT = (jwt) => jwt) =>
  change(
    new SignJWT(COMMITTEE_CLAIMS)
      .setProtectedHeader({ alg })
      .setSubject(CALLERS.committee.subject)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime("1h"),
  ).sign(key);

/** Starts a federation, and makes its callers' headers and the bad tokens. */
async function setUp(nodeEnv: "test" | "production"): Promise<World> {
  const federation = await startTestFederation(TEST_DATABASE_KIND, { nodeEnv });
  const headers = {} as World["headers"];
  headers.anonymous = { authorization: "" };
  for (const [caller, claims] of Object.entries(CALLERS)) headers[caller as Caller] = await federation.as(claims);
  const own = federationKeys(federation);
  const other = await generateKeyPair("ES256");
  const unsignedPart = (value: object) => base64url.encode(JSON.stringify(value));
  const tokens: World["tokens"] = {
    forged: await committeeToken(other.privateKey as KeyObject, "ES256"),
    expired: await federation.token({ ...CALLERS.committee, expiresIn: "-1h" }),
    wrongIssuer: await committeeToken(own.privateKey, "ES256", (jwt) => jwt.setIssuer("https://evil.example")),
    wrongAudience: await committeeToken(own.privateKey, "ES256", (jwt) => jwt.setAudience("another-system")),
    notYetValid: await committeeToken(own.privateKey, "ES256", (jwt) => jwt.setNotBefore("2h").setExpirationTime("3h")),
    algNone: `${unsignedPart({ alg: "none", typ: "JWT" })}.${unsignedPart({
      ...COMMITTEE_CLAIMS,
      sub: CALLERS.committee.subject,
      iss: ISSUER,
      aud: AUDIENCE,
      exp: Math.floor(Date.now() / 1000) + 3600,
    })}.`,
    hmacWithPublicKey: await committeeToken(new TextEncoder().encode(own.publicPem), "HS256"),
    noRole: await federation.token({ subject: "test:bad-input-nobody", roles: [] }),
    editorWithoutAgency: await federation.token({ subject: "test:bad-input-editor", roles: ["editor"] }),
  };
  return { federation, headers, tokens };
}

/**
 * The production federation starts in the background while the main suite runs (it is only read
 * after), so the selection costs little time; stopped at the very end.
 */
let production: Promise<World> | undefined;
const productionWorld = () => (production ??= setUp("production"));
afterAll(async () => {
  await (await production?.catch(() => undefined))?.federation.stop();
});

/** Sends one case and checks its answer: the status, the code, JSON, no stack trace outside `extensions.stacktrace`. */
async function check({ send, expect: expected }: Case, production: boolean): Promise<void> {
  // sendRaw fails the test with the body when the answer is not JSON (an HTML error page, say).
  const answer = await send();

  const errors = answer.errors ?? [];
  // The first message on both sides: not compared, shown in the diff when the status or code differs.
  const message = errors[0]?.message ?? null;
  expect({
    status: answer.status,
    codes: [...new Set(errors.map((error) => error.extensions?.["code"]))],
    message,
  }).toEqual({ status: expected.status, codes: expected.code === null ? [] : [expected.code], message });
  expect(answer.contentType).toMatch(/^application\/json/);
  if (expected.reason) expect(errors[0].extensions?.["reason"]).toBe(expected.reason);
  if (expected.field) expect(errors[0].extensions?.["details"]).toMatchObject({ field: expected.field });
  if (expected.data !== undefined) expect(answer.data).toEqual(expected.data);
  // Nothing answered: no data, or namespaces whose every write is null (refused).
  else expect(Object.keys(answer.data ?? {}).flatMap((key) => Object.keys(answeredWrites(answer, key)))).toEqual([]);
  const { status: _status, headers: _headers, contentType: _contentType, ...body } = answer;
  const stacks = errors.map((error) => error.extensions?.["stacktrace"]).filter((stack) => stack !== undefined);
  const withoutStacks = JSON.stringify({
    ...body,
    errors: errors.map(({ extensions, ...error }) => ({ ...error, extensions: { ...extensions, stacktrace: null } })),
  });
  expect(withoutStacks).not.toMatch(/\bat \S+ \(|node_modules|\.[jt]s:\d+:\d+/);
  if (production) expect(stacks).toEqual([]);
}

describe(`the bad-input suite (${TEST_DATABASE_KIND})`, () => {
  let world: World;
  let before: Awaited<ReturnType<typeof fingerprint>>;
  let tried = 0;

  beforeAll(async () => {
    void productionWorld().catch(() => undefined); // its failure is reported by its own describe
    world = await setUp("test");
    enter(world);
    before = await fingerprint(world.federation);
  });
  afterAll(() => world?.federation.stop());

  it.each(CASES)("$name", async (badInput) => {
    tried += 1;
    await check(badInput, false);
  });

  // graphql-js quotes an invalid variable whole in its message: 300 000 characters must not come back.
  it.each(["gateway", "labour"])("cuts the echo of a huge invalid input to 2 000 characters (%s)", async (target) => {
    const input = refusedReport({ summary: "Đào tạo nghề ".repeat(25_000), unknownField: true });
    const answer = await post(JSON.stringify({ query: REPORT, variables: input }), headers["editor LDTBXH"], target);

    expect(answer.errors?.map((error) => error.extensions?.["code"])).toEqual(["BAD_USER_INPUT"]);
    const message = answer.errors![0].message;
    expect(message).toMatch(/… \[\d+ characters cut\]$/);
    expect(message.length).toBeLessThan(2_100);
  });

  it("changed no row of any database, and left the gateway and every subgraph healthy", async () => {
    console.log(`bad-input suite: ${tried} cases`);
    expect(tried).toBeGreaterThanOrEqual(40);
    expect(await fingerprint(world.federation)).toEqual(before);
    const services = [world.federation.gateway, ...Object.values(world.federation.subgraphs)];
    const health = await Promise.all(
      services.map(async (service) => [service.name, (await fetch(`${service.url}/health`)).status] as const),
    );
    expect(health).toEqual(services.map((service) => [service.name, 200]));
  });
});

describe(`the bad-input suite in production, a selection (${TEST_DATABASE_KIND})`, () => {
  let world: World;
  let before: Awaited<ReturnType<typeof fingerprint>>;

  beforeAll(async () => {
    world = await productionWorld();
    enter(world);
    before = await fingerprint(world.federation);
  });

  it.each(CASES.filter((badInput) => badInput.production))("$name", (badInput) => check(badInput, true));

  it("changed no row, and left the gateway healthy", async () => {
    expect(await fingerprint(world.federation)).toEqual(before);
    expect((await fetch(`${world.federation.gateway.url}/health`)).status).toBe(200);
  });
});
