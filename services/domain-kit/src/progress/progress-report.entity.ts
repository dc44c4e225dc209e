import { PROGRESS_REPORT_DESCRIPTION, ProgressReportRecord } from "@hpig/kit";
import { Directive, ObjectType } from "type-graphql";
import { Entity, Index, PrimaryGeneratedColumn, Unique } from "typeorm";

/**
 * One revision of a lead agency's progress report on a task for a period. A correction is a
 * new row with the next revision; earlier revisions stay as they were.
 */
@Entity("progress_report")
@Unique("uq_progress_report_revision", ["taskCode", "reportingAgency", "period", "revision"])
@Index("idx_progress_report_task", ["taskCode", "periodEnd"])
@ObjectType("ProgressReport", { description: PROGRESS_REPORT_DESCRIPTION })
@Directive("@shareable")
export class ProgressReport extends ProgressReportRecord {
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;
}
