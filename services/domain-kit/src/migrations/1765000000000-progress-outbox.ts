import { type MigrationInterface, type QueryRunner, Table } from "typeorm";

/**
 * The outbox of progress reports still to be fed to the plan subgraph. Reports recorded before it
 * existed are queued too, so an upgraded domain fills plan's read model on its next start.
 */
export class AddProgressOutbox1765000000000 implements MigrationInterface {
  name = "AddProgressOutbox1765000000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: "progress_outbox",
        columns: [
          { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
          { name: "report_id", type: "integer" },
          { name: "created_at", type: "varchar", length: "24" },
        ],
      }),
    );
    await queryRunner.query(
      "INSERT INTO progress_outbox (report_id, created_at) SELECT id, reported_at FROM progress_report ORDER BY id",
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable("progress_outbox");
  }
}
