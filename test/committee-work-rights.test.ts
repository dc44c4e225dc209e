import { TEST_DATABASE_KIND } from "@hpig/kit/testing";

import { AUDIT_ENTRY_FIELDS, type AuditEntryView } from "./testkit/audit";
import { startTestFederation, type TestFederation } from "./testkit/federation";
import { answeredWrites, dataOf, type GraphQLResult } from "./testkit/http";
import { vietnamToday } from "./testkit/progress";

/**
 * Issue 8's rights for the committee's directives and the adjustment proposals, on task V.1 and
 * V.2 (led by LDTBXH): each of the four writes by every role, through the gateway and straight to
 * the plan subgraph. An allowed write answers what it wrote and leaves exactly one audit entry; a
 * refused one answers FORBIDDEN (naming who may), or 401 for an anonymous caller, and changes and
 * records nothing. Then hostile inputs, each with its code, changing nothing.
 */

const CALLERS = {
  committee: { subject: "test:committee-member", name: "Thành viên Ban chỉ đạo", roles: ["committee" as const] },
  "standing-office": {
    subject: "test:so-binh",
    name: "Trần Thị Bình",
    agency: "CT",
    roles: ["standing-office" as const],
  },
  "lead editor": { subject: "test:editor-ldtbxh", name: "Nguyễn Văn An", agency: "LDTBXH", roles: ["editor" as const] },
  "other editor": { subject: "test:editor-khdt", name: "Phạm Văn Đầu", agency: "KHDT", roles: ["editor" as const] },
  viewer: { subject: "test:viewer-ldtbxh", name: "Phạm Thu Hà", agency: "LDTBXH", roles: ["viewer" as const] },
  service: { subject: "test:service-labour", name: "labour registry sync", roles: ["service" as const] },
};
type Caller = keyof typeof CALLERS;
type Role = Caller | "anonymous";
const ROLES: Role[] = [...(Object.keys(CALLERS) as Caller[]), "anonymous"];
type Path = "gateway" | "subgraph";
const PATHS: Path[] = ["gateway", "subgraph"];

/** How a refusal names the caller (the kit's callerPhrase). */
const PHRASE: Record<Caller, string> = {
  committee: "you are a member of the committee",
  "standing-office": "you are on the standing office",
  "lead editor": "you are an editor of LDTBXH",
  "other editor": "you are an editor of KHDT",
  viewer: "you are a viewer of LDTBXH",
  service: "you are a service",
};

type Write = "issueDirective" | "respondToDirective" | "proposeAdjustment" | "decideProposal";
const WRITES: Write[] = ["issueDirective", "respondToDirective", "proposeAdjustment", "decideProposal"];

/** Who may make each write; every other signed-in caller is FORBIDDEN. */
const ALLOWED: Record<Write, readonly Caller[]> = {
  issueDirective: ["committee", "standing-office"],
  respondToDirective: ["lead editor"],
  proposeAdjustment: ["lead editor"],
  decideProposal: ["standing-office"],
};

const OPERATION: Record<Write, string> = {
  issueDirective: `mutation ($input: IssueDirectiveInput!) { committee { issueDirective(input: $input) {
    id taskCode text dueOn status issuedBy { subject name roles } addressees { agencyCode responded }
  } } }`,
  respondToDirective: `mutation ($input: RespondToDirectiveInput!) { committee { respondToDirective(input: $input) {
    id status responses { agencyCode text responder }
  } } }`,
  proposeAdjustment: `mutation ($input: ProposeAdjustmentInput!) { committee { proposeAdjustment(input: $input) {
    id state taskCode proposedOnVersion reason proposedBy { subject } changes { endYear }
  } } }`,
  decideProposal: `mutation ($input: DecideProposalInput!) { committee { decideProposal(input: $input) {
    id state decisionNumber decidedOn decidedBy { subject } result { code endYear }
  } } }`,
};

/** The audit action each allowed write leaves. */
const ACTION: Record<Write, string> = {
  issueDirective: "directive.issue",
  respondToDirective: "directive.respond",
  proposeAdjustment: "adjustment.propose",
  decideProposal: "adjustment.approve",
};

/** The FORBIDDEN message a refused caller gets. */
function forbidden(write: Write, caller: Caller, ids: { directive: string }): string {
  switch (write) {
    case "issueDirective":
      return "This needs the role committee or standing-office.";
    case "decideProposal":
      return "This needs the role standing-office.";
    case "respondToDirective":
      return `Only an editor of LDTBXH may respond to directive ${ids.directive}; ${PHRASE[caller]}.`;
    case "proposeAdjustment":
      return caller === "other editor"
        ? `Only an editor of LDTBXH (leading task V.2) may propose an adjustment of it; ${PHRASE[caller]}.`
        : `Only an editor of a lead agency may propose an adjustment, for a task its agency leads or a new task it is to lead; ${PHRASE[caller]}.`;
  }
}

describe(`rights of the committee's directives and adjustment proposals, through the gateway and directly (${TEST_DATABASE_KIND})`, () => {
  let federation: TestFederation;
  const headers: Partial<Record<Role, Record<string, string>>> = {};
  const today = vietnamToday();
  /** The directive the refused answers are sent to, and a pending proposal the refused decisions name. */
  const ids = { directive: "", proposal: "" };
  let nextYear = 2016;

  beforeAll(async () => {
    federation = await startTestFederation(TEST_DATABASE_KIND, { subgraphs: [] });
    for (const role of ROLES) {
      headers[role] = role === "anonymous" ? { authorization: "" } : await federation.as(CALLERS[role]);
    }
    ids.directive = (await write("issueDirective", "committee", "gateway", await inputFor("issueDirective"))).id;
    ids.proposal = (await write("proposeAdjustment", "lead editor", "gateway", await inputFor("proposeAdjustment"))).id;
  });
  afterAll(() => federation?.stop());

  const send = (path: Path, operation: string, variables: Record<string, unknown>, role: Role) =>
    path === "gateway"
      ? federation.query(operation, variables, headers[role])
      : federation.subgraphQuery("plan", operation, variables, headers[role]);
  async function write(name: Write, role: Role, path: Path, input: Record<string, unknown>) {
    const result = await send(path, OPERATION[name], { input }, role);
    return (
      dataOf(result as GraphQLResult<{ committee: Record<string, { id: string } & Record<string, unknown>> }>)
        .committee[name] ?? {}
    );
  }
  /** A valid input for each write; a decision gets a fresh pending proposal unless told which. */
  async function inputFor(name: Write, proposal?: string): Promise<Record<string, unknown>> {
    switch (name) {
      case "issueDirective":
        return { taskCode: "V.1", text: "Báo cáo kết quả liên kết đào tạo", dueOn: today };
      case "respondToDirective":
        return { directiveId: ids.directive, text: "Đã ký kết 12 thỏa thuận liên kết" };
      case "proposeAdjustment":
        return { taskCode: "V.2", endYear: nextYear++, reason: "Cần thêm thời gian" };
      case "decideProposal":
        return {
          id:
            proposal ??
            (await write("proposeAdjustment", "lead editor", "gateway", await inputFor("proposeAdjustment"))).id,
          approved: true,
          decisionNumber: "1234/QĐ-UBND",
          decidedOn: today,
        };
    }
  }

  /** Everything the four writes could change, and the whole audit trail, read by the standing office. */
  const state = async () =>
    dataOf(
      await federation.query(
        `{
          directives { id status responses { id } }
          adjustmentProposals { id state decisionNumber }
          task(code: "V.2") { version endYear assignments { agency { code } role } }
          plan { auditTrail(limit: 500) { at action entityKey requestId } }
        }`,
        {},
        headers["standing-office"],
      ),
    );
  const trail = async () =>
    dataOf(
      await federation.query<{ plan: { auditTrail: AuditEntryView[] } }>(
        `{ plan { auditTrail(limit: 500) { ${AUDIT_ENTRY_FIELDS} } } }`,
        {},
        headers["committee"],
      ),
    ).plan.auditTrail;

  describe.each(WRITES)("%s", (name) => {
    const refused = (Object.keys(CALLERS) as Caller[]).filter((caller) => !ALLOWED[name].includes(caller));

    it.each(ALLOWED[name].flatMap((caller) => PATHS.map((path) => [caller, path] as const)))(
      "%s may (%s): it answers what it wrote and leaves exactly one audit entry",
      async (caller, path) => {
        const input = await inputFor(name);
        const before = await trail();

        const written = await write(name, caller, path, input);

        const after = await trail();
        expect(after).toHaveLength(before.length + 1);
        expect(after.slice(1)).toEqual(before);
        expect(after[0]).toMatchObject({ action: ACTION[name], actor: { subject: CALLERS[caller].subject } });
        switch (name) {
          case "issueDirective":
            expect(written).toMatchObject({
              taskCode: "V.1",
              dueOn: today,
              status: "OPEN",
              issuedBy: { subject: CALLERS[caller].subject, roles: CALLERS[caller].roles },
              addressees: [{ agencyCode: "LDTBXH", responded: false }],
            });
            expect(after[0]).toMatchObject({ entityType: "Directive", entityKey: written["id"] });
            break;
          case "respondToDirective":
            expect(written).toMatchObject({ id: ids.directive, status: "RESPONDED" });
            expect((written["responses"] as unknown[]).at(-1)).toEqual({
              agencyCode: "LDTBXH",
              text: "Đã ký kết 12 thỏa thuận liên kết",
              responder: "Nguyễn Văn An",
            });
            break;
          case "proposeAdjustment":
            expect(written).toMatchObject({
              state: "PENDING",
              taskCode: "V.2",
              changes: { endYear: input["endYear"] },
              proposedBy: { subject: "test:editor-ldtbxh" },
            });
            break;
          case "decideProposal":
            expect(written).toMatchObject({
              id: input["id"],
              state: "APPROVED",
              decisionNumber: "1234/QĐ-UBND",
              decidedOn: today,
              decidedBy: { subject: "test:so-binh" },
              result: { code: "V.2" },
            });
            expect(after[0]).toMatchObject({ entityType: "Task", entityKey: "V.2" });
            break;
        }
      },
    );

    it.each(refused.flatMap((caller) => PATHS.map((path) => [caller, path] as const)))(
      "%s may not (%s): FORBIDDEN, naming who may, and nothing changes or is recorded",
      async (caller, path) => {
        const input = await inputFor(name, ids.proposal);
        const before = await state();

        const result = await send(path, OPERATION[name], { input }, caller);

        expect(result.errors?.[0]?.extensions?.["code"]).toBe("FORBIDDEN");
        expect(result.errors?.[0]?.message).toBe(forbidden(name, caller, ids));
        expect(answeredWrites(result, "committee")).toEqual({});
        expect(await state()).toEqual(before);
      },
    );

    it.each(PATHS)("an anonymous caller gets 401 and nothing changes (%s)", async (path) => {
      const input = await inputFor(name, ids.proposal);
      const before = await state();

      const result = await send(path, OPERATION[name], { input }, "anonymous");

      expect(result.status).toBe(401);
      expect(result.errors?.[0]?.extensions?.["code"]).toBe("UNAUTHENTICATED");
      expect(result.data ?? null).toBeNull();
      expect(await state()).toEqual(before);
    });
  });

  describe("hostile inputs are refused with their code and change nothing", () => {
    const cases: Array<[string, Write, Caller, () => Promise<Record<string, unknown>>, string]> = [
      [
        "a directive about a task and to an agency",
        "issueDirective",
        "committee",
        async () => ({ taskCode: "V.1", agencyCode: "LDTBXH", text: "x", dueOn: today }),
        "BAD_USER_INPUT",
      ],
      [
        "a directive about nothing",
        "issueDirective",
        "committee",
        async () => ({ text: "x", dueOn: today }),
        "BAD_USER_INPUT",
      ],
      [
        "a directive of 4001 characters",
        "issueDirective",
        "committee",
        async () => ({ taskCode: "V.1", text: "Đ".repeat(4001), dueOn: today }),
        "BAD_USER_INPUT",
      ],
      [
        "a directive due on 30 February",
        "issueDirective",
        "standing-office",
        async () => ({ taskCode: "V.1", text: "x", dueOn: "2027-02-30" }),
        "INVALID_DATE",
      ],
      [
        "a directive due yesterday",
        "issueDirective",
        "standing-office",
        async () => ({ taskCode: "V.1", text: "x", dueOn: "2000-01-01" }),
        "INVALID_DATE",
      ],
      [
        "a directive about an unknown task",
        "issueDirective",
        "committee",
        async () => ({ taskCode: "'; DROP TABLE directive; --", text: "x", dueOn: today }),
        "NOT_FOUND",
      ],
      [
        "an answer to an unknown directive",
        "respondToDirective",
        "lead editor",
        async () => ({ directiveId: "987654", text: "x" }),
        "NOT_FOUND",
      ],
      [
        "an answer of 4001 characters",
        "respondToDirective",
        "lead editor",
        async () => ({ directiveId: ids.directive, text: "x".repeat(4001) }),
        "BAD_USER_INPUT",
      ],
      [
        "a proposal about a task and a group",
        "proposeAdjustment",
        "lead editor",
        async () => ({ taskCode: "V.2", groupCode: "V", endYear: 2016, reason: "x" }),
        "BAD_USER_INPUT",
      ],
      [
        "a proposal with an empty lead list",
        "proposeAdjustment",
        "lead editor",
        async () => ({ taskCode: "V.2", leadAgencies: [], reason: "x" }),
        "BAD_USER_INPUT",
      ],
      [
        "a proposal naming an unknown agency",
        "proposeAdjustment",
        "lead editor",
        async () => ({ taskCode: "V.2", coordinatingAgencies: ["NOPE"], reason: "x" }),
        "NOT_FOUND",
      ],
      [
        "a proposal that changes nothing",
        "proposeAdjustment",
        "lead editor",
        async () => ({ taskCode: "V.2", startYear: 2012, reason: "x" }),
        "NO_CHANGE",
      ],
      [
        "a decision on an unknown proposal",
        "decideProposal",
        "standing-office",
        async () => ({ id: "987654", approved: true, decisionNumber: "1/QĐ", decidedOn: today }),
        "NOT_FOUND",
      ],
      [
        "a decision dated in the future",
        "decideProposal",
        "standing-office",
        async () => ({ id: ids.proposal, approved: true, decisionNumber: "1/QĐ", decidedOn: "2999-12-31" }),
        "INVALID_DATE",
      ],
      [
        "a second decision on a proposal",
        "decideProposal",
        "standing-office",
        async () => {
          const input = await inputFor("decideProposal");
          await write("decideProposal", "standing-office", "gateway", { ...input, approved: false });
          return input;
        },
        "PROPOSAL_ALREADY_DECIDED",
      ],
      [
        "approving a proposal made on an older version",
        "decideProposal",
        "standing-office",
        async () => {
          const stale = await inputFor("decideProposal");
          await write("decideProposal", "standing-office", "gateway", await inputFor("decideProposal"));
          return stale;
        },
        "VERSION_CONFLICT",
      ],
    ];

    it.each(cases.flatMap(([label, ...rest]) => PATHS.map((path) => [label, path, ...rest] as const)))(
      "%s (%s)",
      async (_label, path, name, caller, input, code) => {
        const variables = { input: await input() };
        const before = await state();

        const result = await send(path, OPERATION[name], variables, caller);

        expect(result.errors?.[0]?.extensions?.["code"]).toBe(code);
        expect(answeredWrites(result, "committee")).toEqual({});
        expect(await state()).toEqual(before);
      },
    );
  });
});
