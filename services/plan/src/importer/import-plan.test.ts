import "reflect-metadata";

import { readFileSync } from "node:fs";
import { join } from "node:path";

import { AuditEntry, AuditSubject, TargetDirection } from "@hpig/kit";
import { openTestDataSource, TEST_DATABASE_KIND } from "@hpig/kit/testing";
import type { DataSource } from "typeorm";

import { importCliWriter, seedWriter } from "../audit/plan-audit";
import { Domain } from "../domain/domain";
import { Indicator } from "../indicator/indicator.entity";
import { INDICATOR_CATALOGUE } from "../indicator/indicator-catalogue";
import type { IndicatorRecord } from "../indicator/indicator-record";
import { Plan } from "../plan/plan.entity";
import { planSubgraph } from "../subgraph";
import { Target } from "../target/target.entity";
import { Task } from "../task/task.entity";
import { importPlanDocument } from "./import-plan";
import { PlanDocumentError } from "./plan-document";

const document = readFileSync(join(__dirname, "..", "..", "data", "ke-hoach-3438-KH-UBND-2012.txt"), "utf8");

/** Every row of every table the plan subgraph maps (registry and audit trail), each table in primary-key order. */
async function snapshot(db: DataSource) {
  const tables: Record<string, unknown[]> = {};
  for (const { target, tableName, primaryColumns } of db.entityMetadatas) {
    tables[tableName] = await db
      .getRepository(target)
      .find({ order: Object.fromEntries(primaryColumns.map((column) => [column.propertyName, "ASC"])) });
  }
  return tables;
}

/** The audit trail, oldest first, each entry with the subjects it is about ("Task|IX.1"). */
async function trail(db: DataSource) {
  const entries = await db.getRepository(AuditEntry).find({ order: { id: "ASC" } });
  const subjects = await db.getRepository(AuditSubject).find();
  return entries.map((entry) => ({
    ...entry,
    subjects: subjects
      .filter((subject) => subject.entryId === entry.id)
      .map((subject) => `${subject.subjectType}|${subject.subjectKey}`)
      .sort(),
  }));
}

/** The catalogue with `code` left out. */
function catalogueWithout(code: string): IndicatorRecord[] {
  const kept = INDICATOR_CATALOGUE.filter((record) => record.code !== code);
  expect(kept).toHaveLength(INDICATOR_CATALOGUE.length - 1);
  return kept;
}

/** The catalogue with one more indicator. */
function catalogueWith(record: Partial<IndicatorRecord>): IndicatorRecord[] {
  return [
    ...INDICATOR_CATALOGUE,
    { code: "EXTRA", name: "Chỉ tiêu thêm", nameEn: "Extra", agency: "THONGKE", requirement: null, ...record },
  ];
}

describe(`importing the plan document (${TEST_DATABASE_KIND})`, () => {
  let db: DataSource;
  let close: () => Promise<void>;

  beforeEach(async () => {
    ({ db, close } = await openTestDataSource(planSubgraph));
  });
  afterEach(async () => {
    await close?.();
  });

  it("loads the whole registry, Vietnamese text intact", async () => {
    const summary = await importPlanDocument(db, document);

    expect(summary.counts).toEqual({
      agencies: 26,
      programGroups: 9,
      tasks: 55,
      // The lead and coordinating agencies of the 55 tasks: 56 leads (III.2 has two), 220 coordinating.
      assignments: 276,
      targets: 9,
      reportingRequirements: 9,
      indicators: INDICATOR_CATALOGUE.length,
    });
    expect(summary.changes["task"]).toEqual({ inserted: 55, updated: 0, deleted: 0 });
    const task = await db.getRepository(Task).findOneByOrFail({ code: "IX.1" });
    expect(task.title).toBe(
      "Tổ chức triển khai thực hiện Quy hoạc phát triển công nghiệp, quy hoạch phát triển điện lực, quy hoạch phát triển cụm công nghiệp Hải Phòng",
    );
  });

  it("is idempotent: a second import of the same document changes nothing", async () => {
    await importPlanDocument(db, document);
    const before = await snapshot(db);

    const second = await importPlanDocument(db, document);

    for (const changes of Object.values(second.changes))
      expect(changes).toEqual({ inserted: 0, updated: 0, deleted: 0 });
    expect(await snapshot(db)).toEqual(before);
  });

  it("applies an amended document as updates, and a dry run writes nothing", async () => {
    await importPlanDocument(db, document);
    const amended = document.replace("Quy hoạc phát triển công nghiệp", "Quy hoạch phát triển công nghiệp");

    const before = await snapshot(db);
    const dryRun = await importPlanDocument(db, amended, { dryRun: true });
    const afterDryRun = await snapshot(db);
    const unchanged = await db.getRepository(Task).findOneByOrFail({ code: "IX.1" });
    const applied = await importPlanDocument(db, amended);

    expect(dryRun.changes["task"]).toEqual({ inserted: 0, updated: 1, deleted: 0 });
    // No row of any table, the audit trail's included, differs after the dry run.
    expect(afterDryRun).toEqual(before);
    expect(unchanged.title).toContain("Quy hoạc ");
    expect(applied.changes["task"]).toEqual({ inserted: 0, updated: 1, deleted: 0 });
    expect((await db.getRepository(Task).findOneByOrFail({ code: "IX.1" })).title).toContain(
      "Quy hoạch phát triển công nghiệp",
    );
  });

  it("records one audit entry for each import that changes something, under its system principal", async () => {
    const first = await importPlanDocument(db, document, { writer: seedWriter() });
    const again = await importPlanDocument(db, document);
    const amended = document.replace("Quy hoạc phát triển công nghiệp", "Quy hoạch phát triển công nghiệp");
    const dryRun = await importPlanDocument(db, amended, { dryRun: true });
    const applied = await importPlanDocument(db, amended, { writer: importCliWriter() });

    const entries = await trail(db);
    expect(entries).toHaveLength(2);
    expect([first.auditEntryId, again.auditEntryId, dryRun.auditEntryId, applied.auditEntryId]).toEqual([
      entries[0].id,
      null,
      null,
      entries[1].id,
    ]);
    const [seed, update] = entries;
    expect(seed).toMatchObject({
      action: "plan.import",
      entityType: "Plan",
      entityKey: "3438/KH-UBND",
      actorSubject: "system:seed",
      actorAgency: null,
      actorRoles: ["standing-office"],
      before: null,
      after: {
        plan: "3438/KH-UBND",
        sourceSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
        changes: expect.objectContaining({ task: { inserted: 55, updated: 0, deleted: 0 } }),
      },
      requestId: expect.stringMatching(/^seed-/),
    });
    // The seed is about the plan and every task and target it added (and the targets' indicators).
    expect(seed.subjects).toContain("Plan|3438/KH-UBND");
    expect(seed.subjects.filter((s) => s.startsWith("Task|"))).toHaveLength(55);
    expect(seed.subjects.filter((s) => s.startsWith("Target|"))).toHaveLength(9);
    expect(seed.subjects).toContain("Indicator|IIP_GROWTH");

    expect(update).toMatchObject({
      actorSubject: "system:import-plan",
      actorName: expect.stringMatching(/^import-plan CLI \(.+\)$/),
      before: { plan: "3438/KH-UBND", sourceSha256: (seed.after as { sourceSha256: string }).sourceSha256 },
      after: {
        plan: "3438/KH-UBND",
        changes: expect.objectContaining({ task: { inserted: 0, updated: 1, deleted: 0 } }),
      },
      requestId: expect.stringMatching(/^import-plan-/),
    });
    expect((update.after as { sourceSha256: string }).sourceSha256).not.toBe(
      (seed.after as { sourceSha256: string }).sourceSha256,
    );
    expect(update.subjects).toEqual(["Plan|3438/KH-UBND", "Task|IX.1"]);
  });

  it("keeps the version of every row it leaves as it is and raises the version of every row it changes", async () => {
    await importPlanDocument(db, document);
    const versions = async () =>
      Object.fromEntries((await db.getRepository(Task).find()).map((task) => [task.code, task.version]));
    const amended = document.replace("Quy hoạc phát triển công nghiệp", "Quy hoạch phát triển công nghiệp");

    const initial = await versions();
    await importPlanDocument(db, amended);
    const afterAmendment = await versions();
    await importPlanDocument(db, amended);
    const afterRepeat = await versions();
    await importPlanDocument(db, document);

    expect(new Set(Object.values(initial))).toEqual(new Set([1]));
    expect(afterAmendment).toEqual({ ...initial, "IX.1": 2 });
    expect(afterRepeat).toEqual(afterAmendment);
    expect((await versions())["IX.1"]).toBe(3);
    expect(new Set((await db.getRepository(Target).find()).map((t) => t.version))).toEqual(new Set([1]));
  });

  it("updates a target's direction and band like any other field when its wording changes, raising its version", async () => {
    await importPlanDocument(db, document);
    const row = () =>
      db
        .getRepository(Target)
        .findOneByOrFail({ code: "MANUFACTURING_OUTPUT_SHARE_2015" })
        .then(({ direction, min, max, version }) => ({ direction, min, max, version }));
    const before = await row();
    const reworded = document.replace(
      "chế tạo trong tổng giá trị sản xuất công nghiệp đạt 35%",
      "chế tạo trong tổng giá trị sản xuất công nghiệp đạt khoảng 35%",
    );

    const summary = await importPlanDocument(db, reworded);

    expect(before).toEqual({ direction: TargetDirection.AT_LEAST, min: 35, max: 35, version: 1 });
    expect(summary.changes["target"]).toEqual({ inserted: 0, updated: 1, deleted: 0 });
    expect(await row()).toEqual({ direction: TargetDirection.WITHIN_BAND, min: 34.5, max: 35.5, version: 2 });
    expect((await trail(db)).at(-1)!.subjects).toEqual([
      "Indicator|MANUFACTURING_OUTPUT_SHARE",
      "Plan|3438/KH-UBND",
      "Target|MANUFACTURING_OUTPUT_SHARE_2015",
    ]);
  });

  it("rejects a document with an unknown agency and leaves the registry as it was", async () => {
    await importPlanDocument(db, document);
    const before = await snapshot(db);
    const broken = document.replace("Sở: TC, GDĐT", "Sở: TC, Sở Du hành vũ trụ");

    await expect(importPlanDocument(db, broken)).rejects.toThrow(/I\.6.*Sở Du hành vũ trụ/);
    expect(await snapshot(db)).toEqual(before);
  });

  it("refuses to replace a different plan unless asked", async () => {
    await importPlanDocument(db, document);
    const other = document.replace("3438/KH-UBND", "1234/KH-UBND");
    const before = await snapshot(db);

    await expect(importPlanDocument(db, other)).rejects.toThrow(/holds plan 3438\/KH-UBND.*--replace/);
    expect(await snapshot(db)).toEqual(before);

    // Asked (--replace): the other plan takes the registry's one place, recorded as a change from the old.
    const replaced = await importPlanDocument(db, other, { replace: true });

    expect(replaced.changes["plan"]).toEqual({ inserted: 1, updated: 0, deleted: 1 });
    expect((await db.getRepository(Plan).find()).map((plan) => plan.number)).toEqual(["1234/KH-UBND"]);
    expect((await trail(db)).at(-1)).toMatchObject({
      id: replaced.auditEntryId,
      entityKey: "1234/KH-UBND",
      before: { plan: "3438/KH-UBND" },
      after: { plan: "1234/KH-UBND" },
    });
  });

  it("loads the indicator catalogue, each indicator in its agency's domain, and the plan's horizon", async () => {
    const summary = await importPlanDocument(db, document);

    expect(summary.changes["indicator"]).toEqual({ inserted: INDICATOR_CATALOGUE.length, updated: 0, deleted: 0 });
    const indicators = await db.getRepository(Indicator).find({ order: { position: "ASC" } });
    expect(indicators.map((i) => i.code)).toEqual(INDICATOR_CATALOGUE.map((r) => r.code));
    expect(indicators.find((i) => i.code === "IIP")).toMatchObject({
      agencyCode: "THONGKE",
      domain: Domain.INDUSTRY,
      requirementPosition: 1,
      requirementItemIndex: 0,
    });
    expect(indicators.find((i) => i.code === "TRAINING_COURSES")).toMatchObject({
      domain: Domain.LABOUR,
      requirementPosition: 6,
      requirementItemIndex: 1,
    });
    expect(indicators.find((i) => i.code === "IIP_GROWTH")).toMatchObject({
      requirementPosition: null,
      requirementItemIndex: null,
    });
    const targets = await db.getRepository(Target).find();
    expect(targets).toHaveLength(9);
    expect(new Set(targets.map((t) => t.domain))).toEqual(new Set([Domain.INDUSTRY]));
    expect((await db.getRepository(Plan).findOneByOrFail({ number: "3438/KH-UBND" })).horizonYear).toBe(2020);
  });

  it("imports a document without an appendix: tasks and targets, no reporting units, indicators owed by no item, and a warning", async () => {
    const cut = document.indexOf("\nPHỤ LỤC\n");
    const withoutAppendix = `Số: 3438/KH-UBND\nHải Phòng, ngày 08 tháng 6 năm 2012\n${document.slice(0, cut)}`;

    const summary = await importPlanDocument(db, withoutAppendix);

    expect(summary.counts).toMatchObject({ tasks: 55, targets: 9, reportingRequirements: 0 });
    expect(summary.warnings).toContainEqual({
      where: "appendix",
      message: expect.stringMatching(/it names no reporting units/),
    });
    const indicators = await db.getRepository(Indicator).find();
    expect(indicators).toHaveLength(INDICATOR_CATALOGUE.length);
    expect(indicators.filter((i) => i.requirementPosition !== null || i.requirementItemIndex !== null)).toEqual([]);
    expect(await db.getRepository(Target).count()).toBe(9);
    expect(await db.getRepository(Plan).findOneByOrFail({ number: "3438/KH-UBND" })).toMatchObject({
      issuedOn: "2012-06-08",
    });
  });

  it("applies a changed catalogue entry as an update of that indicator alone", async () => {
    await importPlanDocument(db, document);
    const renamed = INDICATOR_CATALOGUE.map((r) =>
      r.code === "IIP" ? { ...r, nameEn: "Industrial production index" } : r,
    );

    const summary = await importPlanDocument(db, document, { indicators: renamed });

    expect(summary.changes["indicator"]).toEqual({ inserted: 0, updated: 1, deleted: 0 });
    expect((await db.getRepository(Indicator).findOneByOrFail({ code: "IIP" })).nameEn).toBe(
      "Industrial production index",
    );
  });

  describe("refuses, naming the cause, and writes nothing", () => {
    const refusals: Array<{
      name: string;
      options?: Parameters<typeof importPlanDocument>[2];
      text?: () => string;
      message: RegExp;
    }> = [
      {
        name: "a target whose indicator is not in the catalogue",
        options: { indicators: catalogueWithout("IIP_GROWTH") },
        message: /target IIP_GROWTH_2011_2015: its indicator IIP_GROWTH .* is not in the indicator catalogue/,
      },
      {
        name: "an appendix item no catalogue indicator answers",
        options: { indicators: catalogueWithout("TECHNOLOGY_OWNERSHIP_REGISTRATIONS") },
        message:
          /appendix row 7 \(Sở Khoa học và Công nghệ\), item 4: no indicator .* "Tình hình đăng ký bảo hộ sở hữu công nghệ;"/,
      },
      {
        name: "an appendix item the document adds and the catalogue lacks",
        text: () =>
          document.replace(
            "- Kết quả xây dựng kết cấu hạ tầng phát triển công nghiệp nông thôn.",
            "- Kết quả xây dựng kết cấu hạ tầng phát triển công nghiệp nông thôn.\n\n- Số hợp tác xã công nghiệp.",
          ),
        message: /appendix row 9 .*, item 2: no indicator .* "Số hợp tác xã công nghiệp\."/,
      },
      {
        name: "a catalogue indicator answering an appendix row the document does not have",
        options: { indicators: catalogueWith({ requirement: { position: 10, item: 0 } }) },
        message: /EXTRA answers appendix row 10, which the document does not have \(its rows: 1–9\)/,
      },
      {
        name: "a catalogue indicator answering an item its row does not have",
        options: { indicators: catalogueWith({ agency: "NNPTNT", requirement: { position: 9, item: 2 } }) },
        message: /EXTRA answers item 2 of appendix row 9 .*, which has 2 items/,
      },
      {
        name: "a catalogue indicator answering another unit's row",
        options: { indicators: catalogueWith({ agency: "THONGKE", requirement: { position: 2, item: 0 } }) },
        message: /EXTRA is reported by THONGKE but answers appendix row 2, whose unit is CUCTHUE/,
      },
      {
        name: "a catalogue indicator of an agency with no domain",
        options: { indicators: catalogueWith({ agency: "GDDT" }) },
        message: /EXTRA is reported by GDDT, which belongs to no reporting domain/,
      },
      {
        name: "a catalogue indicator of an unknown agency",
        options: { indicators: catalogueWith({ agency: "NOPE" }) },
        message: /EXTRA is reported by agency NOPE, which the agency catalogue lacks/,
      },
      {
        name: "an indicator listed twice",
        options: { indicators: [...INDICATOR_CATALOGUE, INDICATOR_CATALOGUE[0]] },
        message: /INDUSTRY_CONSTRUCTION_GDP_SHARE is listed twice/,
      },
      {
        name: "an appendix unit with no domain",
        text: () => document.replace("\t9\n\tSở Nông nghiệp và Phát triển Nông thôn", "\t9\n\tSở Giáo dục và Đào tạo"),
        message: /appendix row 9: reporting unit GDDT \(Sở Giáo dục và Đào tạo\) belongs to no reporting domain/,
      },
      {
        name: "an appendix unit in two rows",
        text: () =>
          document.replace("\t9\n\tSở Nông nghiệp và Phát triển Nông thôn", "\t9\n\tSở Khoa học và Công nghệ"),
        message: /appendix row 9: reporting unit KHCN .* already has row 7/,
      },
    ];

    it.each(refusals)("$name", async ({ options, text, message }) => {
      await importPlanDocument(db, document);
      const before = await snapshot(db);

      const attempt = importPlanDocument(db, text ? text() : document, options);

      await expect(attempt).rejects.toThrow(PlanDocumentError);
      await expect(attempt).rejects.toThrow(message);
      expect(await snapshot(db)).toEqual(before);
    });
  });
});
