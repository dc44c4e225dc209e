import { type MigrationInterface, type QueryRunner, Table } from "typeorm";

/** The provenance of figures submitted from records: what they were computed from, by observation revision. */
export class ObservationProvenance1767000000000 implements MigrationInterface {
  name = "ObservationProvenance1767000000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: "observation_provenance",
        columns: [
          { name: "observation_id", type: "integer", isPrimary: true },
          { name: "record_type", type: "varchar", length: "64" },
          { name: "record_count", type: "integer" },
          { name: "method", type: "varchar", length: "1000" },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "observation_provenance_record",
        columns: [
          { name: "observation_id", type: "integer", isPrimary: true },
          { name: "record_key", type: "varchar", length: "64", isPrimary: true },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable("observation_provenance_record");
    await queryRunner.dropTable("observation_provenance");
  }
}
