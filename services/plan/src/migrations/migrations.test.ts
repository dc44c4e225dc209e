import "reflect-metadata";

import { createDataSource, createLogger } from "@hpig/kit";
import {
  createTestDatabase,
  openMigratedDataSource,
  pendingSchemaChanges,
  TEST_DATABASE_KIND,
} from "@hpig/kit/testing";

import { planSubgraph } from "../subgraph";
import { planMigrations } from ".";
import { CreateRegistry1764230400000 } from "./1764230400000-create-registry";
import { DecemberObligations1765200000000 } from "./1765200000000-december-obligations";

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

  it("upgrade a registry imported before the indicators: horizon from the title, targets in the industry domain, every row at version 1, directions read from the stored clauses", async () => {
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
    const insertTarget =
      "INSERT INTO target (code, position, indicator_code, description, measure, from_year, to_year, min, max, unit, source_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    await old.query(insertTarget, [
      "IIP_GROWTH_2011_2015",
      1,
      "IIP_GROWTH",
      "IIP",
      "AVERAGE_ANNUAL_GROWTH",
      2011,
      2015,
      13.5,
      14.5,
      "%/năm",
      "Chỉ số phát triển sản xuất công nghiệp (IIP) tăng bình quân 13,5 - 14,5%/năm giai đoạn 2011-2015",
    ]);
    // "chiếm" a band, as the real document writes it, and a clause the importer would now refuse.
    await old.query(insertTarget, [
      "INDUSTRY_GDP_SHARE_2015",
      2,
      "INDUSTRY_GDP_SHARE",
      "GDP công nghiệp",
      "SHARE",
      2015,
      2015,
      31,
      32,
      "%",
      "trong đó GDP công nghiệp chiếm 31 - 32%",
    ]);
    await old.query(insertTarget, [
      "INDUSTRY_GDP_SHARE_2020",
      3,
      "INDUSTRY_GDP_SHARE",
      "GDP công nghiệp",
      "SHARE",
      2020,
      2020,
      5,
      5,
      "%",
      "trong đó GDP công nghiệp giảm 5%",
    ]);
    await old.destroy();

    const db = await openMigratedDataSource(planSubgraph, database.url);
    try {
      expect(await db.query("SELECT horizon_year FROM plan")).toEqual([{ horizon_year: 2020 }]);
      expect(await db.query("SELECT code, domain, version, direction FROM target ORDER BY position")).toEqual([
        { code: "IIP_GROWTH_2011_2015", domain: "INDUSTRY", version: 1, direction: "AT_LEAST" },
        { code: "INDUSTRY_GDP_SHARE_2015", domain: "INDUSTRY", version: 1, direction: "WITHIN_BAND" },
        // "giảm" without "xuống": the column's default, the paragraph's "Phấn đấu đạt"; the next import names the clause.
        { code: "INDUSTRY_GDP_SHARE_2020", domain: "INDUSTRY", version: 1, direction: "AT_LEAST" },
      ]);
      expect(await pendingSchemaChanges(db)).toEqual([]);
    } finally {
      await db.destroy();
      await database.drop();
    }
  });

  it("upgrade a registry imported before the December rules: row 1's figures from its stored text, earlier deadlines without a reason", async () => {
    const database = await createTestDatabase(TEST_DATABASE_KIND, "plan");
    const old = await createDataSource({
      url: database.url,
      entities: [],
      migrations: planMigrations.filter((migration) => migration !== DecemberObligations1765200000000),
      logger: createLogger("plan", "silent"),
    });
    await old.initialize();
    await old.runMigrations({ transaction: "each" });
    for (const [code, position] of [
      ["THONGKE", 1],
      ["CUCTHUE", 2],
    ] as const) {
      await old.query("INSERT INTO agency (code, name, name_en, kind, domain, position) VALUES (?, ?, ?, ?, ?, ?)", [
        code,
        code,
        code,
        "DEPARTMENT",
        "INDUSTRY",
        position,
      ]);
    }
    const rows = [
      [
        1,
        "THONGKE",
        "Cục Thống kê",
        "Chỉ số phát triển sản xuất công nghiệp, … của doanh nghiệp công nghiệp theo số chính thức của năm trước và ước thực hiện năm báo cáo.",
      ],
      [
        2,
        "CUCTHUE",
        "Cục Thuế",
        "Tình hình nộp ngân sách của các doanh nghiệp công nghiệp trên địa bàn (chia theo phân ngành công nghiệp cấp 2).",
      ],
    ];
    for (const [position, agency, unit, content] of rows) {
      await old.query(
        "INSERT INTO reporting_requirement (position, agency_code, unit_as_written, content, items) VALUES (?, ?, ?, ?, ?)",
        [position, agency, unit, content, JSON.stringify([content])],
      );
    }
    await old.query(
      "INSERT INTO reporting_deadline (agency_code, year, deadline, set_by, set_at) VALUES (?, ?, ?, ?, ?)",
      ["CUCTHUE", 2015, "2016-01-15", "Trần Thị Bình", "2015-11-02T03:00:00.000Z"],
    );
    await old.destroy();

    const db = await openMigratedDataSource(planSubgraph, database.url);
    try {
      expect(await db.query("SELECT position, required_figures FROM reporting_requirement ORDER BY position")).toEqual([
        { position: 1, required_figures: "PREVIOUS_YEAR_OFFICIAL_AND_REPORTING_YEAR_ESTIMATE" },
        { position: 2, required_figures: "REPORTING_YEAR_FIGURE" },
      ]);
      expect(await db.query("SELECT agency_code, deadline, reason FROM reporting_deadline")).toEqual([
        { agency_code: "CUCTHUE", deadline: "2016-01-15", reason: null },
      ]);
      expect(await pendingSchemaChanges(db)).toEqual([]);
    } finally {
      await db.destroy();
      await database.drop();
    }
  });
});
