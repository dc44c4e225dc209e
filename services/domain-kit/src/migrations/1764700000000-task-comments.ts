import { type MigrationInterface, type QueryRunner, Table, TableColumn, TableIndex } from "typeorm";

/**
 * Comments on tasks, and the coordinating agencies of each task in the domain's copy of the
 * registry (who may comment). Existing copies get an empty list until the next sync from plan.
 */
export class AddTaskComments1764700000000 implements MigrationInterface {
  name = "AddTaskComments1764700000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    // Added nullable, filled, then made required: a copy kept from an earlier run has rows already.
    await queryRunner.addColumn(
      "task_reference",
      new TableColumn({ name: "coordinating_agencies", type: "text", isNullable: true }),
    );
    await queryRunner.query("UPDATE task_reference SET coordinating_agencies = '[]'");
    await queryRunner.changeColumn(
      "task_reference",
      "coordinating_agencies",
      new TableColumn({ name: "coordinating_agencies", type: "text" }),
    );
    await queryRunner.createTable(
      new Table({
        name: "task_comment",
        columns: [
          { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
          { name: "task_code", type: "varchar", length: "16" },
          { name: "agency_code", type: "varchar", length: "32" },
          { name: "author_subject", type: "varchar", length: "255" },
          { name: "author_name", type: "varchar", length: "255" },
          { name: "text", type: "text" },
          { name: "created_at", type: "varchar", length: "24" },
        ],
        indices: [new TableIndex({ name: "idx_task_comment_task", columnNames: ["task_code"] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable("task_comment");
    await queryRunner.dropColumn("task_reference", "coordinating_agencies");
  }
}
