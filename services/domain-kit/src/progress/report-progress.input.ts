import { ReportState } from "@hpig/kit";
import { ArrayMaxSize, Length, MaxLength, Min } from "class-validator";
import { GraphQLLocalDate, GraphQLSafeInt } from "graphql-scalars";
import { Field, ID, InputType, Int } from "type-graphql";

@InputType({ description: "A progress report, or a correction of one (send expectedRevision)." })
export class ReportTaskProgressInput {
  @Field(() => ID, { description: 'The task, e.g. "V.1".' })
  taskCode!: string;

  @Field(() => String, { description: 'The period: "2013", "2013-H1" or "2013-Q2"; within the task\'s years.' })
  period!: string;

  @Field(() => ID, {
    nullable: true,
    description: "The lead agency reporting; may be left out when the task has one lead (III.2 has two).",
  })
  reportingAgency?: string | null;

  @Field(() => ReportState, { description: "Not started, in progress or completed." })
  state!: ReportState;

  @Field(() => Int, { description: "0–100; 0 when NOT_STARTED, below 100 when IN_PROGRESS, 100 when COMPLETED." })
  percentComplete!: number;

  @Field(() => GraphQLLocalDate, { nullable: true, description: "Required when COMPLETED, and only then." })
  completedOn?: string | null;

  @Field(() => String, { description: "What was done in the period." })
  @Length(1, 10_000)
  summary!: string;

  @Field(() => String, { nullable: true, description: "Difficulties and obstacles (khó khăn, vướng mắc)." })
  @MaxLength(10_000)
  difficulties?: string | null;

  @Field(() => String, { nullable: true, description: "Proposals to the committee (kiến nghị)." })
  @MaxLength(10_000)
  proposals?: string | null;

  @Field(() => GraphQLSafeInt, { nullable: true, description: "Estimated budget, VND." })
  @Min(0)
  budgetEstimatedVnd?: number | null;

  @Field(() => GraphQLSafeInt, { nullable: true, description: "Budget spent so far, VND." })
  @Min(0)
  budgetSpentVnd?: number | null;

  @Field(() => [String], { nullable: true, description: "Supporting document references." })
  @ArrayMaxSize(50)
  @MaxLength(255, { each: true })
  documentRefs?: string[] | null;

  @Field(() => Int, {
    nullable: true,
    description: "The revision being corrected (the latest one); leave out for the first report of the period.",
  })
  @Min(0)
  expectedRevision?: number | null;
}

@InputType({ description: "An implementation plan for a task, or a revision of it (send expectedRevision)." })
export class SubmitImplementationPlanInput {
  @Field(() => ID, { description: 'The task, e.g. "V.1".' })
  taskCode!: string;

  @Field(() => ID, { nullable: true, description: "The lead agency; may be left out when the task has one lead." })
  reportingAgency?: string | null;

  @Field(() => GraphQLLocalDate, { description: "When the plan was sent to the committee." })
  submittedOn!: string;

  @Field(() => String, { description: "What will be done, how and by when." })
  @Length(1, 20_000)
  summary!: string;

  @Field(() => GraphQLSafeInt, { nullable: true, description: "Estimated budget, VND." })
  @Min(0)
  budgetEstimatedVnd?: number | null;

  @Field(() => [String], { nullable: true, description: "References of the plan's documents." })
  @ArrayMaxSize(50)
  @MaxLength(255, { each: true })
  documentRefs?: string[] | null;

  @Field(() => Int, { nullable: true, description: "The revision being replaced; leave out for the first plan." })
  @Min(0)
  expectedRevision?: number | null;
}
