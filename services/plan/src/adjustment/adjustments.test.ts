import "reflect-metadata";

import { readFileSync } from "node:fs";
import { join } from "node:path";

import { AuditEntry, buildSubgraphSchemaOf, clock, createLogger, type Principal, vietnamDate } from "@hpig/kit";
import { openTestDataSource, TEST_DATABASE_KIND } from "@hpig/kit/testing";
import { type ExecutionResult, graphql, type GraphQLSchema } from "graphql";
import type { DataSource } from "typeorm";

import { seedWriter } from "../audit/plan-audit";
import { createPlanContext } from "../context";
import { importPlanDocument } from "../importer/import-plan";
import { planSubgraph } from "../subgraph";
import { Task } from "../task/task.entity";
import { TaskAssignment } from "../task/task-assignment.entity";
import { AdjustmentProposalRecord } from "./adjustment-proposal.entity";
import { decideProposal } from "./adjustments";

const document = readFileSync(join(__dirname, "..", "..", "data", "ke-hoach-3438-KH-UBND-2012.txt"), "utf8");

const CALLERS = {
  committee: { subject: "bcd-1", name: "Trưởng ban chỉ đạo", agency: null, roles: ["committee"] },
  "standing-office": { subject: "so-binh", name: "Trần Thị Bình", agency: "CT", roles: ["standing-office"] },
  "LDTBXH editor": { subject: "ed-ld", name: "Nguyễn Văn An", agency: "LDTBXH", roles: ["editor"] },
  "CT editor": { subject: "ed-ct", name: "Vũ Văn Công", agency: "CT", roles: ["editor"] },
  "BQLKKT editor": { subject: "ed-bql", name: "Lê Thị Hoa", agency: "BQLKKT", roles: ["editor"] },
  "KHDT editor": { subject: "ed-khdt", name: "Phạm Văn Đầu", agency: "KHDT", roles: ["editor"] },
  "LDTBXH viewer": { subject: "vw-ld", name: "Đỗ Thu Hà", agency: "LDTBXH", roles: ["viewer"] },
  service: { subject: "svc-labour", name: "labour", agency: null, roles: ["service"] },
} satisfies Record<string, Principal>;
type Caller = keyof typeof CALLERS;

const PROPOSAL_FIELDS = `id kind state taskCode groupCode proposedOnVersion reason proposingAgencyCode
  proposedBy { subject name agency roles }
  taskAsProposed { code title periodText startYear endYear version leadAgencies { agencyCode scope } coordinatingAgencyCodes }
  changes { title startYear endYear coordinationNote leadAgencies { agencyCode scope } coordinatingAgencyCodes }
  decisionNumber decidedOn decisionNote decidedBy { subject name roles }
  result { code title periodText startYear endYear domain version leadAgencies { agencyCode scope } coordinatingAgencyCodes }
  task { code version } createdTask { code }`;
const PROPOSE = `mutation ($input: ProposeAdjustmentInput!) { committee { proposeAdjustment(input: $input) { ${PROPOSAL_FIELDS} } } }`;
const DECIDE = `mutation ($input: DecideProposalInput!) { committee { decideProposal(input: $input) { ${PROPOSAL_FIELDS} } } }`;
const TASK = `query ($code: ID!) { task(code: $code) {
  __typename code title periodText startYear endYear domain version coordinationNote
  assignments { role scope asWritten agency { code } }
  registryHistory { action entityType entityKey before after actor { subject } }
  adjustmentProposals { id state }
} }`;

interface ProposalView {
  id: string;
  state: string;
  taskCode: string | null;
  proposedOnVersion: number | null;
  result: Record<string, unknown> | null;
  [field: string]: unknown;
}
interface TaskView {
  __typename: string;
  code: string;
  title: string;
  periodText: string;
  startYear: number;
  endYear: number;
  domain: string;
  version: number;
  coordinationNote: string;
  assignments: Array<{ role: string; scope: string | null; asWritten: string; agency: { code: string } }>;
  registryHistory: Array<{ action: string; entityType: string; entityKey: string; before: unknown; after: unknown }>;
  adjustmentProposals: Array<{ id: string; state: string }>;
}

describe(`adjustment proposals and the decisions on them (${TEST_DATABASE_KIND})`, () => {
  let db: DataSource;
  let close: () => Promise<void>;
  let schema: GraphQLSchema;
  let requests = 0;
  const today = vietnamDate(clock.now());

  function run(source: string, variables: Record<string, unknown>, caller: Caller): Promise<ExecutionResult> {
    const context = createPlanContext({
      db,
      requestId: `req-${++requests}`,
      logger: createLogger("plan", "silent"),
      principal: CALLERS[caller],
    });
    return Promise.resolve(graphql({ schema, source, variableValues: variables, contextValue: context }));
  }
  const propose = async (input: Record<string, unknown>, caller: Caller = "LDTBXH editor") => {
    const result = await run(PROPOSE, { input }, caller);
    expect(result.errors).toBeUndefined();
    return (result.data as { committee: { proposeAdjustment: ProposalView } }).committee.proposeAdjustment;
  };
  const decide = async (input: Record<string, unknown>) => {
    const result = await run(DECIDE, { input: { decidedOn: today, ...input } }, "standing-office");
    expect(result.errors).toBeUndefined();
    return (result.data as { committee: { decideProposal: ProposalView } }).committee.decideProposal;
  };
  const task = async (code: string) => {
    const result = await run(TASK, { code }, "LDTBXH viewer");
    expect(result.errors).toBeUndefined();
    return (result.data as { task: TaskView }).task;
  };
  /** The registry, the proposals and the audit trail's length. */
  const state = async () => ({
    tasks: await db.getRepository(Task).find({ order: { code: "ASC" } }),
    assignments: await db.getRepository(TaskAssignment).find({ order: { taskCode: "ASC", position: "ASC" } }),
    proposals: await db.getRepository(AdjustmentProposalRecord).find({ order: { id: "ASC" } }),
    audit: await db.getRepository(AuditEntry).count(),
  });
  const refusal = (result: ExecutionResult, field: string) => {
    expect(result.data).toEqual({ committee: { [field]: null } });
    return { code: result.errors?.[0]?.extensions?.["code"], message: result.errors?.[0]?.message ?? "" };
  };

  beforeAll(async () => {
    ({ db, close } = await openTestDataSource(planSubgraph));
    await importPlanDocument(db, document, { writer: seedWriter() });
    schema = await buildSubgraphSchemaOf(planSubgraph);
  });
  afterAll(async () => {
    await close?.();
  });

  describe("proposeAdjustment", () => {
    it("records a change proposal on the task's version, with the task as it was, and one audit entry; the registry stays", async () => {
      const v1 = await task("V.1");
      const before = await state();

      const proposal = await propose({
        taskCode: "V.1",
        endYear: 2016,
        coordinatingAgencies: ["GDDT", "KHDT"],
        reason: "  Cần thêm một năm để hoàn thành đề án liên kết đào tạo  ",
      });

      expect(proposal).toMatchObject({
        kind: "CHANGE_TASK",
        state: "PENDING",
        taskCode: "V.1",
        groupCode: "V",
        proposedOnVersion: v1.version,
        reason: "Cần thêm một năm để hoàn thành đề án liên kết đào tạo",
        proposingAgencyCode: "LDTBXH",
        proposedBy: { subject: "ed-ld", name: "Nguyễn Văn An", agency: "LDTBXH", roles: ["editor"] },
        taskAsProposed: {
          code: "V.1",
          periodText: "2012-2015",
          endYear: 2015,
          version: v1.version,
          leadAgencies: [{ agencyCode: "LDTBXH", scope: null }],
          coordinatingAgencyCodes: ["GDDT", "KHDT", "TC", "KHCN"],
        },
        changes: {
          title: null,
          startYear: null,
          endYear: 2016,
          coordinationNote: null,
          leadAgencies: null,
          coordinatingAgencyCodes: ["GDDT", "KHDT"],
        },
        decisionNumber: null,
        decidedBy: null,
        result: null,
        task: { code: "V.1", version: v1.version },
        createdTask: null,
      });
      const after = await state();
      expect(after.tasks).toEqual(before.tasks);
      expect(after.assignments).toEqual(before.assignments);
      expect(after.proposals).toHaveLength(before.proposals.length + 1);
      expect(after.audit).toBe(before.audit + 1);
      const entry = await db.getRepository(AuditEntry).findOneOrFail({ where: {}, order: { id: "DESC" } });
      expect(entry).toMatchObject({
        action: "adjustment.propose",
        entityType: "AdjustmentProposal",
        entityKey: proposal.id,
        actorSubject: "ed-ld",
      });
      expect((await task("V.1")).adjustmentProposals).toEqual([{ id: proposal.id, state: "PENDING" }]);
    });

    it("records a proposal of a new task in a group led by the editor's agency", async () => {
      const proposal = await propose({
        groupCode: "V",
        title: "Đào tạo nghề cho lao động các khu công nghiệp mới",
        startYear: 2016,
        endYear: 2018,
        leadAgencies: [{ agencyCode: "LDTBXH" }],
        coordinatingAgencies: ["BQLKKT"],
        reason: "Các khu công nghiệp mới cần lao động qua đào tạo",
      });

      expect(proposal).toMatchObject({
        kind: "NEW_TASK",
        taskCode: null,
        groupCode: "V",
        proposedOnVersion: null,
        taskAsProposed: null,
        changes: { startYear: 2016, endYear: 2018, leadAgencies: [{ agencyCode: "LDTBXH", scope: null }] },
      });
    });

    it.each([
      ["both a task and a group", { taskCode: "V.2", groupCode: "V", endYear: 2016 }, "BAD_USER_INPUT", /not both/],
      ["neither a task nor a group", { endYear: 2016 }, "BAD_USER_INPUT", /Give taskCode/],
      ["nothing to change", { taskCode: "V.2" }, "BAD_USER_INPUT", /Nothing to change/],
      ["a change that changes nothing", { taskCode: "V.2", endYear: 2015 }, "NO_CHANGE", /leaves task V.2 as it is/],
      ["an unknown task", { taskCode: "V.9", endYear: 2016 }, "NOT_FOUND", /Unknown task code "V.9"/],
      ["an unknown group", { groupCode: "XX", title: "T" }, "NOT_FOUND", /Unknown program group "XX"/],
      ["an empty lead list", { taskCode: "V.2", leadAgencies: [] }, "BAD_USER_INPUT", /leadAgencies is empty/],
      [
        "an unknown agency",
        { taskCode: "V.2", coordinatingAgencies: ["GDDT", "NOPE"] },
        "NOT_FOUND",
        /Unknown agency code "NOPE"/,
      ],
      [
        "a first lead of no domain",
        { taskCode: "V.2", leadAgencies: [{ agencyCode: "LMHTX" }, { agencyCode: "LDTBXH" }] },
        "LEAD_WITHOUT_DOMAIN",
        /LMHTX reports in no domain/,
      ],
      ["a first year after the last", { taskCode: "V.2", startYear: 2016 }, "BAD_USER_INPUT", /after endYear 2015/],
      ["a year outside 2000–2100", { taskCode: "V.2", endYear: 2101 }, "BAD_USER_INPUT", /year from 2000 to 2100/],
      [
        "a scope for a single lead",
        { taskCode: "V.2", leadAgencies: [{ agencyCode: "LDTBXH", scope: "một phần" }] },
        "BAD_USER_INPUT",
        /scope is for a task with several leads/,
      ],
      [
        "a blank reason",
        { taskCode: "V.2", endYear: 2016, reason: "  " },
        "BAD_USER_INPUT",
        /reason must not be blank/,
      ],
      [
        "a reason over 4000 characters",
        { taskCode: "V.2", endYear: 2016, reason: "x".repeat(4001) },
        "BAD_USER_INPUT",
        /4000/,
      ],
      ["a title over 2000 characters", { taskCode: "V.2", title: "x".repeat(2001) }, "BAD_USER_INPUT", /2000/],
      [
        "a new task without its years",
        { groupCode: "V", title: "Nhiệm vụ", leadAgencies: [{ agencyCode: "LDTBXH" }] },
        "BAD_USER_INPUT",
        /A new task needs startYear, endYear/,
      ],
    ])("refuses %s, writing and recording nothing", async (_name, fields, code, message) => {
      const before = await state();

      const result = await run(PROPOSE, { input: { reason: "Lý do", ...fields } }, "LDTBXH editor");

      const refused = refusal(result, "proposeAdjustment");
      expect(refused.code).toBe(code);
      expect(refused.message).toMatch(message);
      expect(await state()).toEqual(before);
    });

    it.each([
      [
        "KHDT editor",
        "Only an editor of LDTBXH (leading task V.2) may propose an adjustment of it; you are an editor of KHDT.",
      ],
      [
        "LDTBXH viewer",
        "Only an editor of a lead agency may propose an adjustment, for a task its agency leads or a new task it is to lead; you are a viewer of LDTBXH.",
      ],
      [
        "standing-office",
        "Only an editor of a lead agency may propose an adjustment, for a task its agency leads or a new task it is to lead; you are on the standing office.",
      ],
      [
        "committee",
        "Only an editor of a lead agency may propose an adjustment, for a task its agency leads or a new task it is to lead; you are a member of the committee.",
      ],
    ] as const)("refuses the %s with FORBIDDEN, before looking at the input", async (caller, message) => {
      const before = await state();

      const result = await run(PROPOSE, { input: { taskCode: "V.2", endYear: 2016, reason: " " } }, caller);

      expect(refusal(result, "proposeAdjustment")).toEqual({ code: "FORBIDDEN", message });
      expect(await state()).toEqual(before);
    });

    it("refuses a new task an editor's agency would not lead", async () => {
      const result = await run(
        PROPOSE,
        {
          input: {
            groupCode: "V",
            title: "Nhiệm vụ của người khác",
            startYear: 2016,
            endYear: 2017,
            leadAgencies: [{ agencyCode: "LDTBXH" }],
            reason: "Lý do",
          },
        },
        "KHDT editor",
      );

      expect(refusal(result, "proposeAdjustment")).toEqual({
        code: "FORBIDDEN",
        message:
          "A new task is proposed by an editor of one of its lead agencies: add KHDT to leadAgencies (LDTBXH), or ask an editor of one of them; you are an editor of KHDT.",
      });
    });
  });

  describe("decideProposal", () => {
    it("approves a period change: the task changes in the same transaction, one version up, with the decision in its history", async () => {
      const v3 = await task("V.3");
      const proposal = await propose({ taskCode: "V.3", endYear: 2021, reason: "Kéo dài đến 2021" });
      const before = await state();

      const decided = await decide({
        id: proposal.id,
        approved: true,
        decisionNumber: " 1234/QĐ-UBND ",
        note: "Đồng ý kéo dài",
      });

      expect(decided).toMatchObject({
        state: "APPROVED",
        decisionNumber: "1234/QĐ-UBND",
        decidedOn: today,
        decisionNote: "Đồng ý kéo dài",
        decidedBy: { subject: "so-binh", name: "Trần Thị Bình", roles: ["standing-office"] },
        result: { code: "V.3", endYear: 2021, periodText: "2012-2021", version: v3.version + 1 },
        task: { code: "V.3", version: v3.version + 1 },
      });
      const after = await task("V.3");
      expect(after).toMatchObject({ endYear: 2021, periodText: "2012-2021", version: v3.version + 1 });
      expect(after.assignments).toEqual(v3.assignments);
      expect((await state()).audit).toBe(before.audit + 1);
      const entry = after.registryHistory.at(-1)!;
      expect(entry).toMatchObject({
        action: "adjustment.approve",
        entityType: "Task",
        entityKey: "V.3",
        before: { code: "V.3", endYear: 2020, version: v3.version, leads: [{ agencyCode: "LDTBXH" }] },
        after: {
          code: "V.3",
          endYear: 2021,
          version: v3.version + 1,
          decision: {
            proposalId: Number(proposal.id),
            decisionNumber: "1234/QĐ-UBND",
            decidedOn: today,
            proposingAgency: "LDTBXH",
          },
        },
      });
    });

    it("approves a change of leads: the assignments are replaced, the domain follows the first lead", async () => {
      const iv1 = await task("IV.1");
      const proposal = await propose(
        {
          taskCode: "IV.1",
          leadAgencies: [{ agencyCode: "THONGKE" }],
          coordinatingAgencies: ["CT"],
          reason: "Cục Thống kê chủ trì",
        },
        "CT editor",
      );

      await decide({ id: proposal.id, approved: true, decisionNumber: "55/QĐ-UBND" });

      const after = await task("IV.1");
      expect(iv1.assignments.find((a) => a.role === "LEAD")?.agency.code).toBe("CT");
      expect(after.assignments).toEqual([
        { role: "LEAD", scope: null, asWritten: "Cục Thống kê Hải Phòng", agency: { code: "THONGKE" } },
        {
          role: "COORDINATING",
          scope: null,
          asWritten: iv1.assignments.find((a) => a.agency.code === "CT")!.asWritten,
          agency: { code: "CT" },
        },
      ]);
      expect(after).toMatchObject({ __typename: "IndustryTask", domain: "INDUSTRY", version: iv1.version + 1 });

      const moved = await propose(
        { taskCode: "IV.1", leadAgencies: [{ agencyCode: "KHDT" }], reason: "Chuyển sang KHĐT" },
        "CT editor",
      ).catch(() => null);
      // CT no longer leads IV.1: its editor may not propose on it.
      expect(moved).toBeNull();
    });

    it("approves a new task: the group's next number, at the end of the group, as the concrete type of its domain", async () => {
      const proposal = await propose({
        groupCode: "V",
        title: "Hỗ trợ việc làm cho lao động khu kinh tế Đình Vũ",
        startYear: 2016,
        endYear: 2017,
        leadAgencies: [{ agencyCode: "LDTBXH" }],
        coordinatingAgencies: ["BQLKKT"],
        reason: "Theo yêu cầu của doanh nghiệp",
      });

      const decided = await decide({ id: proposal.id, approved: true, decisionNumber: "77/QĐ-UBND" });

      expect(decided).toMatchObject({
        taskCode: "V.5",
        task: { code: "V.5", version: 1 },
        createdTask: { code: "V.5" },
      });
      const created = await task("V.5");
      expect(created).toMatchObject({
        __typename: "LabourTask",
        title: "Hỗ trợ việc làm cho lao động khu kinh tế Đình Vũ",
        periodText: "2016-2017",
        domain: "LABOUR",
        version: 1,
        coordinationNote: "Ban quản lý Khu kinh tế Hải Phòng",
        adjustmentProposals: [{ id: proposal.id, state: "APPROVED" }],
      });
      expect(created.registryHistory).toHaveLength(1);
      expect(created.registryHistory[0]).toMatchObject({
        action: "adjustment.approve",
        entityKey: "V.5",
        before: null,
        after: { decision: { decisionNumber: "77/QĐ-UBND" } },
      });
      const order = (await db.getRepository(Task).find({ order: { position: "ASC" } })).map((t) => t.code);
      expect(order.slice(order.indexOf("V.4"), order.indexOf("V.4") + 3)).toEqual(["V.4", "V.5", "VI.1"]);
    });

    it("records a rejection and changes nothing in the registry", async () => {
      const proposal = await propose({ taskCode: "V.4", title: "Tên mới", reason: "Đổi tên" });
      const before = await state();

      const decided = await decide({
        id: proposal.id,
        approved: false,
        decisionNumber: "88/UBND-CT",
        note: "Chưa phù hợp",
      });

      expect(decided).toMatchObject({ state: "REJECTED", decisionNumber: "88/UBND-CT", result: null });
      const after = await state();
      expect(after.tasks).toEqual(before.tasks);
      expect(after.assignments).toEqual(before.assignments);
      expect(after.audit).toBe(before.audit + 1);
      const entry = await db.getRepository(AuditEntry).findOneOrFail({ where: {}, order: { id: "DESC" } });
      expect(entry).toMatchObject({
        action: "adjustment.reject",
        entityType: "AdjustmentProposal",
        entityKey: proposal.id,
        after: { state: "REJECTED", decisionNumber: "88/UBND-CT" },
      });
    });

    it("refuses to decide a proposal twice, either way", async () => {
      const proposal = await propose({ taskCode: "V.2", endYear: 2016, reason: "Kéo dài" });
      await decide({ id: proposal.id, approved: false, decisionNumber: "1/UBND" });
      const before = await state();

      for (const approved of [true, false]) {
        const again = await run(
          DECIDE,
          { input: { id: proposal.id, approved, decisionNumber: "2/UBND", decidedOn: today } },
          "standing-office",
        );
        const refused = refusal(again, "decideProposal");
        expect(refused.code).toBe("PROPOSAL_ALREADY_DECIDED");
        expect(refused.message).toMatch(new RegExp(`Proposal ${proposal.id} was already rejected \\(decision 1/UBND`));
      }
      expect(await state()).toEqual(before);
    });

    it("refuses to approve a proposal made on an older version of the task, telling the agency to propose again", async () => {
      const first = await propose({ taskCode: "I.6", endYear: 2016, reason: "Kéo dài một năm" });
      const second = await propose({ taskCode: "I.6", title: "Tên mới của I.6", reason: "Đổi tên" });
      await decide({ id: first.id, approved: true, decisionNumber: "10/QĐ-UBND" });
      const before = await state();

      const stale = await run(
        DECIDE,
        { input: { id: second.id, approved: true, decisionNumber: "11/QĐ-UBND", decidedOn: today } },
        "standing-office",
      );

      const refused = refusal(stale, "decideProposal");
      expect(refused.code).toBe("VERSION_CONFLICT");
      expect(refused.message).toBe(
        `Task I.6 is at version ${second.proposedOnVersion! + 1}, but proposal ${second.id} was made on version ${second.proposedOnVersion}: the task has changed since. It cannot be approved as it stands: LDTBXH should propose again on version ${second.proposedOnVersion! + 1} (this one can be recorded as rejected).`,
      );
      expect(await state()).toEqual(before);
      // It may still be rejected.
      expect((await decide({ id: second.id, approved: false, decisionNumber: "12/UBND" })).state).toBe("REJECTED");
    });

    it("lets exactly one of two concurrent approvals of one proposal through", async () => {
      const proposal = await propose({ taskCode: "IX.3", endYear: 2016, reason: "Kéo dài" });
      const writer = { principal: CALLERS["standing-office"] as Principal, requestId: "race" };
      const input = { id: proposal.id, approved: true, decisionNumber: "20/QĐ-UBND", decidedOn: today };

      const results = await Promise.allSettled([decideProposal(db, writer, input), decideProposal(db, writer, input)]);

      expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
      const failure = results.find((r): r is PromiseRejectedResult => r.status === "rejected")!;
      expect(failure.reason.extensions.code).toBe("PROPOSAL_ALREADY_DECIDED");
      expect(failure.reason.message).toMatch(`Proposal ${proposal.id} was already approved (decision 20/QĐ-UBND`);
      expect((await task("IX.3")).registryHistory.filter((e) => e.action === "adjustment.approve")).toHaveLength(1);
    });

    it.each([
      ["an unknown proposal", { id: "99999" }, "NOT_FOUND", /Unknown adjustment proposal "99999"/],
      ["an id that is no number", { id: "một" }, "NOT_FOUND", /Unknown adjustment proposal "một"/],
      ["a date off the calendar", { decidedOn: "2016-02-30" }, "INVALID_DATE", /not a calendar date/],
      ["a date in the future", { decidedOn: "2999-01-01" }, "INVALID_DATE", /in the future/],
      ["a date before the proposal", { decidedOn: "2012-01-01" }, "INVALID_DATE", /before the proposal was made/],
      ["a blank decision number", { decisionNumber: "  " }, "BAD_USER_INPUT", /decisionNumber must not be blank/],
      ["a decision number over 100 characters", { decisionNumber: "x".repeat(101) }, "BAD_USER_INPUT", /100/],
      ["a note over 4000 characters", { note: "x".repeat(4001) }, "BAD_USER_INPUT", /4000/],
    ])("refuses %s, writing and recording nothing", async (_name, fields, code, message) => {
      const pending = await propose({ taskCode: "V.2", endYear: 2017, reason: "Kéo dài" });
      const before = await state();

      const result = await run(
        DECIDE,
        { input: { id: pending.id, approved: true, decisionNumber: "9/QĐ-UBND", decidedOn: today, ...fields } },
        "standing-office",
      );

      const refused = refusal(result, "decideProposal");
      expect(refused.code).toBe(code);
      expect(refused.message).toMatch(message);
      expect(await state()).toEqual(before);
    });

    it.each(["committee", "LDTBXH editor", "LDTBXH viewer", "service"] as const)(
      "refuses the %s with FORBIDDEN",
      async (caller) => {
        const pending = await propose({ taskCode: "V.2", endYear: 2018, reason: "Kéo dài" });
        const before = await state();

        const result = await run(
          DECIDE,
          { input: { id: pending.id, approved: true, decisionNumber: "9/QĐ-UBND", decidedOn: today } },
          caller,
        );

        expect(refusal(result, "decideProposal")).toEqual({
          code: "FORBIDDEN",
          message: "This needs the role standing-office.",
        });
        expect(await state()).toEqual(before);
      },
    );
  });

  describe("reading proposals", () => {
    it("filters by state, task and agency", async () => {
      const list = async (filter: Record<string, unknown>) => {
        const result = await run(
          `query ($filter: AdjustmentProposalFilter) { adjustmentProposals(filter: $filter) { id state taskCode proposingAgencyCode } }`,
          { filter },
          "committee",
        );
        expect(result.errors).toBeUndefined();
        return (result.data as { adjustmentProposals: Array<Record<string, string>> }).adjustmentProposals;
      };

      const all = await list({});
      const approved = await list({ state: "APPROVED" });
      const byCt = await list({ agency: "CT" });
      const aboutV5 = await list({ task: "V.5" });

      expect(approved.length).toBeGreaterThanOrEqual(4);
      expect(approved.every((p) => p.state === "APPROVED")).toBe(true);
      expect(byCt.every((p) => p.proposingAgencyCode === "CT")).toBe(true);
      expect(byCt.length).toBeGreaterThanOrEqual(1);
      expect(aboutV5).toEqual([expect.objectContaining({ taskCode: "V.5", state: "APPROVED" })]);
      expect(all.map((p) => Number(p.id))).toEqual([...all.map((p) => Number(p.id))].sort((a, b) => a - b));
      const unknown = await run(`{ adjustmentProposals(filter: { agency: "NOPE" }) { id } }`, {}, "committee");
      expect(unknown.errors?.[0]?.extensions?.["code"]).toBe("NOT_FOUND");
    });
  });
});
