import { type MigrationInterface, type QueryRunner, Table, TableForeignKey, TableIndex } from "typeorm";

/** The plan registry: plan, agencies, program groups, tasks and their assignments, targets, the appendix. */
export class CreateRegistry1764230400000 implements MigrationInterface {
  name = "CreateRegistry1764230400000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: "plan",
        columns: [
          { name: "number", type: "varchar", length: "32", isPrimary: true },
          { name: "issued_on", type: "varchar", length: "10" },
          { name: "title", type: "text" },
          { name: "signed_by", type: "varchar", length: "128", isNullable: true },
          { name: "source_sha256", type: "varchar", length: "64" },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "agency",
        columns: [
          { name: "code", type: "varchar", length: "32", isPrimary: true },
          { name: "name", type: "varchar", length: "255" },
          { name: "name_en", type: "varchar", length: "255" },
          { name: "kind", type: "varchar", length: "32" },
          { name: "domain", type: "varchar", length: "32", isNullable: true },
          { name: "position", type: "integer" },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "program_group",
        columns: [
          { name: "code", type: "varchar", length: "8", isPrimary: true },
          { name: "number", type: "integer" },
          { name: "title", type: "text" },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "task",
        columns: [
          { name: "code", type: "varchar", length: "16", isPrimary: true },
          { name: "group_code", type: "varchar", length: "8" },
          { name: "number", type: "integer" },
          { name: "position", type: "integer" },
          { name: "title", type: "text" },
          { name: "coordination_note", type: "text" },
          { name: "period_text", type: "varchar", length: "32" },
          { name: "start_year", type: "integer" },
          { name: "end_year", type: "integer" },
          { name: "domain", type: "varchar", length: "32" },
        ],
        foreignKeys: [
          new TableForeignKey({
            name: "fk_task_program_group",
            columnNames: ["group_code"],
            referencedTableName: "program_group",
            referencedColumnNames: ["code"],
            onDelete: "NO ACTION",
            onUpdate: "NO ACTION",
          }),
        ],
        indices: [new TableIndex({ name: "idx_task_group", columnNames: ["group_code"] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "task_assignment",
        columns: [
          { name: "task_code", type: "varchar", length: "16", isPrimary: true },
          { name: "agency_code", type: "varchar", length: "32", isPrimary: true },
          { name: "role", type: "varchar", length: "16", isPrimary: true },
          { name: "position", type: "integer" },
          { name: "scope", type: "text", isNullable: true },
          { name: "as_written", type: "varchar", length: "255" },
        ],
        foreignKeys: [
          new TableForeignKey({
            name: "fk_task_assignment_task",
            columnNames: ["task_code"],
            referencedTableName: "task",
            referencedColumnNames: ["code"],
            onDelete: "CASCADE",
            onUpdate: "NO ACTION",
          }),
          new TableForeignKey({
            name: "fk_task_assignment_agency",
            columnNames: ["agency_code"],
            referencedTableName: "agency",
            referencedColumnNames: ["code"],
            onDelete: "NO ACTION",
            onUpdate: "NO ACTION",
          }),
        ],
        indices: [new TableIndex({ name: "idx_task_assignment_agency", columnNames: ["agency_code", "role"] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "target",
        columns: [
          { name: "code", type: "varchar", length: "64", isPrimary: true },
          { name: "position", type: "integer" },
          { name: "indicator_code", type: "varchar", length: "64" },
          { name: "description", type: "text" },
          { name: "measure", type: "varchar", length: "32" },
          { name: "from_year", type: "integer" },
          { name: "to_year", type: "integer" },
          { name: "min", type: "decimal", precision: 8, scale: 3 },
          { name: "max", type: "decimal", precision: 8, scale: 3 },
          { name: "unit", type: "varchar", length: "16" },
          { name: "source_text", type: "text" },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "reporting_requirement",
        columns: [
          { name: "position", type: "integer", isPrimary: true },
          { name: "agency_code", type: "varchar", length: "32" },
          { name: "unit_as_written", type: "varchar", length: "255" },
          { name: "content", type: "text" },
          { name: "items", type: "text" },
        ],
        foreignKeys: [
          new TableForeignKey({
            name: "fk_reporting_requirement_agency",
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
    for (const table of [
      "reporting_requirement",
      "target",
      "task_assignment",
      "task",
      "program_group",
      "agency",
      "plan",
    ]) {
      await queryRunner.dropTable(table);
    }
  }
}
