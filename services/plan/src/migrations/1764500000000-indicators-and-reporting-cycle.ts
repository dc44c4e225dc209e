import { type MigrationInterface, type QueryRunner, Table, TableColumn, TableForeignKey } from "typeorm";

/**
 * The indicator catalogue, the plan's horizon, the domain of each target, and the deadlines the
 * committee sets for the December obligations. A registry imported before this migration keeps
 * working: its plan's horizon is read from its title, and its targets get the domain of the
 * indicators Plan 3438 sets them on (all reported by Cục Thống kê, in the industry domain); the next
 * import recomputes both from the document and the catalogues, and fills the indicator table.
 */
export class IndicatorsAndReportingCycle1764500000000 implements MigrationInterface {
  name = "IndicatorsAndReportingCycle1764500000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn("plan", new TableColumn({ name: "horizon_year", type: "integer", isNullable: true }));
    const plans = (await queryRunner.query("SELECT number, title FROM plan")) as Array<{
      number: string;
      title: string;
    }>;
    for (const plan of plans) {
      await queryRunner.query("UPDATE plan SET horizon_year = ? WHERE number = ?", [horizonOf(plan), plan.number]);
    }
    await queryRunner.changeColumn(
      "plan",
      "horizon_year",
      new TableColumn({ name: "horizon_year", type: "integer", isNullable: false }),
    );

    await queryRunner.addColumn(
      "target",
      new TableColumn({ name: "domain", type: "varchar", length: "32", isNullable: true }),
    );
    await queryRunner.query("UPDATE target SET domain = ?", ["INDUSTRY"]);
    await queryRunner.changeColumn(
      "target",
      "domain",
      new TableColumn({ name: "domain", type: "varchar", length: "32", isNullable: false }),
    );

    await queryRunner.createTable(
      new Table({
        name: "indicator",
        columns: [
          { name: "code", type: "varchar", length: "64", isPrimary: true },
          { name: "name", type: "text" },
          { name: "name_en", type: "text" },
          { name: "agency_code", type: "varchar", length: "32" },
          { name: "requirement_position", type: "integer", isNullable: true },
          { name: "requirement_item", type: "integer", isNullable: true },
          { name: "domain", type: "varchar", length: "32" },
          { name: "position", type: "integer" },
        ],
        foreignKeys: [
          new TableForeignKey({
            name: "fk_indicator_agency",
            columnNames: ["agency_code"],
            referencedTableName: "agency",
            referencedColumnNames: ["code"],
            onDelete: "NO ACTION",
            onUpdate: "NO ACTION",
          }),
          new TableForeignKey({
            name: "fk_indicator_requirement",
            columnNames: ["requirement_position"],
            referencedTableName: "reporting_requirement",
            referencedColumnNames: ["position"],
            onDelete: "NO ACTION",
            onUpdate: "NO ACTION",
          }),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: "reporting_deadline",
        columns: [
          { name: "agency_code", type: "varchar", length: "32", isPrimary: true },
          { name: "year", type: "integer", isPrimary: true },
          { name: "deadline", type: "varchar", length: "10" },
          { name: "set_by", type: "varchar", length: "255" },
          { name: "set_at", type: "varchar", length: "24" },
        ],
        foreignKeys: [
          new TableForeignKey({
            name: "fk_reporting_deadline_agency",
            columnNames: ["agency_code"],
            referencedTableName: "agency",
            referencedColumnNames: ["code"],
            onDelete: "NO ACTION",
            onUpdate: "NO ACTION",
          }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable("reporting_deadline");
    await queryRunner.dropTable("indicator");
    await queryRunner.dropColumn("target", "domain");
    await queryRunner.dropColumn("plan", "horizon_year");
  }
}

/** The last year a plan's title names ("… ĐỊNH HƯỚNG ĐẾN NĂM 2020." → 2020), as the importer reads it. */
function horizonOf(plan: { number: string; title: string }): number {
  const years = [...plan.title.matchAll(/năm\s+(\d{4})/giu)].map((match) => Number(match[1]));
  const horizon = years.at(-1);
  if (horizon === undefined) {
    throw new Error(`plan ${plan.number}: its title names no horizon year ("… ĐẾN NĂM 2020"); re-import it`);
  }
  return horizon;
}
