import { type MigrationInterface, type QueryRunner, Table, TableForeignKey, TableIndex } from "typeorm";

/** The audit trail every subgraph keeps of its own writes. */
export class CreateAuditTrail1764600000000 implements MigrationInterface {
  name = "CreateAuditTrail1764600000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: "audit_entry",
        columns: [
          { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
          { name: "at", type: "varchar", length: "24" },
          { name: "actor_subject", type: "varchar", length: "255" },
          { name: "actor_name", type: "varchar", length: "255" },
          { name: "actor_agency", type: "varchar", length: "32", isNullable: true },
          { name: "actor_roles", type: "text" },
          { name: "action", type: "varchar", length: "64" },
          { name: "entity_type", type: "varchar", length: "64" },
          { name: "entity_key", type: "varchar", length: "255" },
          { name: "before", type: "text", isNullable: true },
          { name: "after", type: "text", isNullable: true },
          { name: "request_id", type: "varchar", length: "128" },
        ],
        indices: [
          new TableIndex({ name: "idx_audit_entry_at", columnNames: ["at"] }),
          new TableIndex({ name: "idx_audit_entry_agency", columnNames: ["actor_agency", "at"] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "audit_subject",
        columns: [
          { name: "entry_id", type: "integer", isPrimary: true },
          { name: "subject_type", type: "varchar", length: "32", isPrimary: true },
          { name: "subject_key", type: "varchar", length: "64", isPrimary: true },
        ],
        foreignKeys: [
          new TableForeignKey({
            name: "fk_audit_subject_entry",
            columnNames: ["entry_id"],
            referencedTableName: "audit_entry",
            referencedColumnNames: ["id"],
            onDelete: "CASCADE",
            onUpdate: "NO ACTION",
          }),
        ],
        indices: [new TableIndex({ name: "idx_audit_subject_key", columnNames: ["subject_type", "subject_key"] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable("audit_subject");
    await queryRunner.dropTable("audit_entry");
  }
}
