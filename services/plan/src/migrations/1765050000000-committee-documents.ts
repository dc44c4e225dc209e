import { type MigrationInterface, type QueryRunner, Table, TableUnique } from "typeorm";

/** The committee's quarterly reports and reviews: their revisions, and the content frozen when submitted or recorded. */
export class CommitteeDocuments1765050000000 implements MigrationInterface {
  name = "CommitteeDocuments1765050000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: "committee_document",
        columns: [
          { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
          { name: "kind", type: "varchar", length: "16" },
          { name: "period", type: "varchar", length: "7" },
          { name: "revision", type: "integer" },
          { name: "state", type: "varchar", length: "16" },
          { name: "overall_assessment", type: "text" },
          { name: "difficulties", type: "text" },
          { name: "proposals", type: "text" },
          { name: "document_number", type: "varchar", length: "64", isNullable: true },
          { name: "submitted_on", type: "varchar", length: "10", isNullable: true },
          { name: "signed_by", type: "varchar", length: "255", isNullable: true },
          { name: "meeting_date", type: "varchar", length: "10", isNullable: true },
          { name: "participants", type: "text", isNullable: true },
          { name: "conclusions", type: "text", isNullable: true },
          { name: "decisions", type: "text", isNullable: true },
          { name: "content_as_of", type: "varchar", length: "10", isNullable: true },
          { name: "content_frozen_at", type: "varchar", length: "24", isNullable: true },
          { name: "recorded_by", type: "varchar", length: "255" },
          { name: "recorded_at", type: "varchar", length: "24" },
        ],
        uniques: [
          new TableUnique({ name: "uq_committee_document_revision", columnNames: ["kind", "period", "revision"] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "committee_document_task",
        columns: [
          { name: "kind", type: "varchar", length: "16", isPrimary: true },
          { name: "period", type: "varchar", length: "7", isPrimary: true },
          { name: "position", type: "integer", isPrimary: true },
          { name: "task_code", type: "varchar", length: "16" },
          { name: "title", type: "text" },
          { name: "group_code", type: "varchar", length: "8" },
          { name: "lead_agencies", type: "text" },
          { name: "status", type: "varchar", length: "32" },
          { name: "percent_complete", type: "integer", isNullable: true },
          { name: "latest_report_id", type: "integer", isNullable: true },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable("committee_document_task");
    await queryRunner.dropTable("committee_document");
  }
}
