import "reflect-metadata";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { TEST_DATABASE_KIND, type TestDatabase, createTestDatabase, openMigratedDataSource } from "@hpig/kit/testing";
import type { DataSource } from "typeorm";
import { Agency } from "../agency/agency.entity";
import { planSubgraph } from "../subgraph";
import { Task } from "../task/task.entity";
import { TaskAssignment } from "../task/task-assignment.entity";
import { importPlanDocument } from "./import-plan";

const document = readFileSync(join(__dirname, "..", "..", "data", "ke-hoach-3438-KH-UBND-2012.txt"), "utf8");

async function snapshot(db: DataSource) {
  return {
    tasks: await db.getRepository(Task).find({ order: { code: "ASC" } }),
    assignments: await db
      .getRepository(TaskAssignment)
      .find({ order: { taskCode: "ASC", agencyCode: "ASC", role: "ASC" } }),
    agencies: await db.getRepository(Agency).find({ order: { code: "ASC" } }),
  };
}

describe(`importing the plan document (${TEST_DATABASE_KIND})`, () => {
  let database: TestDatabase;
  let db: DataSource;

  beforeEach(async () => {
    database = await createTestDatabase(TEST_DATABASE_KIND, "plan");
    db = await openMigratedDataSource(planSubgraph, database.url);
  });
  afterEach(async () => {
    await db?.destroy();
    await database?.drop();
  });

  it("loads the whole registry, Vietnamese text intact", async () => {
    const summary = await importPlanDocument(db, document);

    expect(summary.counts).toEqual({
      agencies: 26,
      programGroups: 9,
      tasks: 55,
      assignments: expect.any(Number),
      targets: 9,
      reportingRequirements: 9,
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

    const dryRun = await importPlanDocument(db, amended, { dryRun: true });
    const unchanged = await db.getRepository(Task).findOneByOrFail({ code: "IX.1" });
    const applied = await importPlanDocument(db, amended);

    expect(dryRun.changes["task"]).toEqual({ inserted: 0, updated: 1, deleted: 0 });
    expect(unchanged.title).toContain("Quy hoạc ");
    expect(applied.changes["task"]).toEqual({ inserted: 0, updated: 1, deleted: 0 });
    expect((await db.getRepository(Task).findOneByOrFail({ code: "IX.1" })).title).toContain(
      "Quy hoạch phát triển công nghiệp",
    );
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

    await expect(importPlanDocument(db, other)).rejects.toThrow(/holds plan 3438\/KH-UBND.*--replace/);
  });
});
