import { ArrayMaxSize, IsInt, Length, Matches, Max, MaxLength, Min, ValidateNested } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";

import { TASK_YEARS, TEXT_LIMITS } from "../registry-edit/registry-edit.input";
import { ProposalState } from "./adjustment-proposal.entity";

/** The longest reason or decision note. */
const REASON_MAX = 4000;
/** The most agencies one list of a task may name. */
const AGENCY_LIST_MAX = 30;

@InputType("ProposedLeadInput", { description: "A lead agency of the task as proposed." })
export class ProposedLeadInput {
  @Field(() => ID, { description: 'The agency\'s code, e.g. "LDTBXH".' })
  @Length(1, 32)
  agencyCode!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "With several leads, the sub-item this lead answers for (at most 1000 characters); left out, an agency that already leads keeps its own. Not for a single lead.",
  })
  @Length(1, 1000)
  @Matches(/\S/, { message: "scope must not be blank" })
  scope?: string | null;
}

@InputType("ProposeAdjustmentInput", {
  description:
    "A proposal to adjust the plan: give taskCode to change a task your agency leads (any of title, startYear, endYear, leadAgencies, coordinatingAgencies, coordinationNote, at least one), or groupCode for a new task (title, startYear, endYear and leadAgencies, your agency among the leads; coordinatingAgencies and coordinationNote optional). A reason is always needed.",
})
export class ProposeAdjustmentInput {
  @Field(() => ID, { nullable: true, description: 'The task to change, e.g. "V.1"; leave out for a new task.' })
  taskCode?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The program group of a new task, e.g. "V"; leave out for a change.',
  })
  groupCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description: `The (new) content: 1–${TEXT_LIMITS.title} characters, not blank.`,
  })
  @Length(1, TEXT_LIMITS.title)
  @Matches(/\S/, { message: "title must not be blank" })
  title?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: `The (new) first year, ${TASK_YEARS.min}–${TASK_YEARS.max}, not after the last.`,
  })
  @IsInt()
  @Min(TASK_YEARS.min, { message: `startYear must be a year from ${TASK_YEARS.min} to ${TASK_YEARS.max}` })
  @Max(TASK_YEARS.max, { message: `startYear must be a year from ${TASK_YEARS.min} to ${TASK_YEARS.max}` })
  startYear?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: `The (new) last year, ${TASK_YEARS.min}–${TASK_YEARS.max}, not before the first: the task's deadline is its end.`,
  })
  @IsInt()
  @Min(TASK_YEARS.min, { message: `endYear must be a year from ${TASK_YEARS.min} to ${TASK_YEARS.max}` })
  @Max(TASK_YEARS.max, { message: `endYear must be a year from ${TASK_YEARS.min} to ${TASK_YEARS.max}` })
  endYear?: number | null;

  @Field(() => [ProposedLeadInput], {
    nullable: true,
    description: `The (new) lead agencies in order (1–${AGENCY_LIST_MAX}, none twice): the first one's domain reports the task, so it must have one.`,
  })
  @ArrayMaxSize(AGENCY_LIST_MAX)
  @ValidateNested({ each: true })
  leadAgencies?: ProposedLeadInput[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: `The (new) coordinating agencies' codes in order (at most ${AGENCY_LIST_MAX}, none twice, none also a lead); an empty list leaves none.`,
  })
  @ArrayMaxSize(AGENCY_LIST_MAX)
  @Length(1, 32, { each: true })
  coordinatingAgencies?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: `The (new) coordination note, 1–${TEXT_LIMITS.coordinationNote} characters. For a new task left out, it names the coordinating agencies.`,
  })
  @Length(1, TEXT_LIMITS.coordinationNote)
  @Matches(/\S/, { message: "coordinationNote must not be blank" })
  coordinationNote?: string | null;

  @Field(() => String, { description: `Why: 1–${REASON_MAX} characters, not blank.` })
  @Length(1, REASON_MAX)
  @Matches(/\S/, { message: "reason must not be blank" })
  reason!: string;
}

@InputType("DecideProposalInput", {
  description: "The People's Committee's decision on an adjustment proposal, as the standing office records it.",
})
export class DecideProposalInput {
  @Field(() => ID, { description: "The proposal (AdjustmentProposal.id)." })
  id!: string;

  @Field(() => Boolean, { description: "true: approved (the registry changes as proposed); false: rejected." })
  approved!: boolean;

  @Field(() => String, { description: 'The decision\'s number, e.g. "1234/QĐ-UBND" (1–100 characters, not blank).' })
  @Length(1, 100)
  @Matches(/\S/, { message: "decisionNumber must not be blank" })
  decisionNumber!: string;

  // A String, checked by the service: a date off the calendar is then an INVALID_DATE error, not a 400.
  @Field(() => String, {
    description:
      'The decision\'s date, "YYYY-MM-DD": not after today (Viet Nam time) and not before the day of the proposal.',
  })
  decidedOn!: string;

  @Field(() => String, { nullable: true, description: `A note on the decision (at most ${REASON_MAX} characters).` })
  @MaxLength(REASON_MAX)
  @Matches(/\S/, { message: "note must not be blank" })
  note?: string | null;
}

@InputType("AdjustmentProposalFilter", {
  description: "Which adjustment proposals to list; every condition given must hold.",
})
export class AdjustmentProposalFilter {
  @Field(() => ProposalState, { nullable: true, description: "Only proposals in this state." })
  state?: ProposalState | null;

  @Field(() => ID, {
    nullable: true,
    description: "Only proposals about this task (including the one that created it).",
  })
  task?: string | null;

  @Field(() => ID, { nullable: true, description: "Only proposals made for this agency (by its editors)." })
  agency?: string | null;
}
