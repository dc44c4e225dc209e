import { DirectiveStatus } from "./directive";
import { DirectiveResponseRecord, IssuedDirective } from "./directive.entity";
import { directiveAsOf, directiveState } from "./directive-state";

// III.2 has two leads; a directive about it is due on 30 June 2016 (Viet Nam dates throughout).
const III2 = { dueOn: "2016-06-30", addressees: ["CT", "BQLKKT"] };
/** An answer recorded at a UTC instant; Viet Nam is 7 hours ahead. */
const answer = (agencyCode: string, respondedAt: string) => ({ agencyCode, respondedAt });

describe("directiveState: where a directive stands at the end of a Viet Nam date", () => {
  it("is OPEN before the due date, and on it, while an addressee has not answered", () => {
    for (const asOf of ["2016-06-01", "2016-06-30"]) {
      expect(directiveState(III2, [], asOf)).toEqual({
        status: DirectiveStatus.OPEN,
        addressees: [
          { agencyCode: "CT", responded: false, respondedOn: null, responseCount: 0, late: false },
          { agencyCode: "BQLKKT", responded: false, respondedOn: null, responseCount: 0, late: false },
        ],
      });
    }
  });

  it("is OVERDUE the day after the due date without every answer, each missing addressee late", () => {
    const ctOnly = [answer("CT", "2016-06-20T03:00:00.000Z")]; // 10:00 on 20 June in Hải Phòng

    expect(directiveState(III2, ctOnly, "2016-07-01")).toEqual({
      status: DirectiveStatus.OVERDUE,
      addressees: [
        { agencyCode: "CT", responded: true, respondedOn: "2016-06-20", responseCount: 1, late: false },
        { agencyCode: "BQLKKT", responded: false, respondedOn: null, responseCount: 0, late: true },
      ],
    });
  });

  it("is RESPONDED once every addressee has answered, a late answer marked late", () => {
    const both = [answer("CT", "2016-06-20T03:00:00.000Z"), answer("BQLKKT", "2016-07-05T02:00:00.000Z")];

    expect(directiveState(III2, both, "2016-07-04").status).toBe(DirectiveStatus.OVERDUE);
    expect(directiveState(III2, both, "2016-07-05")).toEqual({
      status: DirectiveStatus.RESPONDED,
      addressees: [
        { agencyCode: "CT", responded: true, respondedOn: "2016-06-20", responseCount: 1, late: false },
        { agencyCode: "BQLKKT", responded: true, respondedOn: "2016-07-05", responseCount: 1, late: true },
      ],
    });
  });

  it("dates an answer by the Viet Nam day: 00:30 on 1 July there is 17:30 UTC on 30 June, and late", () => {
    const justAfterMidnight = [answer("CT", "2016-06-30T17:30:00.000Z"), answer("BQLKKT", "2016-06-30T16:59:59.999Z")];

    const onDueDate = directiveState(III2, justAfterMidnight, "2016-06-30");
    const nextDay = directiveState(III2, justAfterMidnight, "2016-07-01");

    expect(onDueDate.status).toBe(DirectiveStatus.OPEN);
    expect(onDueDate.addressees.map((a) => [a.agencyCode, a.respondedOn, a.late])).toEqual([
      ["CT", null, false],
      ["BQLKKT", "2016-06-30", false],
    ]);
    expect(nextDay.status).toBe(DirectiveStatus.RESPONDED);
    expect(nextDay.addressees.map((a) => [a.agencyCode, a.respondedOn, a.late])).toEqual([
      ["CT", "2016-07-01", true],
      ["BQLKKT", "2016-06-30", false],
    ]);
  });

  it("counts every answer of an agency and dates it by the first, whatever their order", () => {
    const twice = [answer("CT", "2016-07-10T01:00:00.000Z"), answer("CT", "2016-06-10T01:00:00.000Z")];

    expect(directiveState({ dueOn: "2016-06-30", addressees: ["CT"] }, twice, "2016-12-31")).toEqual({
      status: DirectiveStatus.RESPONDED,
      addressees: [{ agencyCode: "CT", responded: true, respondedOn: "2016-06-10", responseCount: 2, late: false }],
    });
  });

  it("ignores answers of agencies the directive is not addressed to", () => {
    const stranger = [answer("KHDT", "2016-06-10T01:00:00.000Z")];

    expect(directiveState({ dueOn: "2016-06-30", addressees: ["CT"] }, stranger, "2016-07-01").status).toBe(
      DirectiveStatus.OVERDUE,
    );
  });
});

describe("directiveAsOf: the directive as the graph shows it on a date", () => {
  const directive = Object.assign(new IssuedDirective(), {
    id: 12,
    taskCode: "III.2",
    agencyCode: null,
    text: "Đẩy nhanh tiến độ lấp đầy các cụm công nghiệp",
    dueOn: "2016-06-30",
    issuedAt: "2016-05-31T18:00:00.000Z", // 01:00 on 1 June in Hải Phòng
    issuerSubject: "bcd-1",
    issuerName: "Trưởng ban",
    issuerAgency: null,
    issuerRoles: ["committee"],
  });
  const response = (id: number, agencyCode: string, respondedAt: string) =>
    Object.assign(new DirectiveResponseRecord(), {
      id,
      directiveId: 12,
      agencyCode,
      text: `Trả lời ${id}`,
      documentRef: null,
      respondedAt,
      responderSubject: `ed-${agencyCode}`,
      responderName: `Biên tập ${agencyCode}`,
    });
  const responses = [
    response(3, "BQLKKT", "2016-07-02T02:00:00.000Z"),
    response(1, "CT", "2016-06-15T02:00:00.000Z"),
    response(2, "CT", "2016-06-15T02:00:00.000Z"),
  ];

  it("holds plain values only: the answers known by then, oldest first, and the state then", () => {
    const view = directiveAsOf(directive, ["CT", "BQLKKT"], responses, "2016-06-30");

    expect(JSON.parse(JSON.stringify(view))).toEqual({
      id: "12",
      taskCode: "III.2",
      agencyCode: null,
      text: "Đẩy nhanh tiến độ lấp đầy các cụm công nghiệp",
      dueOn: "2016-06-30",
      issuedAt: "2016-05-31T18:00:00.000Z",
      issuedOn: "2016-06-01",
      issuedBy: { subject: "bcd-1", name: "Trưởng ban", agency: null, roles: ["committee"] },
      asOf: "2016-06-30",
      status: "OPEN",
      addressees: [
        { agencyCode: "CT", responded: true, respondedOn: "2016-06-15", responseCount: 2, late: false },
        { agencyCode: "BQLKKT", responded: false, respondedOn: null, responseCount: 0, late: false },
      ],
      responses: [1, 2].map((id) => ({
        id: String(id),
        agencyCode: "CT",
        text: `Trả lời ${id}`,
        documentRef: null,
        respondedAt: "2016-06-15T02:00:00.000Z",
        respondedOn: "2016-06-15",
        responder: "Biên tập CT",
        late: false,
      })),
    });
  });

  it("is the same on the same date whatever came later", () => {
    const early = directiveAsOf(directive, ["CT", "BQLKKT"], responses.slice(1), "2016-06-30");
    const late = directiveAsOf(directive, ["CT", "BQLKKT"], responses, "2016-06-30");

    expect(JSON.stringify(late)).toBe(JSON.stringify(early));
    expect(directiveAsOf(directive, ["CT", "BQLKKT"], responses, "2016-07-02").status).toBe(DirectiveStatus.RESPONDED);
  });

  it("has no state before it was issued", () => {
    expect(() => directiveAsOf(directive, ["CT"], [], "2016-05-31")).toThrow(/issued after 2016-05-31/);
  });
});
