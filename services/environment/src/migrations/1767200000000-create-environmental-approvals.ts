import { type MigrationInterface, type QueryRunner, Table, TableIndex, TableUnique } from "typeorm";

/** TNMT's records of EIA approvals and commitment registrations: each approval, and every revision of it. */
export class CreateEnvironmentalApprovals1767200000000 implements MigrationInterface {
  name = "CreateEnvironmentalApprovals1767200000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: "environmental_approval",
        columns: [
          { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
          { name: "kind", type: "varchar", length: "16" },
          { name: "revision", type: "integer" },
          { name: "decision_year", type: "integer" },
          { name: "decision_number", type: "varchar", length: "64" },
        ],
        uniques: [
          new TableUnique({
            name: "uq_environmental_approval_decision",
            columnNames: ["kind", "decision_year", "decision_number"],
          }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "environmental_approval_revision",
        columns: [
          { name: "approval_id", type: "integer", isPrimary: true },
          { name: "revision", type: "integer", isPrimary: true },
          { name: "kind", type: "varchar", length: "16" },
          { name: "project_name", type: "varchar", length: "500" },
          { name: "investor", type: "varchar", length: "255" },
          { name: "investment_project_id", type: "varchar", length: "64", isNullable: true },
          { name: "project_key", type: "varchar", length: "800" },
          { name: "decision_number", type: "varchar", length: "64" },
          { name: "decided_on", type: "varchar", length: "10" },
          { name: "approving_body", type: "varchar", length: "16" },
          { name: "park_code", type: "varchar", length: "32", isNullable: true },
          { name: "correction_reason", type: "varchar", length: "500", isNullable: true },
          { name: "recorded_by", type: "varchar", length: "255" },
          { name: "recorded_at", type: "varchar", length: "24" },
          { name: "sample", type: "boolean" },
        ],
        indices: [
          new TableIndex({ name: "idx_environmental_approval_revision_decided", columnNames: ["kind", "decided_on"] }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable("environmental_approval_revision");
    await queryRunner.dropTable("environmental_approval");
  }
}
