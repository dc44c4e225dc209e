import { type MigrationInterface, type QueryRunner, Table, TableIndex, TableUnique } from "typeorm";

/** The investment projects KHĐT and BQLKKT keep, and the adjustments of each. */
export class CreateInvestmentProjects1767000000001 implements MigrationInterface {
  name = "CreateInvestmentProjects1767000000001";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: "investment_project",
        columns: [
          { name: "id", type: "varchar", length: "36", isPrimary: true },
          { name: "certificate_number", type: "varchar", length: "64" },
          { name: "certificate_date", type: "varchar", length: "10" },
          { name: "name", type: "varchar", length: "255" },
          { name: "investor", type: "varchar", length: "255" },
          { name: "country", type: "varchar", length: "2" },
          { name: "sector", type: "varchar", length: "8" },
          { name: "park_code", type: "varchar", length: "32", isNullable: true },
          { name: "capital_vnd", type: "decimal", precision: 20, scale: 0 },
          { name: "capital_usd", type: "decimal", precision: 16, scale: 2 },
          { name: "leased_area_ha", type: "decimal", precision: 10, scale: 2 },
          { name: "status", type: "varchar", length: "16" },
          { name: "terminated_on", type: "varchar", length: "10", isNullable: true },
          { name: "sample", type: "boolean" },
        ],
        uniques: [new TableUnique({ name: "uq_investment_project_certificate", columnNames: ["certificate_number"] })],
        indices: [
          new TableIndex({ name: "idx_investment_project_park", columnNames: ["park_code"] }),
          new TableIndex({ name: "idx_investment_project_date", columnNames: ["certificate_date"] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "investment_project_adjustment",
        columns: [
          { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
          { name: "project_id", type: "varchar", length: "36" },
          { name: "sequence", type: "integer" },
          { name: "adjusted_on", type: "varchar", length: "10" },
          { name: "decision", type: "varchar", length: "64" },
          { name: "changes", type: "text" },
          { name: "recorded_at", type: "varchar", length: "24" },
          { name: "recorded_by", type: "varchar", length: "255" },
        ],
        uniques: [
          new TableUnique({ name: "uq_investment_project_adjustment", columnNames: ["project_id", "sequence"] }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable("investment_project_adjustment");
    await queryRunner.dropTable("investment_project");
  }
}
