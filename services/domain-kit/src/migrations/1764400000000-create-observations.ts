import { type MigrationInterface, type QueryRunner, Table, TableIndex, TableUnique } from "typeorm";

/** Indicator values (one row per revision of each indicator, period and breakdown cell), and the copy of the catalogue. */
export class CreateObservations1764400000000 implements MigrationInterface {
  name = "CreateObservations1764400000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: "observation",
        columns: [
          { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
          { name: "indicator_code", type: "varchar", length: "64" },
          { name: "period", type: "varchar", length: "7" },
          { name: "period_type", type: "varchar", length: "16" },
          { name: "period_end", type: "varchar", length: "10" },
          { name: "breakdown_key", type: "varchar", length: "255" },
          { name: "breakdown", type: "text" },
          { name: "value", type: "decimal", precision: 24, scale: 6 },
          { name: "status", type: "varchar", length: "16" },
          { name: "source", type: "varchar", length: "255", isNullable: true },
          { name: "comment", type: "text", isNullable: true },
          { name: "reporter", type: "varchar", length: "255" },
          { name: "recorded_at", type: "varchar", length: "24" },
          { name: "revision", type: "integer" },
          { name: "outlier", type: "boolean" },
          { name: "outlier_note", type: "varchar", length: "255", isNullable: true },
          { name: "sample", type: "boolean" },
        ],
        uniques: [
          new TableUnique({
            name: "uq_observation_revision",
            columnNames: ["indicator_code", "period", "breakdown_key", "revision"],
          }),
        ],
        indices: [new TableIndex({ name: "idx_observation_indicator", columnNames: ["indicator_code", "period_end"] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "indicator_reference",
        columns: [
          { name: "code", type: "varchar", length: "64", isPrimary: true },
          { name: "agency_code", type: "varchar", length: "32" },
          { name: "position", type: "integer" },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable("indicator_reference");
    await queryRunner.dropTable("observation");
  }
}
