import { PROGRESS_REPORT_DESCRIPTION, ProgressReportRecord } from "@hpig/kit";
import { Directive, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from "typeorm";

/**
 * The plan subgraph's read-only copy of one progress report revision, fed by the domain that owns
 * the task (see progress-feed.routes.ts). Never written by a caller of plan: the domain's report is
 * the record, this is what the committee's summaries, filters and reports are computed from without
 * asking a domain while answering.
 */
@Entity("progress_fact")
@Unique("uq_progress_fact_source", ["domain", "sourceId"])
@Index("idx_progress_fact_task", ["taskCode", "periodEnd"])
@ObjectType("ProgressReport", { description: PROGRESS_REPORT_DESCRIPTION })
@Directive("@shareable")
export class ProgressFact extends ProgressReportRecord {
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  /** The domain that fed it ("LABOUR"), whose database holds the report. */
  @Column({ type: "varchar", length: 32 })
  domain!: string;

  /** The report's id in that domain's database. */
  @Column({ name: "source_id", type: "integer" })
  sourceId!: number;

  /** When plan received it, ISO 8601 UTC. */
  @Column({ name: "received_at", type: "varchar", length: 24 })
  receivedAt!: string;
}
