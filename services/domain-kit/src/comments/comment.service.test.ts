import "reflect-metadata";

import { AuditEntry, type AuditWriter, type Role } from "@hpig/kit";
import { openTestDataSource, TEST_DATABASE_KIND } from "@hpig/kit/testing";
import type { DataSource } from "typeorm";

import { REPORTING_ENTITIES } from "../entities";
import { createReportingLoaders } from "../loaders";
import { reportingMigrations } from "../migrations";
import { ProgressReport } from "../progress/progress-report.entity";
import { TaskReference } from "../registry/task-reference.entity";
import { recordTaskComment } from "./comment.service";
import { TaskComment } from "./task-comment.entity";

const NOW = new Date("2014-07-10T03:00:00.000Z");

function caller(roles: Role[], agency: string | null, name = `Cán bộ ${agency ?? roles[0]}`): AuditWriter {
  return { principal: { subject: `${agency ?? roles[0]}-1`.toLowerCase(), name, agency, roles }, requestId: "req-c" };
}
const editorOf = (agency: string, name?: string) => caller(["editor"], agency, name);

describe(`comments on tasks (${TEST_DATABASE_KIND})`, () => {
  let db: DataSource;
  let close: () => Promise<void>;
  const comments = () => db.getRepository(TaskComment).find({ order: { id: "ASC" } });
  const audit = () => db.getRepository(AuditEntry).find({ order: { id: "ASC" } });

  beforeEach(async () => {
    ({ db, close } = await openTestDataSource({
      name: "comments",
      entities: REPORTING_ENTITIES,
      migrations: reportingMigrations,
    }));
    await db.getRepository(TaskReference).insert([
      {
        code: "V.1",
        domain: "LABOUR",
        startYear: 2012,
        endYear: 2015,
        leadAgencies: ["LDTBXH"],
        coordinatingAgencies: ["GDDT", "KHDT"],
      },
      {
        code: "II.2",
        domain: "INDUSTRY",
        startYear: 2012,
        endYear: 2020,
        leadAgencies: ["CT"],
        coordinatingAgencies: ["LDTBXH"],
      },
    ]);
  });
  afterEach(async () => {
    await close?.();
  });

  it("records a coordinating agency's comment, with its author from the token, and one audit entry", async () => {
    const saved = await recordTaskComment(
      db,
      "LABOUR",
      { taskCode: "V.1", text: "Sở GD&ĐT đã phối hợp mở 4 lớp trung cấp nghề." },
      NOW,
      editorOf("GDDT", "Đỗ Thị Hoa"),
    );

    expect(await comments()).toEqual([
      {
        id: saved.id,
        taskCode: "V.1",
        agencyCode: "GDDT",
        authorSubject: "gddt-1",
        authorName: "Đỗ Thị Hoa",
        text: "Sở GD&ĐT đã phối hợp mở 4 lớp trung cấp nghề.",
        createdAt: NOW.toISOString(),
      },
    ]);
    const entries = await audit();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      action: "task.comment",
      entityType: "TaskComment",
      entityKey: `V.1/${saved.id}`,
      actorAgency: "GDDT",
      before: null,
      after: { ...saved },
    });
    // A comment is no progress report: the status stays what the leads report.
    expect(await db.getRepository(ProgressReport).count()).toBe(0);
  });

  it("lets the lead comment too, and serves a task's comments and history oldest first, in one batch", async () => {
    await recordTaskComment(db, "LABOUR", { taskCode: "V.1", text: "Một" }, NOW, editorOf("LDTBXH"));
    await recordTaskComment(db, "LABOUR", { taskCode: "V.1", text: "Hai" }, NOW, editorOf("KHDT"));

    const loaders = createReportingLoaders(db);
    const [v1, other] = await Promise.all([loaders.commentsByTask.load("V.1"), loaders.commentsByTask.load("V.3")]);
    const [history] = await Promise.all([loaders.auditHistory.load("Task|V.1"), loaders.auditHistory.load("Task|V.3")]);

    expect(v1.map((c) => [c.agencyCode, c.text])).toEqual([
      ["LDTBXH", "Một"],
      ["KHDT", "Hai"],
    ]);
    expect(other).toEqual([]);
    expect(history.map((row) => (row.entry.after as { text: string }).text)).toEqual(["Một", "Hai"]);
  });

  it.each<[string, AuditWriter, string]>([
    ["an editor of an unrelated agency", editorOf("TNMT"), "you are an editor of TNMT"],
    ["a viewer of the lead", caller(["viewer"], "LDTBXH"), "you are a viewer of LDTBXH"],
    ["the committee", caller(["committee"], null), "you are a member of the committee"],
    ["the standing office", caller(["standing-office"], "CT"), "you are on the standing office"],
    ["a service", caller(["service"], null), "you are a service"],
  ])("refuses %s with FORBIDDEN and writes nothing", async (_who, writer, phrase) => {
    const attempt = recordTaskComment(db, "LABOUR", { taskCode: "V.1", text: "x" }, NOW, writer);

    await expect(attempt).rejects.toMatchObject({
      extensions: { code: "FORBIDDEN" },
      message: `Only an editor of an agency that leads or coordinates task V.1 (LDTBXH, GDDT or KHDT) may comment on it; ${phrase}.`,
    });
    expect([await comments(), await audit()]).toEqual([[], []]);
  });

  it.each<[string, string, string, string]>([
    ["an unknown task", "V.99", "   ", "UNKNOWN_TASK"],
    ["another domain's task", "II.2", "Ý kiến", "TASK_NOT_OWNED"],
    ["a blank comment", "V.1", "   ", "BAD_USER_INPUT"],
    ["a comment of 4 001 characters", "V.1", "a".repeat(4_001), "BAD_USER_INPUT"],
  ])("refuses %s (%s) and writes nothing", async (_case, taskCode, text, code) => {
    const attempt = recordTaskComment(db, "LABOUR", { taskCode, text }, NOW, editorOf("LDTBXH"));

    await expect(attempt).rejects.toMatchObject({ extensions: { code } });
    expect([await comments(), await audit()]).toEqual([[], []]);
  });
});
