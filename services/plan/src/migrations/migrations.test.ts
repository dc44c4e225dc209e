import "reflect-metadata";
import {
  TEST_DATABASE_KIND,
  createTestDatabase,
  openMigratedDataSource,
  pendingSchemaChanges,
} from "@hpig/kit/testing";
import { planSubgraph } from "../subgraph";

describe(`plan migrations (${TEST_DATABASE_KIND})`, () => {
  it("create exactly the schema the entities describe, and roll back cleanly", async () => {
    const database = await createTestDatabase(TEST_DATABASE_KIND, "plan");
    const db = await openMigratedDataSource(planSubgraph, database.url);
    try {
      expect(await pendingSchemaChanges(db)).toEqual([]);

      for (let remaining = db.migrations.length; remaining > 0; remaining--) await db.undoLastMigration();
      const tables = await db.createQueryRunner().getTables(["task", "agency"]);
      expect(tables).toEqual([]);
    } finally {
      await db.destroy();
      await database.drop();
    }
  });
});
