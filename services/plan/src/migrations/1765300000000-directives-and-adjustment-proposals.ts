import { type MigrationInterface, type QueryRunner, Table, TableForeignKey, TableIndex } from "typeorm";

/** A foreign key as every registry table declares one: no cascade, records are never deleted. */
function foreignKey(name: string, column: string, table: string, referenced: string): TableForeignKey {
  return new TableForeignKey({
    name,
    columnNames: [column],
    referencedTableName: table,
    referencedColumnNames: [referenced],
    onDelete: "NO ACTION",
    onUpdate: "NO ACTION",
  });
}

/**
 * The committee's own work on the plan: its directives to the departments and districts with their
 * addressees and answers, and the lead agencies' adjustment proposals with the decisions on them.
 */
export class DirectivesAndAdjustmentProposals1765300000000 implements MigrationInterface {
  name = "DirectivesAndAdjustmentProposals1765300000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: "directive",
        columns: [
          { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
          { name: "task_code", type: "varchar", length: "16", isNullable: true },
          { name: "agency_code", type: "varchar", length: "32", isNullable: true },
          { name: "text", type: "text" },
          { name: "due_on", type: "varchar", length: "10" },
          { name: "issued_at", type: "varchar", length: "24" },
          { name: "issuer_subject", type: "varchar", length: "255" },
          { name: "issuer_name", type: "varchar", length: "255" },
          { name: "issuer_agency", type: "varchar", length: "32", isNullable: true },
          { name: "issuer_roles", type: "text" },
        ],
        foreignKeys: [
          foreignKey("fk_directive_task", "task_code", "task", "code"),
          foreignKey("fk_directive_agency", "agency_code", "agency", "code"),
        ],
        indices: [
          new TableIndex({ name: "idx_directive_task", columnNames: ["task_code"] }),
          new TableIndex({ name: "idx_directive_agency", columnNames: ["agency_code"] }),
          new TableIndex({ name: "idx_directive_issued_at", columnNames: ["issued_at"] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "directive_addressee",
        columns: [
          { name: "directive_id", type: "integer", isPrimary: true },
          { name: "agency_code", type: "varchar", length: "32", isPrimary: true },
          { name: "position", type: "integer" },
        ],
        foreignKeys: [
          foreignKey("fk_directive_addressee_directive", "directive_id", "directive", "id"),
          foreignKey("fk_directive_addressee_agency", "agency_code", "agency", "code"),
        ],
        indices: [new TableIndex({ name: "idx_directive_addressee_agency", columnNames: ["agency_code"] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "directive_response",
        columns: [
          { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
          { name: "directive_id", type: "integer" },
          { name: "agency_code", type: "varchar", length: "32" },
          { name: "text", type: "text" },
          { name: "document_ref", type: "varchar", length: "255", isNullable: true },
          { name: "responded_at", type: "varchar", length: "24" },
          { name: "responder_subject", type: "varchar", length: "255" },
          { name: "responder_name", type: "varchar", length: "255" },
        ],
        foreignKeys: [
          foreignKey("fk_directive_response_directive", "directive_id", "directive", "id"),
          foreignKey("fk_directive_response_agency", "agency_code", "agency", "code"),
        ],
        indices: [
          new TableIndex({ name: "idx_directive_response_directive", columnNames: ["directive_id", "responded_at"] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "adjustment_proposal",
        columns: [
          { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
          { name: "kind", type: "varchar", length: "16" },
          { name: "task_code", type: "varchar", length: "16", isNullable: true },
          { name: "group_code", type: "varchar", length: "8" },
          { name: "task_version", type: "integer", isNullable: true },
          { name: "task_before", type: "text", isNullable: true },
          { name: "changes", type: "text" },
          { name: "reason", type: "text" },
          { name: "proposer_subject", type: "varchar", length: "255" },
          { name: "proposer_name", type: "varchar", length: "255" },
          { name: "proposer_agency", type: "varchar", length: "32" },
          { name: "proposer_roles", type: "text" },
          { name: "proposed_at", type: "varchar", length: "24" },
          { name: "state", type: "varchar", length: "16" },
          { name: "decision_number", type: "varchar", length: "100", isNullable: true },
          { name: "decided_on", type: "varchar", length: "10", isNullable: true },
          { name: "decision_note", type: "text", isNullable: true },
          { name: "decided_at", type: "varchar", length: "24", isNullable: true },
          { name: "decider_subject", type: "varchar", length: "255", isNullable: true },
          { name: "decider_name", type: "varchar", length: "255", isNullable: true },
          { name: "decider_agency", type: "varchar", length: "32", isNullable: true },
          { name: "decider_roles", type: "text", isNullable: true },
          { name: "applied", type: "text", isNullable: true },
          { name: "created_task_code", type: "varchar", length: "16", isNullable: true },
        ],
        foreignKeys: [
          foreignKey("fk_adjustment_proposal_task", "task_code", "task", "code"),
          foreignKey("fk_adjustment_proposal_group", "group_code", "program_group", "code"),
          foreignKey("fk_adjustment_proposal_agency", "proposer_agency", "agency", "code"),
          foreignKey("fk_adjustment_proposal_created_task", "created_task_code", "task", "code"),
        ],
        indices: [
          new TableIndex({ name: "idx_adjustment_proposal_task", columnNames: ["task_code"] }),
          new TableIndex({ name: "idx_adjustment_proposal_created_task", columnNames: ["created_task_code"] }),
          new TableIndex({ name: "idx_adjustment_proposal_state", columnNames: ["state"] }),
          new TableIndex({ name: "idx_adjustment_proposal_agency", columnNames: ["proposer_agency"] }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable("adjustment_proposal");
    await queryRunner.dropTable("directive_response");
    await queryRunner.dropTable("directive_addressee");
    await queryRunner.dropTable("directive");
  }
}
