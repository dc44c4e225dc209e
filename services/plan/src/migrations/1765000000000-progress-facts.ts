import { type MigrationInterface, type QueryRunner, Table, TableIndex, TableUnique } from "typeorm";

/**
 * The read model of the domains' progress reports (`progress_fact`). Empty when created: the
 * domains feed it from their outboxes, every report they hold, on their next start.
 */
export class ProgressFacts1765000000000 implements MigrationInterface {
  name = "ProgressFacts1765000000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: "progress_fact",
        columns: [
          { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
          { name: "domain", type: "varchar", length: "32" },
          { name: "source_id", type: "integer" },
          { name: "received_at", type: "varchar", length: "24" },
          { name: "task_code", type: "varchar", length: "16" },
          { name: "reporting_agency", type: "varchar", length: "32" },
          { name: "period", type: "varchar", length: "7" },
          { name: "period_type", type: "varchar", length: "16" },
          { name: "period_end", type: "varchar", length: "10" },
          { name: "revision", type: "integer" },
          { name: "state", type: "varchar", length: "16" },
          { name: "completed_on", type: "varchar", length: "10", isNullable: true },
          { name: "percent_complete", type: "integer" },
          { name: "summary", type: "text" },
          { name: "difficulties", type: "text", isNullable: true },
          { name: "proposals", type: "text", isNullable: true },
          { name: "budget_estimated_vnd", type: "bigint", isNullable: true },
          { name: "budget_spent_vnd", type: "bigint", isNullable: true },
          { name: "document_refs", type: "text" },
          { name: "reporter", type: "varchar", length: "255" },
          { name: "reported_at", type: "varchar", length: "24" },
          { name: "sample", type: "boolean" },
        ],
        uniques: [new TableUnique({ name: "uq_progress_fact_source", columnNames: ["domain", "source_id"] })],
        indices: [new TableIndex({ name: "idx_progress_fact_task", columnNames: ["task_code", "period_end"] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable("progress_fact");
  }
}
