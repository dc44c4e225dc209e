import { type MigrationInterface, type QueryRunner, TableColumn } from "typeorm";

/**
 * Lost-update protection for the standing office's edits of the registry: a `version` on every task
 * and target, 1 for the rows already imported, raised by one with every change
 * (`committee { updateTask / updateTarget }` write only when the caller's expectedVersion is current).
 */
export class RegistryVersions1764700000000 implements MigrationInterface {
  name = "RegistryVersions1764700000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of ["task", "target"]) {
      await queryRunner.addColumn(table, new TableColumn({ name: "version", type: "integer", default: 1 }));
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ["target", "task"]) await queryRunner.dropColumn(table, "version");
  }
}
