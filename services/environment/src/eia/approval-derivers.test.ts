import { openTestDataSource, TEST_DATABASE_KIND, type TestDataSource } from "@hpig/kit/testing";

import { environmentSubgraph } from "../subgraph";
import { approvalDerivers } from "./approval-derivers";
import { ApprovalKind, ApprovingBody } from "./environmental-approval.entity";
import type { ApprovalInput } from "./environmental-approval.input";
import { correctApproval, recordApproval } from "./environmental-approval.service";
import { loadSampleApprovals } from "./sample-approvals";

const writer = {
  principal: { subject: "t:tnmt", name: "Lê Thị Mai", agency: "TNMT", roles: ["editor" as const] },
  requestId: "test",
};
const NOW = new Date("2026-06-01T05:00:00Z");

const approval = (decidedOn: string, more: Partial<ApprovalInput> = {}): ApprovalInput => ({
  projectName: "Nhà máy sản xuất bao bì nhựa",
  investor: "Công ty TNHH Minh Phát",
  decisionNumber: `${decidedOn.slice(5, 7)}${decidedOn.slice(8, 10)}/QĐ-UBND`,
  decidedOn,
  approvingBody: ApprovingBody.UBND_TP,
  ...more,
});

/** The year's projects by the test's own SQL: current revisions dated in the year, distinct projects. */
const PROJECTS_SQL = `
  SELECT r.approval_id AS id FROM environmental_approval_revision r
  JOIN environmental_approval a ON a.id = r.approval_id AND a.revision = r.revision
  WHERE r.kind = ? AND r.decided_on >= ? AND r.decided_on <= ?
    AND NOT EXISTS (
      SELECT 1 FROM environmental_approval_revision e
      JOIN environmental_approval b ON b.id = e.approval_id AND b.revision = e.revision
      WHERE e.kind = r.kind AND e.project_key = r.project_key AND e.decided_on >= ? AND e.decided_on <= ?
        AND (e.decided_on < r.decided_on OR (e.decided_on = r.decided_on AND e.approval_id < r.approval_id)))`;
const DECISIONS_SQL = `
  SELECT COUNT(*) AS n FROM environmental_approval_revision r
  JOIN environmental_approval a ON a.id = r.approval_id AND a.revision = r.revision
  WHERE r.kind = ? AND r.decided_on >= ? AND r.decided_on <= ?`;

describe(`the approvals' figure derivers against SQL (${TEST_DATABASE_KIND})`, () => {
  let source: TestDataSource;

  beforeAll(async () => {
    source = await openTestDataSource(environmentSubgraph);
  });
  afterAll(() => source?.close());

  const deriver = (kind: ApprovalKind) =>
    approvalDerivers.find(
      (d) =>
        d.indicatorCode === (kind === ApprovalKind.EIA ? "PROJECTS_EIA_APPROVED" : "PROJECTS_ENV_COMMITMENT_APPROVED"),
    )!;
  const bySql = async (kind: ApprovalKind, year: number) => {
    const [from, to] = [`${year}-01-01`, `${year}-12-31`];
    const projects = await source.db.query<Array<{ id: number | string }>>(PROJECTS_SQL, [kind, from, to, from, to]);
    const [decisions] = await source.db.query<Array<{ n: number | string }>>(DECISIONS_SQL, [kind, from, to]);
    return { ids: projects.map((row) => String(row.id)).sort(), decisions: Number(decisions.n) };
  };
  const derived = async (kind: ApprovalKind, year: number) => {
    const cells = await source.db.transaction((manager) => deriver(kind).derive(manager, year));
    expect(cells).toHaveLength(1);
    expect(cells[0].breakdown).toEqual({});
    expect(cells[0].value).toBe(cells[0].recordKeys.length);
    return cells[0];
  };

  it("counts each project once a year, by its current revision, and names the record it counts it by", async () => {
    const eia = (input: ApprovalInput) => recordApproval(source.db, ApprovalKind.EIA, input, NOW, writer);
    // One investment project approved twice in 2015, under two spellings of its name.
    await eia(approval("2015-03-02", { investmentProjectId: "IP-7", projectName: "Nhà máy lốp xe" }));
    await eia(approval("2015-09-14", { investmentProjectId: "IP-7", projectName: "Nhà máy lốp xe (mở rộng)" }));
    // One unlinked project twice, written with other case and spaces.
    await eia(approval("2015-05-05"));
    await eia(
      approval("2015-06-06", { projectName: "nhà máy sản xuất  bao bì NHỰA", investor: "CÔNG TY TNHH MINH PHÁT" }),
    );
    // The year's edges, another project.
    await eia(approval("2014-12-31", { projectName: "Kho lạnh" }));
    await eia(approval("2016-01-01", { projectName: "Kho lạnh" }));
    // Corrections move a decision between years; the earlier revision no longer counts.
    const moved = await eia(approval("2015-07-07", { projectName: "Cảng cạn" }));
    await correctApproval(
      source.db,
      { id: String(moved.approvalId), expectedRevision: 1, reason: "Sai ngày" },
      approval("2016-02-02", { projectName: "Cảng cạn" }),
      NOW,
      writer,
    );
    const late = await eia(approval("2014-06-06", { projectName: "Xưởng đóng tàu" }));
    await correctApproval(
      source.db,
      { id: String(late.approvalId), expectedRevision: 1, reason: "Sai năm" },
      approval("2015-06-16", { projectName: "Xưởng đóng tàu" }),
      NOW,
      writer,
    );
    // A commitment is another indicator's.
    await recordApproval(
      source.db,
      ApprovalKind.COMMITMENT,
      approval("2015-04-04", { approvingBody: ApprovingBody.STNMT, decisionNumber: "12/GXN-STNMT" }),
      NOW,
      writer,
    );

    for (const kind of [ApprovalKind.EIA, ApprovalKind.COMMITMENT]) {
      for (const year of [2014, 2015, 2016]) {
        const expected = await bySql(kind, year);
        const cell = await derived(kind, year);
        expect({ kind, year, keys: [...cell.recordKeys].sort() }).toEqual({ kind, year, keys: expected.ids });
      }
    }
    // 2015: five EIA decisions stand, of three projects (the tyre plant, the packaging plant, the shipyard).
    expect(await bySql(ApprovalKind.EIA, 2015)).toMatchObject({ decisions: 5 });
    expect((await derived(ApprovalKind.EIA, 2015)).value).toBe(3);
  });

  it("derives every sample year's counts as the SQL counts them", async () => {
    await source.db.query("DELETE FROM environmental_approval_revision");
    await source.db.query("DELETE FROM environmental_approval");
    await loadSampleApprovals(source.db);

    for (const kind of [ApprovalKind.EIA, ApprovalKind.COMMITMENT]) {
      for (let year = 2011; year <= 2020; year++) {
        const expected = await bySql(kind, year);
        const cell = await derived(kind, year);
        expect({ kind, year, keys: [...cell.recordKeys].sort() }).toEqual({ kind, year, keys: expected.ids });
        expect(expected.decisions).toBeGreaterThanOrEqual(24);
      }
    }
    // The sample re-approves some projects within a year: fewer projects than decisions somewhere.
    const years = await Promise.all([2011, 2013, 2015, 2017, 2019].map((year) => bySql(ApprovalKind.EIA, year)));
    expect(years.some((year) => year.ids.length < year.decisions)).toBe(true);
  });
});
