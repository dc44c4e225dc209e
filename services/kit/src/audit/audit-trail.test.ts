import "reflect-metadata";

import type { DataSource } from "typeorm";

import { runInTransaction } from "../database";
import { openTestDataSource, pendingSchemaChanges, TEST_DATABASE_KIND } from "../testing";
import { CreateAuditTrail1764600000000 } from "./1764600000000-create-audit-trail";
import { AuditEntry, AuditSubject } from "./audit-entry.entity";
import { auditHistoryLoader, type AuditWriter, findAuditEntries, recordAudit } from "./audit-trail";
import { AUDIT_ENTITIES } from "./index";

const editor = {
  principal: { subject: "u1", name: "Nguyễn Văn An", agency: "LDTBXH", roles: ["editor" as const] },
  requestId: "req-1",
};
const standingOffice = {
  principal: { subject: "u2", name: "Trần Thị Bình", agency: "CT", roles: ["standing-office" as const] },
  requestId: "req-2",
};

describe(`the audit trail (${TEST_DATABASE_KIND})`, () => {
  let db: DataSource;
  let close: () => Promise<void>;

  beforeEach(async () => {
    ({ db, close } = await openTestDataSource({
      name: "audit",
      entities: AUDIT_ENTITIES,
      migrations: [CreateAuditTrail1764600000000],
    }));
  });
  afterEach(async () => {
    await close?.();
  });

  it("migrates to exactly the schema its entities describe", async () => {
    expect(await pendingSchemaChanges(db)).toEqual([]);
  });

  it("records who, when, what, before and after, and what it concerns", async () => {
    await runInTransaction(db, (manager) =>
      recordAudit(
        manager,
        editor,
        {
          action: "progress.correct",
          entityType: "ProgressReport",
          entityKey: "V.1/LDTBXH/2013-H1",
          before: { percentComplete: 40, revision: 1 },
          after: { percentComplete: 45, revision: 2 },
          subjects: [{ type: "Task", key: "V.1" }],
        },
        new Date("2026-11-27T03:00:00.000Z"),
      ),
    );

    const [entry] = await db.getRepository(AuditEntry).find();
    expect(entry).toMatchObject({
      at: "2026-11-27T03:00:00.000Z",
      actorSubject: "u1",
      actorName: "Nguyễn Văn An",
      actorAgency: "LDTBXH",
      actorRoles: ["editor"],
      action: "progress.correct",
      entityType: "ProgressReport",
      entityKey: "V.1/LDTBXH/2013-H1",
      before: { percentComplete: 40, revision: 1 },
      after: { percentComplete: 45, revision: 2 },
      requestId: "req-1",
    });
    // What it concerns is kept beside the entry, for the task's history.
    expect(await db.getRepository(AuditSubject).find()).toEqual([
      { entryId: entry.id, subjectType: "Task", subjectKey: "V.1" },
    ]);
  });

  it("leaves no entry when the change's transaction fails", async () => {
    const attempt = runInTransaction(db, async (manager) => {
      await recordAudit(
        manager,
        editor,
        { action: "x", entityType: "X", entityKey: "1", before: null, after: {}, subjects: [] },
        new Date(),
      );
      throw new Error("the change itself failed");
    });

    await expect(attempt).rejects.toThrow("the change itself failed");
    expect(await db.getRepository(AuditEntry).count()).toBe(0);
  });

  it("filters the trail by agency, entity and time, newest first, and gives each record's history in one batch", async () => {
    const write = (writer: AuditWriter, key: string, at: string, subjects: Array<{ type: string; key: string }>) =>
      runInTransaction(db, (manager) =>
        recordAudit(
          manager,
          writer,
          {
            action: "a",
            entityType: key.startsWith("T") ? "Task" : "Observation",
            entityKey: key,
            before: null,
            after: { key },
            subjects,
          },
          new Date(at),
        ),
      );
    await write(editor, "T1", "2026-01-01T00:00:00.000Z", [{ type: "Task", key: "V.1" }]);
    await write(standingOffice, "T2", "2026-02-01T00:00:00.000Z", [
      { type: "Task", key: "V.1" },
      { type: "Task", key: "V.2" },
    ]);
    await write(editor, "O1", "2026-03-01T00:00:00.000Z", [{ type: "Indicator", key: "IIP" }]);

    const keys = (entries: AuditEntry[]) => entries.map((e) => e.entityKey);
    expect(keys(await findAuditEntries(db, { limit: 10 }))).toEqual(["O1", "T2", "T1"]);
    expect(keys(await findAuditEntries(db, { agency: "LDTBXH", limit: 10 }))).toEqual(["O1", "T1"]);
    expect(keys(await findAuditEntries(db, { entityType: "Task", limit: 10 }))).toEqual(["T2", "T1"]);
    expect(
      keys(await findAuditEntries(db, { from: "2026-01-15T00:00:00.000Z", to: "2026-03-01T00:00:00.000Z", limit: 10 })),
    ).toEqual(["T2"]);
    expect(keys(await findAuditEntries(db, { subject: { type: "Task", key: "V.2" }, limit: 10 }))).toEqual(["T2"]);

    const history = auditHistoryLoader(db);
    const [v1, v2, iip, none] = await Promise.all(
      ["Task|V.1", "Task|V.2", "Indicator|IIP", "Task|IX.9"].map((key) => history.load(key)),
    );
    const keysOf = (rows: Array<{ entry: AuditEntry }>) => rows.map((r) => r.entry.entityKey);
    // T2 concerns both V.1 and V.2: it belongs to both histories.
    expect([keysOf(v1), keysOf(v2), keysOf(iip), none]).toEqual([["T1", "T2"], ["T2"], ["O1"], []]);
  });
});
