import "reflect-metadata";
import { createDataSource, createLogger } from "@hpig/kit";
import {
  TEST_DATABASE_KIND,
  createTestDatabase,
  openMigratedDataSource,
  pendingSchemaChanges,
} from "@hpig/kit/testing";
import { planSubgraph } from "../subgraph";
import { CreateRegistry1764230400000 } from "./1764230400000-create-registry";

describe(`plan migrations (${TEST_DATABASE_KIND})`, () => {
  it("create exactly the schema the entities describe, and roll back cleanly", async () => {
    const database = await createTestDatabase(TEST_DATABASE_KIND, "plan");
    const db = await openMigratedDataSource(planSubgraph, database.url);
    try {
      expect(await pendingSchemaChanges(db)).toEqual([]);

      for (let remaining = db.migrations.length; remaining > 0; remaining--) await db.undoLastMigration();
      const tables = await db
        .createQueryRunner()
        .getTables([
          "task",
          "agency",
          "indicator",
          "reporting_deadline",
          "audit_entry",
          "audit_subject",
          "directive",
          "directive_addressee",
          "directive_response",
          "adjustment_proposal",
        ]);
      expect(tables).toEqual([]);
    } finally {
      await db.destroy();
      await database.drop();
    }
  });

  it("upgrade a registry imported before the indicators: horizon from the title, targets in the industry domain, every row at version 1", async () => {
    const database = await createTestDatabase(TEST_DATABASE_KIND, "plan");
    const old = await createDataSource({
      url: database.url,
      entities: [],
      migrations: [CreateRegistry1764230400000],
      logger: createLogger("plan", "silent"),
    });
    await old.initialize();
    await old.runMigrations({ transaction: "each" });
    await old.query("INSERT INTO plan (number, issued_on, title, signed_by, source_sha256) VALUES (?, ?, ?, ?, ?)", [
      "3438/KH-UBND",
      "2012-06-08",
      "… ĐẾN NĂM 2015, ĐỊNH HƯỚNG ĐẾN NĂM 2020.",
      null,
      "0".repeat(64),
    ]);
    await old.query(
      "INSERT INTO target (code, position, indicator_code, description, measure, from_year, to_year, min, max, unit, source_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      ["IIP_GROWTH_2011_2015", 1, "IIP_GROWTH", "IIP", "AVERAGE_ANNUAL_GROWTH", 2011, 2015, 13.5, 14.5, "%/năm", "…"],
    );
    await old.destroy();

    const db = await openMigratedDataSource(planSubgraph, database.url);
    try {
      expect(await db.query("SELECT horizon_year FROM plan")).toEqual([{ horizon_year: 2020 }]);
      expect(await db.query("SELECT code, domain, version FROM target")).toEqual([
        { code: "IIP_GROWTH_2011_2015", domain: "INDUSTRY", version: 1 },
      ]);
      expect(await pendingSchemaChanges(db)).toEqual([]);
    } finally {
      await db.destroy();
      await database.drop();
    }
  });
});
