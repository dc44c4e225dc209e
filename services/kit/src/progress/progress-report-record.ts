import { GraphQLDateTimeISO, GraphQLLocalDate, GraphQLSafeInt } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column } from "typeorm";

import { PeriodType } from "./period";
import { ReportState } from "./task-status";
import { bigintAsNumber } from "./vnd";

/** The description of the `ProgressReport` type, the same in every subgraph that serves it. */
export const PROGRESS_REPORT_DESCRIPTION = "A lead agency's progress report on a task for one period, in one revision.";

/**
 * What one revision of a lead agency's progress report says: the columns and GraphQL fields of
 * `ProgressReport`. The owning domain stores the reports (its `progress_report` table); the plan
 * subgraph keeps a read-only copy fed by the domains (`progress_fact`), so both tables and both
 * subgraphs' `ProgressReport` types are defined once, here (subclasses inherit the decorated
 * columns and fields). Registered as an object type only so its fields are inherited: it is never
 * part of a schema itself.
 */
@ObjectType("ProgressReportRecord")
export abstract class ProgressReportRecord {
  @Column({ name: "task_code", type: "varchar", length: 16 })
  @Field(() => ID, { description: "The task reported on." })
  taskCode!: string;

  @Column({ name: "reporting_agency", type: "varchar", length: 32 })
  reportingAgency!: string;

  @Column({ type: "varchar", length: 7 })
  @Field(() => String, { description: 'The period: "2013" (year), "2013-H1" (half year) or "2013-Q2" (quarter).' })
  period!: string;

  @Column({ name: "period_type", type: "varchar", length: 16 })
  @Field(() => PeriodType, { description: "Quarter, half year or year." })
  periodType!: PeriodType;

  @Column({ name: "period_end", type: "varchar", length: 10 })
  @Field(() => GraphQLLocalDate, { description: "Last day of the period." })
  periodEnd!: string;

  @Column({ type: "integer" })
  @Field(() => Int, { description: "1 for the first report of this period by this agency; each correction adds one." })
  revision!: number;

  @Column({ type: "varchar", length: 16 })
  @Field(() => ReportState, { description: "Not started, in progress or completed." })
  state!: ReportState;

  @Column({ name: "completed_on", type: "varchar", length: 10, nullable: true })
  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: "Completion date; set exactly when the state is COMPLETED.",
  })
  completedOn!: string | null;

  @Column({ name: "percent_complete", type: "integer" })
  @Field(() => Int, { description: "Share of the task done, 0–100." })
  percentComplete!: number;

  @Column({ type: "text" })
  @Field(() => String, { description: "What was done in the period." })
  summary!: string;

  @Column({ type: "text", nullable: true })
  @Field(() => String, { nullable: true, description: "Difficulties and obstacles (khó khăn, vướng mắc)." })
  difficulties!: string | null;

  @Column({ type: "text", nullable: true })
  @Field(() => String, { nullable: true, description: "Proposals to the committee (kiến nghị)." })
  proposals!: string | null;

  @Column({ name: "budget_estimated_vnd", type: "bigint", nullable: true, transformer: bigintAsNumber })
  @Field(() => GraphQLSafeInt, { nullable: true, description: "Estimated budget of the task, in VND." })
  budgetEstimatedVnd!: number | null;

  @Column({ name: "budget_spent_vnd", type: "bigint", nullable: true, transformer: bigintAsNumber })
  @Field(() => GraphQLSafeInt, { nullable: true, description: "Budget spent so far, in VND." })
  budgetSpentVnd!: number | null;

  @Column({ name: "document_refs", type: "simple-json" })
  @Field(() => [String], { description: 'References of supporting documents, e.g. "1234/QĐ-UBND".' })
  documentRefs!: string[];

  @Column({ type: "varchar", length: 255 })
  @Field(() => String, { description: "Who reported." })
  reporter!: string;

  @Column({ name: "reported_at", type: "varchar", length: 24 })
  @Field(() => GraphQLDateTimeISO, { description: "When this revision was recorded." })
  reportedAt!: string;

  @Column({ type: "boolean" })
  @Field(() => Boolean, { description: "True for generated sample data, never for a real report." })
  sample!: boolean;
}
