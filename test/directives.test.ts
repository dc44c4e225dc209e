import { TEST_DATABASE_KIND } from "@hpig/kit/testing";

import { startTestFederation, type TestFederation } from "./testkit/federation";
import { dataOf, type GraphQLResult } from "./testkit/http";
import { editorOf, vietnamToday } from "./testkit/progress";

/**
 * Issue 8, item 4, through the gateway: the committee directs, the addressed departments answer,
 * and dashboards read the directives by task, by agency and in one filtered list, as of a date,
 * in a number of SQL statements that does not grow with the tasks and agencies asked about.
 */

const DIRECTIVE_FIELDS = `id taskCode agencyCode text dueOn issuedOn asOf status
  issuedBy { name roles }
  addressees { agencyCode responded respondedOn responseCount late agency { name } }
  responses { agencyCode text documentRef respondedOn responder late agency { code } }
  task { code title } agency { code }`;
const ISSUE = `mutation ($input: IssueDirectiveInput!) { committee { issueDirective(input: $input) { ${DIRECTIVE_FIELDS} } } }`;
const RESPOND = `mutation ($input: RespondToDirectiveInput!) { committee { respondToDirective(input: $input) { ${DIRECTIVE_FIELDS} } } }`;

interface DirectiveView {
  id: string;
  taskCode: string | null;
  status: string;
  text: string;
  addressees: Array<{ agencyCode: string; responded: boolean; respondedOn: string | null; late: boolean }>;
  responses: Array<{ agencyCode: string; text: string }>;
  [field: string]: unknown;
}

/** A Viet Nam date `days` after `date`. */
function plusDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

describe(`the committee's directives through the gateway (${TEST_DATABASE_KIND})`, () => {
  let federation: TestFederation;
  let chair: Record<string, string>;
  const today = vietnamToday();

  beforeAll(async () => {
    federation = await startTestFederation(TEST_DATABASE_KIND, { subgraphs: [] });
    chair = await federation.as({ subject: "test:chair", name: "Lê Văn Thành", roles: ["committee"] });
  });
  afterAll(() => federation?.stop());

  const issue = async (input: Record<string, unknown>) =>
    dataOf(await federation.query<{ committee: { issueDirective: DirectiveView } }>(ISSUE, { input }, chair)).committee
      .issueDirective;
  const respond = async (agency: string, input: Record<string, unknown>) =>
    dataOf(
      await federation.query<{ committee: { respondToDirective: DirectiveView } }>(
        RESPOND,
        { input },
        await editorOf(federation, agency),
      ),
    ).committee.respondToDirective;
  const sqlOf = (result: GraphQLResult<unknown>) =>
    (result.extensions?.["sqlStatements"] as Record<string, number> | undefined)?.["plan"];

  it("directs III.2's two leads, hears both, and tells who answered when", async () => {
    const issued = await issue({ taskCode: "III.2", text: "Báo cáo tình hình lấp đầy", dueOn: plusDays(today, 14) });

    expect(issued).toMatchObject({
      taskCode: "III.2",
      agencyCode: null,
      status: "OPEN",
      issuedOn: today,
      issuedBy: { name: "Lê Văn Thành", roles: ["committee"] },
      addressees: [
        { agencyCode: "CT", responded: false, agency: { name: "Sở Công Thương" } },
        { agencyCode: "BQLKKT", responded: false, agency: { name: "Ban quản lý Khu kinh tế Hải Phòng" } },
      ],
      task: { code: "III.2" },
      agency: null,
    });

    const afterCt = await respond("CT", { directiveId: issued.id, text: "Tỷ lệ lấp đầy CCN đạt 62%" });
    const afterBoth = await respond("BQLKKT", {
      directiveId: issued.id,
      text: "Tỷ lệ lấp đầy KCN đạt 71%",
      documentRef: "88/BC-BQL",
    });

    expect(afterCt.status).toBe("OPEN");
    expect(afterBoth).toMatchObject({
      status: "RESPONDED",
      addressees: [
        { agencyCode: "CT", responded: true, respondedOn: today, late: false },
        { agencyCode: "BQLKKT", responded: true, respondedOn: today, late: false },
      ],
      responses: [
        { agencyCode: "CT", text: "Tỷ lệ lấp đầy CCN đạt 62%", documentRef: null, agency: { code: "CT" } },
        {
          agencyCode: "BQLKKT",
          text: "Tỷ lệ lấp đầy KCN đạt 71%",
          documentRef: "88/BC-BQL",
          agency: { code: "BQLKKT" },
        },
      ],
    });
  });

  it("serves Task.directives on every concrete task type, and Agency.directives open and answered", async () => {
    const toLabour = await issue({ agencyCode: "LDTBXH", text: "Rà soát nhu cầu lao động", dueOn: plusDays(today, 3) });
    const aboutV1 = await issue({ taskCode: "V.1", text: "Đẩy nhanh liên kết đào tạo", dueOn: plusDays(today, 3) });
    await respond("LDTBXH", { directiveId: aboutV1.id, text: "Đã ký 5 thỏa thuận" });

    const read = dataOf(
      await federation.query<{
        tasks: Array<{ __typename: string; code: string; directives: Array<{ id: string; status: string }> }>;
        agency: {
          open: Array<{ id: string }>;
          answered: Array<{ id: string }>;
          later: Array<{ id: string; status: string }>;
        };
      }>(
        `query ($later: LocalDate) {
          tasks(filter: { group: "V" }) { __typename code directives { id status } }
          agency(code: "LDTBXH") {
            open: directives(open: true) { id }
            answered: directives(open: false) { id }
            later: directives(open: true, asOf: $later) { id status }
          }
        }`,
        { later: plusDays(today, 4) },
      ),
    );

    expect(read.tasks.find((t) => t.code === "V.1")).toEqual({
      __typename: "LabourTask",
      code: "V.1",
      directives: [{ id: aboutV1.id, status: "RESPONDED" }],
    });
    expect(read.tasks.filter((t) => t.code !== "V.1").every((t) => t.directives.length === 0)).toBe(true);
    expect(read.agency.open).toEqual([{ id: toLabour.id }]);
    expect(read.agency.answered).toEqual([{ id: aboutV1.id }]);
    expect(read.agency.later).toEqual([{ id: toLabour.id, status: "OVERDUE" }]);
  });

  it("lists the committee's overdue directives in one request, and reads a date's list the same after later answers", async () => {
    const due = await issue({ agencyCode: "TNMT", text: "Báo cáo quan trắc môi trường KCN", dueOn: today });
    const query = `query ($filter: DirectiveFilter) { directives(filter: $filter) { ${DIRECTIVE_FIELDS} } }`;
    const tomorrow = plusDays(today, 1);

    const overdueTomorrow = await federation.query(query, { filter: { status: "OVERDUE", asOf: tomorrow } });
    const onTheDay = await federation.query(query, { filter: { asOf: today } });
    await respond("TNMT", { directiveId: due.id, text: "Đã gửi báo cáo" });
    const onTheDayAgain = await federation.query(query, { filter: { asOf: today } });
    const tomorrowAgain = await federation.query<{ directives: DirectiveView[] }>(query, {
      filter: { agency: "TNMT", asOf: tomorrow },
    });

    expect(
      (dataOf(overdueTomorrow) as { directives: DirectiveView[] }).directives.map((d) => [d.text, d.status]),
    ).toEqual([["Báo cáo quan trắc môi trường KCN", "OVERDUE"]]);
    // What was known by the end of today is what a report frozen today holds: answers recorded since
    // (here: today too) change it, so the same date reads the same only once the day is over.
    expect(dataOf(onTheDayAgain)).not.toEqual(dataOf(onTheDay));
    expect(dataOf(tomorrowAgain).directives).toEqual([
      expect.objectContaining({ text: "Báo cáo quan trắc môi trường KCN", status: "RESPONDED" }),
    ]);
    const yesterday = await federation.query(query, { filter: { asOf: plusDays(today, -1) } });
    expect(dataOf(yesterday)).toEqual({ directives: [] });
  });

  it("refuses a filter naming an unknown agency or task, and a date that is not one", async () => {
    const unknownAgency = await federation.query(`{ directives(filter: { agency: "NOPE" }) { id } }`);
    const unknownTask = await federation.query(`{ directives(filter: { task: "X.1" }) { id } }`);
    const badDate = await federation.query(`{ directives(filter: { asOf: "2016-02-30" }) { id } }`);

    expect(unknownAgency.errors?.[0]?.extensions?.["code"]).toBe("NOT_FOUND");
    expect(unknownTask.errors?.[0]?.extensions?.["code"]).toBe("NOT_FOUND");
    // Custom scalars pass the gateway as they are; the subgraph refuses the literal, with no data.
    expect(badDate.errors?.[0]?.extensions?.["code"]).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(badDate.errors?.[0]?.message).toMatch(/2016-02-30/);
    expect(badDate.data ?? null).toBeNull();
  });

  it("reads every task's and every agency's directives in the same statements however many have them", async () => {
    const fields = "directives { id status addressees { agency { name } } responses { agencyCode } task { code } }";
    const measure = async () => ({
      tasks: sqlOf(await federation.query(`{ tasks { code ${fields} } }`)),
      agencies: sqlOf(await federation.query(`{ agencies { code ${fields} } }`)),
    });

    const before = await measure();
    for (const taskCode of ["I.1", "II.1", "IV.2", "VI.3", "VII.4", "VIII.5", "IX.6"]) {
      await issue({ taskCode, text: `Chỉ đạo về ${taskCode}`, dueOn: plusDays(today, 30) });
    }
    const after = await measure();

    expect(after).toEqual(before);
    expect(after.tasks).toBeLessThanOrEqual(6);
    expect(after.agencies).toBeLessThanOrEqual(7);
  });
});
