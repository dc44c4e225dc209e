import "reflect-metadata";

import { readFileSync } from "node:fs";
import { join } from "node:path";

import type { Principal } from "@hpig/kit";
import { clock, vietnamDate } from "@hpig/kit";
import { openTestDataSource, TEST_DATABASE_KIND } from "@hpig/kit/testing";
import type { DataSource } from "typeorm";

import { decideProposal, proposeAdjustment } from "../adjustment/adjustments";
import { seedWriter } from "../audit/plan-audit";
import { issueDirective } from "../directive/directives";
import { updateTask } from "../registry-edit/registry-edit";
import { planSubgraph } from "../subgraph";
import { Task } from "../task/task.entity";
import { TaskAssignment } from "../task/task-assignment.entity";
import { importPlanDocument } from "./import-plan";

const document = readFileSync(join(__dirname, "..", "..", "data", "ke-hoach-3438-KH-UBND-2012.txt"), "utf8");

const V3_TITLE = "Hình thành thị trường lao động có quản lý đáp ứng yêu cầu về lao động cho phát triển công nghiệp";
const V4_ROW =
  "\t4\n\tĐào tạo, thu hút nguồn nhân lực chất lượng cao đáp ứng yêu cầu đổi mới cách thức tăng trưởng, phát triển công nghiệp hỗ trợ, công nghiệp công nghệ cao.\n\tSở Lao động, Thương binh và Xã hội\n\tCác Sở: CT, GDĐT, Nội vụ, KHĐT, KHCN\n\t2012-2020\n\n";

/** The document with one replacement, which must apply exactly once. */
function amended(from: string, to: string): string {
  expect(document.split(from)).toHaveLength(2);
  return document.replace(from, to);
}

const editor = (agency: string): Principal => ({
  subject: `ed-${agency}`,
  name: `Biên tập ${agency}`,
  agency,
  roles: ["editor"],
});
const standingOffice: Principal = {
  subject: "so-binh",
  name: "Trần Thị Bình",
  agency: "CT",
  roles: ["standing-office"],
};

describe(`an import after the People's Committee's decisions (${TEST_DATABASE_KIND})`, () => {
  let db: DataSource;
  let close: () => Promise<void>;
  const today = vietnamDate(clock.now());

  /** Proposed by an editor of `agency`, approved by the standing office under `decisionNumber`. */
  async function decided(agency: string, input: Record<string, unknown>, decisionNumber: string) {
    const proposal = await proposeAdjustment(
      db,
      { principal: editor(agency), requestId: "p" },
      {
        reason: "Theo đề nghị của sở",
        ...input,
      },
    );
    await decideProposal(
      db,
      { principal: standingOffice, requestId: "d" },
      { id: proposal.id, approved: true, decisionNumber, decidedOn: today },
    );
    return proposal.id;
  }
  /** The rows of the tasks and assignments that make up the registry. */
  const registry = async () => ({
    tasks: await db.getRepository(Task).find({ order: { code: "ASC" } }),
    assignments: await db.getRepository(TaskAssignment).find({ order: { taskCode: "ASC", position: "ASC" } }),
  });

  beforeAll(async () => {
    ({ db, close } = await openTestDataSource(planSubgraph));
    await importPlanDocument(db, document, { writer: seedWriter() });
    await decided("LDTBXH", { taskCode: "V.3", endYear: 2021 }, "1/QĐ-UBND");
    await decided(
      "CT",
      { taskCode: "IV.1", leadAgencies: [{ agencyCode: "THONGKE" }], coordinatingAgencies: ["CT"] },
      "2/QĐ-UBND",
    );
    await decided(
      "LDTBXH",
      {
        groupCode: "V",
        title: "Hỗ trợ việc làm cho lao động khu kinh tế",
        startYear: 2016,
        endYear: 2017,
        leadAgencies: [{ agencyCode: "LDTBXH" }],
      },
      "3/QĐ-UBND",
    );
  });
  afterAll(async () => {
    await close?.();
  });

  it("keeps every decision when the same document is imported again, and changes nothing", async () => {
    const before = await registry();

    const dryRun = await importPlanDocument(db, document, { dryRun: true });
    const summary = await importPlanDocument(db, document);

    expect(await registry()).toEqual(before);
    expect(summary.auditEntryId).toBeNull();
    expect(Object.values(summary.changes).every((c) => c.inserted + c.updated + c.deleted === 0)).toBe(true);
    expect(summary.counts.tasks).toBe(56);
    expect(summary.decisionsKept.map((kept) => [kept.taskCode, kept.decisionNumber, kept.kind])).toEqual([
      ["V.3", "1/QĐ-UBND", "CHANGE_TASK"],
      ["IV.1", "2/QĐ-UBND", "CHANGE_TASK"],
      ["V.5", "3/QĐ-UBND", "NEW_TASK"],
    ]);
    expect(dryRun.decisionsKept).toEqual(summary.decisionsKept);
    const v3 = before.tasks.find((t) => t.code === "V.3")!;
    expect([v3.endYear, v3.periodText]).toEqual([2021, "2012-2021"]);
    expect(before.assignments.filter((a) => a.taskCode === "IV.1").map((a) => [a.agencyCode, a.role])).toEqual([
      ["THONGKE", "LEAD"],
      ["CT", "COORDINATING"],
    ]);
  });

  it("takes from an amended document what the decisions left alone, and puts back a standing-office edit", async () => {
    const v3 = await db.getRepository(Task).findOneByOrFail({ code: "V.3" });
    await updateTask(
      db,
      { principal: standingOffice, requestId: "u" },
      {
        code: "V.3",
        expectedVersion: v3.version,
        endYear: 2019,
      },
    );

    const summary = await importPlanDocument(db, amended(V3_TITLE, `${V3_TITLE} (sửa đổi)`));

    const after = await db.getRepository(Task).findOneByOrFail({ code: "V.3" });
    // The title is the document's; the years are the decision's (over the standing office's later edit,
    // as an import always puts the document back).
    expect([after.title, after.endYear, after.periodText]).toEqual([`${V3_TITLE} (sửa đổi)`, 2021, "2012-2021"]);
    expect(after.version).toBe(v3.version + 2);
    expect(summary.changes["task"]).toEqual({ inserted: 0, updated: 1, deleted: 0 });
    await importPlanDocument(db, document);
  });

  it("keeps the created task after its group's tasks when the document adds a task to an earlier group", async () => {
    const withVI6 = amended(
      "\tVII\n",
      "\t6\n\tPhát triển thương mại điện tử\n\tSở Công Thương\n\tCác Sở: TTTT\n\t2016-2018\n\n\tVII\n",
    );

    await importPlanDocument(db, withVI6);

    const order = (await db.getRepository(Task).find({ order: { position: "ASC" } })).map((t) => t.code);
    expect(order.slice(order.indexOf("V.4"), order.indexOf("V.4") + 3)).toEqual(["V.4", "V.5", "VI.1"]);
    expect(order.slice(order.indexOf("VI.5"), order.indexOf("VI.5") + 3)).toEqual(["VI.5", "VI.6", "VII.1"]);
    expect(order).toHaveLength(57);
    await importPlanDocument(db, document);
    expect(await db.getRepository(Task).count()).toBe(56);
  });

  it("refuses a document with a task of its own under a code a decision created, and writes nothing", async () => {
    const before = await registry();
    const withV5 = amended(
      V4_ROW,
      `${V4_ROW}\t5\n\tMột nhiệm vụ khác của nhóm V\n\tSở Lao động, Thương binh và Xã hội\n\tCác Sở: GDĐT\n\t2016-2017\n\n`,
    );

    await expect(importPlanDocument(db, withV5)).rejects.toThrow(
      /task V.5: the document has a task V.5 of its own, but decision 3\/QĐ-UBND \(adjustment proposal \d+\) created task V.5/,
    );
    expect(await registry()).toEqual(before);
  });

  it("refuses a document without a task a decision changed, or a directive is about, and writes nothing", async () => {
    const before = await registry();
    await issueDirective(
      db,
      { principal: standingOffice, requestId: "i" },
      { taskCode: "V.4", text: "Báo cáo kết quả thu hút nhân lực", dueOn: today },
    );

    await expect(importPlanDocument(db, amended(V4_ROW, ""))).rejects.toThrow(
      /the document no longer has tasks the committee's records are about: directive \d+ \(task V.4\)/,
    );
    expect(await registry()).toEqual(before);
  });
});
