import { type MigrationInterface, type QueryRunner, Table, TableIndex, TableUnique } from "typeorm";

/** The tables every domain subgraph has: its copy of the task registry, progress reports, implementation plans. */
export class CreateTaskProgress1764300000000 implements MigrationInterface {
  name = "CreateTaskProgress1764300000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: "task_reference",
        columns: [
          { name: "code", type: "varchar", length: "16", isPrimary: true },
          { name: "domain", type: "varchar", length: "32" },
          { name: "start_year", type: "integer" },
          { name: "end_year", type: "integer" },
          { name: "lead_agencies", type: "text" },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "progress_report",
        columns: [
          { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
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
        uniques: [
          new TableUnique({
            name: "uq_progress_report_revision",
            columnNames: ["task_code", "reporting_agency", "period", "revision"],
          }),
        ],
        indices: [new TableIndex({ name: "idx_progress_report_task", columnNames: ["task_code", "period_end"] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "implementation_plan",
        columns: [
          { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
          { name: "task_code", type: "varchar", length: "16" },
          { name: "reporting_agency", type: "varchar", length: "32" },
          { name: "revision", type: "integer" },
          { name: "submitted_on", type: "varchar", length: "10" },
          { name: "summary", type: "text" },
          { name: "budget_estimated_vnd", type: "bigint", isNullable: true },
          { name: "document_refs", type: "text" },
          { name: "reporter", type: "varchar", length: "255" },
          { name: "recorded_at", type: "varchar", length: "24" },
          { name: "sample", type: "boolean" },
        ],
        uniques: [
          new TableUnique({
            name: "uq_implementation_plan_revision",
            columnNames: ["task_code", "reporting_agency", "revision"],
          }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ["implementation_plan", "progress_report", "task_reference"])
      await queryRunner.dropTable(table);
  }
}
