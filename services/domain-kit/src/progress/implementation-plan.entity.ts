import { bigintAsNumber } from "@hpig/kit";
import { GraphQLDateTimeISO, GraphQLLocalDate, GraphQLSafeInt } from "graphql-scalars";
import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn, Unique } from "typeorm";

/**
 * A lead agency's implementation plan for a task (kế hoạch triển khai), which the plan asked
 * for with an estimated budget by June 2012. Revised plans are new rows.
 */
@Entity("implementation_plan")
@Unique("uq_implementation_plan_revision", ["taskCode", "reportingAgency", "revision"])
@ObjectType({ description: "A lead agency's implementation plan for a task, in one revision." })
@Directive("@shareable")
export class ImplementationPlan {
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Column({ name: "task_code", type: "varchar", length: 16 })
  @Field(() => ID, { description: "The task planned." })
  taskCode!: string;

  @Column({ name: "reporting_agency", type: "varchar", length: 32 })
  reportingAgency!: string;

  @Column({ type: "integer" })
  @Field(() => Int, { description: "1 for the first plan; each revision adds one." })
  revision!: number;

  @Column({ name: "submitted_on", type: "varchar", length: 10 })
  @Field(() => GraphQLLocalDate, { description: "Date the plan was sent to the committee." })
  submittedOn!: string;

  @Column({ type: "text" })
  @Field(() => String, { description: "What will be done, how and by when." })
  summary!: string;

  @Column({ name: "budget_estimated_vnd", type: "bigint", nullable: true, transformer: bigintAsNumber })
  @Field(() => GraphQLSafeInt, { nullable: true, description: "Estimated budget (dự kiến kinh phí), in VND." })
  budgetEstimatedVnd!: number | null;

  @Column({ name: "document_refs", type: "simple-json" })
  @Field(() => [String], { description: "References of the plan's documents." })
  documentRefs!: string[];

  @Column({ type: "varchar", length: 255 })
  @Field(() => String, { description: "Who submitted it." })
  reporter!: string;

  @Column({ name: "recorded_at", type: "varchar", length: 24 })
  @Field(() => GraphQLDateTimeISO, { description: "When this revision was recorded." })
  recordedAt!: string;

  @Column({ type: "boolean" })
  @Field(() => Boolean, { description: "True for generated sample data." })
  sample!: boolean;
}
