import { TEST_DATABASE_KIND } from "@hpig/kit/testing";

import { startTestFederation, type TestFederation } from "./testkit/federation";
import { dataOf, type GraphQLResult } from "./testkit/http";
import { type DomainName, DOMAINS, editorOf, report, vietnamToday } from "./testkit/progress";

/**
 * Issue 8, item 5, end to end: a lead agency proposes, the standing office approves with the
 * People's Committee's decision, the plan's registry changes in that transaction, and the domains
 * (syncing their copy of the registry every second here) act on the change: a longer period can be
 * reported, a new lead reports and the old one may not, a task whose first lead moves to another
 * domain is reported there, and a new task is the concrete type of its domain with that domain's fields.
 */

const PROPOSE = `mutation ($input: ProposeAdjustmentInput!) { committee { proposeAdjustment(input: $input) {
  id state taskCode proposedOnVersion
} } }`;
const DECIDE = `mutation ($input: DecideProposalInput!) { committee { decideProposal(input: $input) {
  id state taskCode decisionNumber result { code endYear domain version leadAgencies { agencyCode } }
} } }`;
const TASK = `query ($code: ID!) { task(code: $code) {
  __typename code title startYear endYear periodText domain version
  leadAgencies { code }
  registryHistory { action entityKey after actor { subject } }
  adjustmentProposals { id state decisionNumber }
} }`;

interface TaskView {
  __typename: string;
  code: string;
  title: string;
  startYear: number;
  endYear: number;
  periodText: string;
  domain: string;
  version: number;
  leadAgencies: Array<{ code: string }>;
  registryHistory: Array<{
    action: string;
    entityKey: string;
    after: Record<string, unknown>;
    actor: { subject: string };
  }>;
  adjustmentProposals: Array<{ id: string; state: string; decisionNumber: string | null }>;
}

/** Polls `check` until it returns something (not undefined), up to `timeoutMs`. */
async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error("the domain's copy of the registry did not change in time");
    await new Promise((done) => setTimeout(done, 250));
  }
}

describe(`adjustment proposals change the registry, and the domains act on it (${TEST_DATABASE_KIND})`, () => {
  let federation: TestFederation;
  let standingOffice: Record<string, string>;
  const today = vietnamToday();

  beforeAll(async () => {
    federation = await startTestFederation(TEST_DATABASE_KIND, {
      subgraphEnv: Object.fromEntries(DOMAINS.map((domain) => [domain, { REGISTRY_SYNC_INTERVAL_MS: "1000" }])),
    });
    standingOffice = await federation.as({
      subject: "test:so-binh",
      name: "Trần Thị Bình",
      agency: "CT",
      roles: ["standing-office"],
    });
  });
  afterAll(() => federation?.stop());

  const task = async (code: string) => dataOf(await federation.query<{ task: TaskView }>(TASK, { code })).task;
  /** Proposed by an editor of `agency` and approved under `decisionNumber`, through the gateway. */
  async function approved(agency: string, input: Record<string, unknown>, decisionNumber: string) {
    const proposal = dataOf(
      await federation.query<{ committee: { proposeAdjustment: { id: string } } }>(
        PROPOSE,
        { input: { reason: "Đề nghị của sở", ...input } },
        await editorOf(federation, agency),
      ),
    ).committee.proposeAdjustment;
    return dataOf(
      await federation.query<{ committee: { decideProposal: Record<string, unknown> } }>(
        DECIDE,
        { input: { id: proposal.id, approved: true, decisionNumber, decidedOn: today } },
        standingOffice,
      ),
    ).committee.decideProposal;
  }
  /** A domain's copy of one task: its years and leads, once `ready` says it has taken up the change. */
  async function domainCopy(domain: DomainName, code: string, ready: (row: DomainRow) => boolean) {
    const db = await federation.openDatabase(domain);
    try {
      return await eventually(async () => {
        const [row] = await db.query<DomainRow[]>(
          "SELECT code, domain, start_year, end_year, lead_agencies FROM task_reference WHERE code = ?",
          [code],
        );
        return row && ready(row) ? row : undefined;
      });
    } finally {
      await db.destroy();
    }
  }
  const codeOf = (result: GraphQLResult<unknown>) => result.errors?.[0]?.extensions?.["code"];

  it("a longer period: once labour has the new end year, V.1's lead reports it", async () => {
    const refusedBefore = await report(federation, "labour", {
      taskCode: "V.1",
      period: "2021",
      state: "IN_PROGRESS",
      percentComplete: 90,
    });
    expect(codeOf(refusedBefore)).toBe("PERIOD_OUTSIDE_TASK");
    const v1 = await task("V.1");

    const decided = await approved("LDTBXH", { taskCode: "V.1", endYear: 2021 }, "1234/QĐ-UBND");

    expect(decided).toMatchObject({
      state: "APPROVED",
      decisionNumber: "1234/QĐ-UBND",
      result: { code: "V.1", endYear: 2021, version: v1.version + 1 },
    });
    const after = await task("V.1");
    expect(after).toMatchObject({ endYear: 2021, periodText: "2012-2021", version: v1.version + 1 });
    expect(after.registryHistory.at(-1)).toMatchObject({
      action: "adjustment.approve",
      entityKey: "V.1",
      actor: { subject: "test:so-binh" },
      after: { endYear: 2021, decision: { decisionNumber: "1234/QĐ-UBND", proposingAgency: "LDTBXH" } },
    });
    expect(after.adjustmentProposals).toEqual([
      { id: decided["id"], state: "APPROVED", decisionNumber: "1234/QĐ-UBND" },
    ]);

    await domainCopy("labour", "V.1", (row) => row.end_year === 2021);
    const reported = await report(federation, "labour", {
      taskCode: "V.1",
      period: "2021",
      state: "IN_PROGRESS",
      percentComplete: 90,
    });
    expect(dataOf(reported)["labour"]?.reportTaskProgress).toMatchObject({
      taskCode: "V.1",
      period: "2021",
      revision: 1,
    });
  });

  it("a new lead: once industry has it, THONGKE's editor reports IV.1 and CT's is refused", async () => {
    await approved(
      "CT",
      { taskCode: "IV.1", leadAgencies: [{ agencyCode: "THONGKE" }], coordinatingAgencies: ["CT"] },
      "55/QĐ-UBND",
    );
    expect((await task("IV.1")).leadAgencies).toEqual([{ code: "THONGKE" }]);

    await domainCopy("industry", "IV.1", (row) => JSON.parse(row.lead_agencies)[0] === "THONGKE");
    const input = { taskCode: "IV.1", period: "2014", state: "IN_PROGRESS", percentComplete: 50 };
    const byNewLead = await report(federation, "industry", input, await editorOf(federation, "THONGKE"));
    const byOldLead = await report(federation, "industry", input, await editorOf(federation, "CT"));

    expect(dataOf(byNewLead)["industry"]?.reportTaskProgress).toMatchObject({
      taskCode: "IV.1",
      reportingAgency: { code: "THONGKE" },
    });
    expect(codeOf(byOldLead)).toBe("FORBIDDEN");
    expect(byOldLead.errors?.[0]?.message).toBe(
      "Only an editor of THONGKE may report task IV.1; you are an editor of CT.",
    );
  });

  it("a first lead of another domain: VIII.4 becomes an investment task, reported there and no longer in agriculture", async () => {
    await approved(
      "NNPTNT",
      { taskCode: "VIII.4", leadAgencies: [{ agencyCode: "KHDT" }], coordinatingAgencies: ["NNPTNT"] },
      "60/QĐ-UBND",
    );
    expect(await task("VIII.4")).toMatchObject({ __typename: "InvestmentTask", domain: "INVESTMENT" });

    await domainCopy("investment", "VIII.4", (row) => row.domain === "INVESTMENT");
    await domainCopy("agriculture", "VIII.4", (row) => row.domain === "INVESTMENT");
    const input = { taskCode: "VIII.4", period: "2016", state: "IN_PROGRESS", percentComplete: 20 };
    const inInvestment = await report(federation, "investment", input, await editorOf(federation, "KHDT"));
    const inAgriculture = await report(federation, "agriculture", input, await editorOf(federation, "NNPTNT"));

    expect(dataOf(inInvestment)["investment"]?.reportTaskProgress).toMatchObject({ reportingAgency: { code: "KHDT" } });
    expect(codeOf(inAgriculture)).toBe("TASK_NOT_OWNED");
  });

  it("a new task: V.5 is a LabourTask with labour's fields, reported by its lead once labour has it", async () => {
    const decided = await approved(
      "LDTBXH",
      {
        groupCode: "V",
        title: "Hỗ trợ việc làm cho lao động khu kinh tế Đình Vũ - Cát Hải",
        startYear: 2016,
        endYear: 2021,
        leadAgencies: [{ agencyCode: "LDTBXH" }],
        coordinatingAgencies: ["BQLKKT"],
      },
      "77/QĐ-UBND",
    );
    expect(decided).toMatchObject({ taskCode: "V.5", result: { code: "V.5", domain: "LABOUR", version: 1 } });

    await domainCopy("labour", "V.5", () => true);
    const reported = await report(
      federation,
      "labour",
      { taskCode: "V.5", period: "2016", state: "IN_PROGRESS", percentComplete: 25 },
      await editorOf(federation, "LDTBXH"),
    );
    expect(dataOf(reported)["labour"]?.reportTaskProgress).toMatchObject({ taskCode: "V.5", revision: 1 });

    const read = dataOf(
      await federation.query<{ task: Record<string, unknown>; tasks: Array<{ code: string }> }>(
        `{ task(code: "V.5") { __typename code periodText status percentComplete latestReport { period percentComplete }
             leadAgencies { code } coordinatingAgencies { code } }
           tasks(filter: { group: "V" }) { code } }`,
      ),
    );
    expect(read.task).toEqual({
      __typename: "LabourTask",
      code: "V.5",
      periodText: "2016-2021",
      // Its deadline, the end of 2021, has passed.
      status: "OVERDUE",
      percentComplete: 25,
      latestReport: { period: "2016", percentComplete: 25 },
      leadAgencies: [{ code: "LDTBXH" }],
      coordinatingAgencies: [{ code: "BQLKKT" }],
    });
    expect(read.tasks.map((t) => t.code)).toEqual(["V.1", "V.2", "V.3", "V.4", "V.5"]);
  });
});

interface DomainRow {
  code: string;
  domain: string;
  start_year: number;
  end_year: number;
  lead_agencies: string;
}
