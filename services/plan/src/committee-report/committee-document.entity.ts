import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn, Unique } from "typeorm";

/** Which of the committee's documents a row belongs to. */
export enum CommitteeDocumentKind {
  QUARTERLY = "QUARTERLY",
  SIX_MONTH = "SIX_MONTH",
  ANNUAL = "ANNUAL",
}

/**
 * One revision of a committee document: a quarterly report of the standing office, or a six-monthly
 * or annual review. Every save, submission or recording is a new row; earlier ones stay.
 */
@Entity("committee_document")
@Unique("uq_committee_document_revision", ["kind", "period", "revision"])
export class CommitteeDocumentRevision {
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Column({ type: "varchar", length: 16 })
  kind!: CommitteeDocumentKind;

  /** "2016-Q2", "2016-H1", "2016". */
  @Column({ type: "varchar", length: 7 })
  period!: string;

  @Column({ type: "integer" })
  revision!: number;

  /** DRAFT, SUBMITTED (a quarterly report) or RECORDED (a review). */
  @Column({ type: "varchar", length: 16 })
  state!: string;

  // One column per section: each may hold 10 000 characters, more than one MySQL TEXT holds together.
  @Column({ name: "overall_assessment", type: "text" })
  overallAssessment!: string;

  @Column({ type: "text" })
  difficulties!: string;

  @Column({ type: "text" })
  proposals!: string;

  @Column({ name: "document_number", type: "varchar", length: 64, nullable: true })
  documentNumber!: string | null;

  @Column({ name: "submitted_on", type: "varchar", length: 10, nullable: true })
  submittedOn!: string | null;

  @Column({ name: "signed_by", type: "varchar", length: 255, nullable: true })
  signedBy!: string | null;

  @Column({ name: "meeting_date", type: "varchar", length: 10, nullable: true })
  meetingDate!: string | null;

  @Column({ type: "simple-json", nullable: true })
  participants!: string[] | null;

  @Column({ type: "text", nullable: true })
  conclusions!: string | null;

  @Column({ type: "text", nullable: true })
  decisions!: string | null;

  /**
   * The date the frozen content was compiled for (the period's last day, or the submission or
   * meeting date when earlier); null while a draft. Corrections of a recorded review keep it.
   */
  @Column({ name: "content_as_of", type: "varchar", length: 10, nullable: true })
  contentAsOf!: string | null;

  /**
   * When the content was frozen (ISO 8601 UTC); null while a draft. The directives a frozen document
   * shows are those recorded before it, with the answers recorded before it.
   */
  @Column({ name: "content_frozen_at", type: "varchar", length: 24, nullable: true })
  contentFrozenAt!: string | null;

  @Column({ name: "recorded_by", type: "varchar", length: 255 })
  recordedBy!: string;

  @Column({ name: "recorded_at", type: "varchar", length: 24 })
  recordedAt!: string;
}

/**
 * A task as a submitted report or recorded review stated it: frozen once, when the document was
 * submitted or first recorded, so it reads back the same after new reports, revised figures and
 * registry edits. The latest report is a reference to plan's copy of it, which is never changed.
 */
@Entity("committee_document_task")
export class FrozenReportedTask {
  @PrimaryColumn({ type: "varchar", length: 16 })
  kind!: CommitteeDocumentKind;

  @PrimaryColumn({ type: "varchar", length: 7 })
  period!: string;

  /** Order in the document (plan order). */
  @PrimaryColumn({ type: "integer" })
  position!: number;

  @Column({ name: "task_code", type: "varchar", length: 16 })
  taskCode!: string;

  @Column({ type: "text" })
  title!: string;

  @Column({ name: "group_code", type: "varchar", length: 8 })
  groupCode!: string;

  @Column({ name: "lead_agencies", type: "simple-json" })
  leadAgencies!: string[];

  @Column({ type: "varchar", length: 32 })
  status!: string;

  @Column({ name: "percent_complete", type: "integer", nullable: true })
  percentComplete!: number | null;

  /** The progress_fact row of the latest report, null if none was known. */
  @Column({ name: "latest_report_id", type: "integer", nullable: true })
  latestReportId!: number | null;
}
