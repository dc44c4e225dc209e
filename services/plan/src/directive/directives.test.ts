import "reflect-metadata";

import { readFileSync } from "node:fs";
import { join } from "node:path";

import {
  AuditEntry,
  buildSubgraphSchemaOf,
  clock,
  createLogger,
  type Principal,
  runInRequest,
  traceOf,
  vietnamDate,
} from "@hpig/kit";
import { openTestDataSource, TEST_DATABASE_KIND } from "@hpig/kit/testing";
import { type ExecutionResult, graphql, type GraphQLSchema } from "graphql";
import type { DataSource } from "typeorm";

import { seedWriter } from "../audit/plan-audit";
import { createPlanContext } from "../context";
import { importPlanDocument } from "../importer/import-plan";
import { planSubgraph } from "../subgraph";
import { DirectiveAddressee, DirectiveResponseRecord, IssuedDirective } from "./directive.entity";
import { directivesKnownOn, respondToDirective } from "./directives";

const document = readFileSync(join(__dirname, "..", "..", "data", "ke-hoach-3438-KH-UBND-2012.txt"), "utf8");

const CALLERS = {
  committee: { subject: "bcd-1", name: "Trưởng ban chỉ đạo", agency: null, roles: ["committee"] },
  "standing-office": { subject: "so-binh", name: "Trần Thị Bình", agency: "CT", roles: ["standing-office"] },
  "CT editor": { subject: "ed-ct", name: "Vũ Văn Công", agency: "CT", roles: ["editor"] },
  "BQLKKT editor": { subject: "ed-bql", name: "Lê Thị Hoa", agency: "BQLKKT", roles: ["editor"] },
  "KHDT editor": { subject: "ed-khdt", name: "Phạm Văn Đầu", agency: "KHDT", roles: ["editor"] },
  "CT viewer": { subject: "vw-ct", name: "Đỗ Thu Hà", agency: "CT", roles: ["viewer"] },
  service: { subject: "svc-industry", name: "industry", agency: null, roles: ["service"] },
} satisfies Record<string, Principal>;
type Caller = keyof typeof CALLERS;

const DIRECTIVE_FIELDS = `id taskCode agencyCode text dueOn issuedOn asOf status
  issuedBy { subject name agency roles }
  addressees { agencyCode responded respondedOn responseCount late agency { code } }
  responses { agencyCode text documentRef respondedOn responder late }`;
const ISSUE = `mutation ($input: IssueDirectiveInput!) { committee { issueDirective(input: $input) { ${DIRECTIVE_FIELDS} } } }`;
const RESPOND = `mutation ($input: RespondToDirectiveInput!) { committee { respondToDirective(input: $input) { ${DIRECTIVE_FIELDS} } } }`;

interface DirectiveView {
  id: string;
  taskCode: string | null;
  agencyCode: string | null;
  text: string;
  dueOn: string;
  issuedOn: string;
  asOf: string;
  status: string;
  issuedBy: { subject: string; name: string; agency: string | null; roles: string[] };
  addressees: Array<{
    agencyCode: string;
    responded: boolean;
    respondedOn: string | null;
    responseCount: number;
    late: boolean;
  }>;
  responses: Array<{
    agencyCode: string;
    text: string;
    documentRef: string | null;
    respondedOn: string;
    late: boolean;
  }>;
}

/** A Viet Nam date `days` after `date`. */
function plusDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

describe(`the committee's directives (${TEST_DATABASE_KIND})`, () => {
  let db: DataSource;
  let close: () => Promise<void>;
  let schema: GraphQLSchema;
  let requests = 0;
  const today = vietnamDate(clock.now());

  function run(source: string, variables: Record<string, unknown> = {}, caller: Caller = "committee") {
    const context = createPlanContext({
      db,
      requestId: `req-${++requests}`,
      logger: createLogger("plan", "silent"),
      principal: CALLERS[caller],
    });
    return Promise.resolve(graphql({ schema, source, variableValues: variables, contextValue: context }));
  }
  const issue = async (input: Record<string, unknown>, caller: Caller = "committee") => {
    const result = await run(ISSUE, { input }, caller);
    expect(result.errors).toBeUndefined();
    return (result.data as { committee: { issueDirective: DirectiveView } }).committee.issueDirective;
  };
  const respond = async (input: Record<string, unknown>, caller: Caller) => {
    const result = await run(RESPOND, { input }, caller);
    expect(result.errors).toBeUndefined();
    return (result.data as { committee: { respondToDirective: DirectiveView } }).committee.respondToDirective;
  };
  /** Every row the directives live in, and the audit trail's length. */
  const rows = async () => ({
    directives: await db.getRepository(IssuedDirective).count(),
    addressees: await db.getRepository(DirectiveAddressee).count(),
    responses: await db.getRepository(DirectiveResponseRecord).count(),
    audit: await db.getRepository(AuditEntry).count(),
  });
  const refusal = (result: ExecutionResult, field: string) => {
    expect(result.data).toEqual({ committee: { [field]: null } });
    return { code: result.errors?.[0]?.extensions?.["code"], message: result.errors?.[0]?.message };
  };

  beforeAll(async () => {
    ({ db, close } = await openTestDataSource(planSubgraph));
    await importPlanDocument(db, document, { writer: seedWriter() });
    schema = await buildSubgraphSchemaOf(planSubgraph);
  });
  afterAll(async () => {
    await close?.();
  });

  describe("issueDirective", () => {
    it("addresses a directive about III.2 to both its leads, records the issuer, and leaves one audit entry", async () => {
      const before = await rows();

      const directive = await issue({
        taskCode: "III.2",
        text: "  Báo cáo tiến độ lấp đầy các khu, cụm công nghiệp  ",
        dueOn: plusDays(today, 30),
      });

      expect(directive).toMatchObject({
        taskCode: "III.2",
        agencyCode: null,
        text: "Báo cáo tiến độ lấp đầy các khu, cụm công nghiệp",
        dueOn: plusDays(today, 30),
        issuedOn: today,
        asOf: today,
        status: "OPEN",
        issuedBy: { subject: "bcd-1", name: "Trưởng ban chỉ đạo", agency: null, roles: ["committee"] },
        addressees: [
          {
            agencyCode: "CT",
            responded: false,
            respondedOn: null,
            responseCount: 0,
            late: false,
            agency: { code: "CT" },
          },
          {
            agencyCode: "BQLKKT",
            responded: false,
            respondedOn: null,
            responseCount: 0,
            late: false,
            agency: { code: "BQLKKT" },
          },
        ],
        responses: [],
      });
      expect(await rows()).toEqual({
        directives: before.directives + 1,
        addressees: before.addressees + 2,
        responses: before.responses,
        audit: before.audit + 1,
      });
      const entry = await db.getRepository(AuditEntry).findOneOrFail({ where: {}, order: { id: "DESC" } });
      expect(entry).toMatchObject({
        action: "directive.issue",
        entityType: "Directive",
        entityKey: directive.id,
        actorSubject: "bcd-1",
        before: null,
        after: { taskCode: "III.2", addressees: ["CT", "BQLKKT"], dueOn: plusDays(today, 30) },
      });
    });

    it("lets the standing office give a directive to one agency, due today", async () => {
      const directive = await issue(
        { agencyCode: "UBND_QH", text: "Rà soát quỹ đất cụm công nghiệp", dueOn: today },
        "standing-office",
      );

      expect(directive).toMatchObject({
        taskCode: null,
        agencyCode: "UBND_QH",
        issuedBy: { subject: "so-binh", agency: "CT", roles: ["standing-office"] },
        addressees: [{ agencyCode: "UBND_QH" }],
      });
    });

    it.each([
      ["both a task and an agency", { taskCode: "V.1", agencyCode: "LDTBXH" }, "BAD_USER_INPUT", /not both/],
      ["neither a task nor an agency", {}, "BAD_USER_INPUT", /Give taskCode .* or agencyCode/],
      ["an unknown task", { taskCode: "X.1" }, "NOT_FOUND", /Unknown task code "X.1"/],
      ["an unknown agency", { agencyCode: "NOPE" }, "NOT_FOUND", /Unknown agency code "NOPE"/],
      ["a blank text", { taskCode: "V.1", text: "   " }, "BAD_USER_INPUT", /text must not be blank/],
      ["an empty text", { taskCode: "V.1", text: "" }, "BAD_USER_INPUT", /text must be longer than or equal to 1/],
      [
        "a text over 4000 characters",
        { taskCode: "V.1", text: "x".repeat(4001) },
        "BAD_USER_INPUT",
        /shorter than or equal to 4000/,
      ],
      ["a date off the calendar", { taskCode: "V.1", dueOn: "2027-02-30" }, "INVALID_DATE", /not a calendar date/],
      ["a date that is not one", { taskCode: "V.1", dueOn: "ngày mai" }, "INVALID_DATE", /not a calendar date/],
      ["a due date in the past", { taskCode: "V.1", dueOn: plusDays(today, -1) }, "INVALID_DATE", /in the past/],
      [
        "a due date over 2 years ahead",
        { taskCode: "V.1", dueOn: plusDays(today, 800) },
        "INVALID_DATE",
        /too far ahead/,
      ],
    ])("refuses %s, writing and recording nothing", async (_name, fields, code, message) => {
      const before = await rows();

      const result = await run(ISSUE, { input: { text: "Chỉ đạo", dueOn: plusDays(today, 7), ...fields } });

      const refused = refusal(result, "issueDirective");
      expect(refused.code).toBe(code);
      expect(refused.message).toMatch(message);
      expect(await rows()).toEqual(before);
    });

    it.each(["CT editor", "CT viewer", "service"] as const)("refuses the %s with FORBIDDEN", async (caller) => {
      const before = await rows();

      const result = await run(ISSUE, { input: { taskCode: "V.1", text: "Chỉ đạo", dueOn: today } }, caller);

      expect(refusal(result, "issueDirective")).toEqual({
        code: "FORBIDDEN",
        message: "This needs the role committee or standing-office.",
      });
      expect(await rows()).toEqual(before);
    });
  });

  describe("respondToDirective", () => {
    let directive: DirectiveView;
    beforeAll(async () => {
      directive = await issue({
        taskCode: "III.2",
        text: "Rà soát hạ tầng các cụm công nghiệp",
        dueOn: plusDays(today, 10),
      });
    });

    it("records an answer for the editor's agency; the directive is RESPONDED once both leads have answered", async () => {
      const before = await rows();

      const afterCt = await respond(
        { directiveId: directive.id, text: "Đã rà soát 12 cụm", documentRef: " 215/BC-SCT " },
        "CT editor",
      );
      const afterBoth = await respond({ directiveId: directive.id, text: "Đã rà soát các KCN" }, "BQLKKT editor");

      expect(afterCt).toMatchObject({
        status: "OPEN",
        addressees: [
          { agencyCode: "CT", responded: true, respondedOn: today, responseCount: 1, late: false },
          { agencyCode: "BQLKKT", responded: false },
        ],
        responses: [
          { agencyCode: "CT", text: "Đã rà soát 12 cụm", documentRef: "215/BC-SCT", responder: "Vũ Văn Công" },
        ],
      });
      expect(afterBoth.status).toBe("RESPONDED");
      expect(afterBoth.responses.map((r) => r.agencyCode)).toEqual(["CT", "BQLKKT"]);
      expect(await rows()).toEqual({ ...before, responses: before.responses + 2, audit: before.audit + 2 });
      const entry = await db.getRepository(AuditEntry).findOneOrFail({ where: {}, order: { id: "DESC" } });
      expect(entry).toMatchObject({
        action: "directive.respond",
        entityType: "DirectiveResponse",
        actorSubject: "ed-bql",
        after: { directiveId: Number(directive.id), agencyCode: "BQLKKT", text: "Đã rà soát các KCN" },
      });
    });

    it("keeps every answer: answering again adds one", async () => {
      const again = await respond({ directiveId: directive.id, text: "Bổ sung số liệu quý III" }, "CT editor");

      expect(again.addressees[0]).toMatchObject({ agencyCode: "CT", responseCount: 2, respondedOn: today });
      expect(again.responses.map((r) => r.text)).toEqual([
        "Đã rà soát 12 cụm",
        "Đã rà soát các KCN",
        "Bổ sung số liệu quý III",
      ]);
    });

    it("marks an answer recorded after the due date late", async () => {
      const due = await issue({ agencyCode: "KHDT", text: "Báo cáo vốn đầu tư", dueOn: today });
      const nextWeek = new Date(clock.now().getTime() + 7 * 86_400_000);

      const answered = await respondToDirective(
        db,
        { principal: CALLERS["KHDT editor"], requestId: "late" },
        { directiveId: due.id, text: "Báo cáo muộn" },
        nextWeek,
      );

      expect(answered).toMatchObject({
        status: "RESPONDED",
        asOf: plusDays(today, 7),
        addressees: [{ agencyCode: "KHDT", responded: true, respondedOn: plusDays(today, 7), late: true }],
      });
      // Known today, it had not yet been answered.
      const [onTheDay] = await directivesKnownOn(db.manager, today, { agencyCode: "KHDT" });
      expect(onTheDay).toMatchObject({ status: "OPEN", responses: [] });
    });

    it.each([
      ["KHDT editor", "you are an editor of KHDT"],
      ["CT viewer", "you are a viewer of CT"],
      ["committee", "you are a member of the committee"],
      ["standing-office", "you are on the standing office"],
      ["service", "you are a service"],
    ] as const)("refuses the %s with FORBIDDEN, naming who may answer", async (caller, phrase) => {
      const before = await rows();

      const result = await run(RESPOND, { input: { directiveId: directive.id, text: "Trả lời" } }, caller);

      const refused = refusal(result, "respondToDirective");
      expect(refused.code).toBe("FORBIDDEN");
      expect(refused.message).toBe(
        `Only an editor of CT or BQLKKT may respond to directive ${directive.id}; ${phrase}.`,
      );
      expect(await rows()).toEqual(before);
    });

    it("checks who may answer before the input: a blank answer by another agency's editor is FORBIDDEN", async () => {
      const result = await run(RESPOND, { input: { directiveId: directive.id, text: " " } }, "KHDT editor");

      expect(refusal(result, "respondToDirective").code).toBe("FORBIDDEN");
    });

    it("refuses a caller who is no editor FORBIDDEN even for an unknown directive, an editor NOT_FOUND", async () => {
      const byViewer = await run(RESPOND, { input: { directiveId: "99999", text: "Trả lời" } }, "CT viewer");
      const byEditor = await run(RESPOND, { input: { directiveId: "99999", text: "Trả lời" } }, "CT editor");

      expect(refusal(byViewer, "respondToDirective")).toEqual({
        code: "FORBIDDEN",
        message: "Only an editor of an agency a directive is addressed to may respond to it; you are a viewer of CT.",
      });
      expect(refusal(byEditor, "respondToDirective").code).toBe("NOT_FOUND");
    });

    it.each([
      ["an unknown directive", { directiveId: "99999" }, "NOT_FOUND", /Unknown directive "99999"/],
      ["an id that is no number", { directiveId: "abc" }, "NOT_FOUND", /Unknown directive "abc"/],
      ["a blank text", { text: "  " }, "BAD_USER_INPUT", /text must not be blank/],
      ["a text over 4000 characters", { text: "x".repeat(4001) }, "BAD_USER_INPUT", /4000/],
      ["a documentRef over 255 characters", { documentRef: "x".repeat(256) }, "BAD_USER_INPUT", /255/],
    ])("refuses %s, writing and recording nothing", async (_name, fields, code, message) => {
      const before = await rows();

      const result = await run(
        RESPOND,
        { input: { directiveId: directive.id, text: "Trả lời", ...fields } },
        "CT editor",
      );

      const refused = refusal(result, "respondToDirective");
      expect(refused.code).toBe(code);
      expect(refused.message).toMatch(message);
      expect(await rows()).toEqual(before);
    });
  });

  describe("reading directives", () => {
    const READ = `query ($asOf: LocalDate, $open: Boolean) {
      task(code: "V.1") { directives(asOf: $asOf) { text status } }
      agency(code: "LDTBXH") { directives(open: $open, asOf: $asOf) { text status } }
    }`;
    beforeAll(async () => {
      await issue({ taskCode: "V.1", text: "Chỉ đạo thứ nhất về V.1", dueOn: plusDays(today, 5) });
      const second = await issue({ taskCode: "V.1", text: "Chỉ đạo thứ hai về V.1", dueOn: plusDays(today, 5) });
      await issue({ agencyCode: "LDTBXH", text: "Chỉ đạo gửi Sở LĐTBXH", dueOn: plusDays(today, 20) });
      const ldtbxh = { subject: "ed-ld", name: "Nguyễn Văn An", agency: "LDTBXH", roles: ["editor" as const] };
      await respondToDirective(
        db,
        { principal: ldtbxh, requestId: "r" },
        { directiveId: second.id, text: "Đã thực hiện" },
      );
    });
    const read = async (variables: Record<string, unknown>) => {
      const result = await run(READ, variables, "CT viewer");
      expect(result.errors).toBeUndefined();
      return result.data as {
        task: { directives: Array<{ text: string; status: string }> };
        agency: { directives: Array<{ text: string; status: string }> };
      };
    };

    it("lists a task's directives, and an agency's open and answered ones, with their status on a date", async () => {
      const now = await read({});
      const open = await read({ open: true });
      const answered = await read({ open: false });
      const later = await read({ asOf: plusDays(today, 6), open: true });
      const before = await read({ asOf: plusDays(today, -1) });

      expect(now.task.directives).toEqual([
        { text: "Chỉ đạo thứ nhất về V.1", status: "OPEN" },
        { text: "Chỉ đạo thứ hai về V.1", status: "RESPONDED" },
      ]);
      expect(now.agency.directives.map((d) => d.text)).toEqual([
        "Chỉ đạo thứ nhất về V.1",
        "Chỉ đạo thứ hai về V.1",
        "Chỉ đạo gửi Sở LĐTBXH",
      ]);
      expect(open.agency.directives.map((d) => d.text)).toEqual(["Chỉ đạo thứ nhất về V.1", "Chỉ đạo gửi Sở LĐTBXH"]);
      expect(answered.agency.directives.map((d) => d.text)).toEqual(["Chỉ đạo thứ hai về V.1"]);
      expect(later.agency.directives).toEqual([
        { text: "Chỉ đạo thứ nhất về V.1", status: "OVERDUE" },
        { text: "Chỉ đạo gửi Sở LĐTBXH", status: "OPEN" },
      ]);
      expect([before.task.directives, before.agency.directives]).toEqual([[], []]);
    });

    it("filters the committee's list by status, agency, task and issue dates", async () => {
      const list = async (filter: Record<string, unknown>) => {
        const result = await run(`query ($filter: DirectiveFilter) { directives(filter: $filter) { text status } }`, {
          filter,
        });
        expect(result.errors).toBeUndefined();
        return (result.data as { directives: Array<{ text: string; status: string }> }).directives;
      };

      const overdue = await list({ status: "OVERDUE", agency: "LDTBXH", asOf: plusDays(today, 6) });
      const aboutV1 = await list({ task: "V.1" });
      const issuedToday = await list({ issuedFrom: today, issuedTo: today });
      const issuedTomorrow = await list({ issuedFrom: plusDays(today, 1) });

      expect(overdue).toEqual([{ text: "Chỉ đạo thứ nhất về V.1", status: "OVERDUE" }]);
      expect(aboutV1.map((d) => d.text)).toEqual(["Chỉ đạo thứ nhất về V.1", "Chỉ đạo thứ hai về V.1"]);
      expect(issuedToday.length).toBe(await db.getRepository(IssuedDirective).count());
      expect(issuedTomorrow).toEqual([]);
    });

    it.each([
      ["an unknown agency", { agency: "NOPE" }, "NOT_FOUND"],
      ["an unknown task", { task: "X.9" }, "NOT_FOUND"],
      ["issuedFrom after issuedTo", { issuedFrom: "2016-02-01", issuedTo: "2016-01-01" }, "BAD_USER_INPUT"],
    ])("refuses a filter with %s", async (_name, filter, code) => {
      const result = await run(`query ($filter: DirectiveFilter) { directives(filter: $filter) { id } }`, { filter });

      expect(result.errors?.[0]?.extensions?.["code"]).toBe(code);
    });

    it("reads the directives of every task and every agency in the same few statements as one's", async () => {
      const count = async (source: string) => {
        const request = {
          requestId: "sql",
          logger: createLogger("test", "silent"),
          trace: traceOf(undefined),
          sql: { statements: 0 },
        };
        const result = await runInRequest(request, () => run(source));
        expect(result.errors).toBeUndefined();
        return request.sql.statements;
      };
      const fields = "directives { id status addressees { agency { name } } responses { agencyCode } task { code } }";

      const allTasks = await count(`{ tasks { code ${fields} } }`);
      const allAgencies = await count(`{ agencies { code ${fields} } }`);
      for (const taskCode of ["I.1", "I.2", "II.1", "IV.1", "IV.2", "VI.1", "VII.2", "VIII.1", "IX.1", "IX.2"]) {
        await issue({ taskCode, text: `Chỉ đạo về ${taskCode}`, dueOn: plusDays(today, 3) });
      }
      for (const agencyCode of ["TC", "XD", "GTVT", "NNPTNT", "YT"]) {
        await issue({ agencyCode, text: `Chỉ đạo gửi ${agencyCode}`, dueOn: plusDays(today, 3) });
      }

      // The list, its directives (for agencies: which, then them), their addressees, their answers, then the
      // agencies and tasks they name:
      // the same however many tasks, agencies and directives there are.
      expect(await count(`{ tasks { code ${fields} } }`)).toBe(allTasks);
      expect(await count(`{ agencies { code ${fields} } }`)).toBe(allAgencies);
      expect(allTasks).toBeLessThanOrEqual(6);
      expect(allAgencies).toBeLessThanOrEqual(7);
    });
  });
});
