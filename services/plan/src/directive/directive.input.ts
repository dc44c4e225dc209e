import { Length, Matches, MaxLength } from "class-validator";
import { GraphQLLocalDate } from "graphql-scalars";
import { Field, ID, InputType } from "type-graphql";

import { DirectiveStatus } from "./directive";

/** The longest directive or answer (some two pages of a letter). */
const DIRECTIVE_TEXT_MAX = 4000;
/** How far ahead a directive may be due, in years from the day it is issued. */
export const DUE_HORIZON_YEARS = 2;

@InputType("IssueDirectiveInput", {
  description:
    "A directive of the committee: about a task (taskCode) or to an agency (agencyCode), exactly one of them.",
})
export class IssueDirectiveInput {
  @Field(() => ID, {
    nullable: true,
    description:
      'The task it is about, e.g. "V.1": it is addressed to the task\'s lead agencies of the moment (two for III.2).',
  })
  taskCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'The agency it is given to, e.g. "UBND_QH".' })
  agencyCode?: string | null;

  @Field(() => String, {
    description: `What the committee directs: 1–${DIRECTIVE_TEXT_MAX} characters, not blank (kept as given apart from surrounding white space).`,
  })
  @Length(1, DIRECTIVE_TEXT_MAX)
  @Matches(/\S/, { message: "text must not be blank" })
  text!: string;

  // A String, checked by the service: a date off the calendar is then an INVALID_DATE error, not a 400.
  @Field(() => String, {
    description: `The day by which the addressed agencies are to answer, "YYYY-MM-DD": not before today (Viet Nam time) and at most ${DUE_HORIZON_YEARS} years ahead.`,
  })
  dueOn!: string;
}

@InputType("RespondToDirectiveInput", { description: "An answer of an addressed agency to a directive." })
export class RespondToDirectiveInput {
  @Field(() => ID, { description: "The directive answered (Directive.id)." })
  directiveId!: string;

  @Field(() => String, {
    description: `What the agency has done or will do: 1–${DIRECTIVE_TEXT_MAX} characters, not blank.`,
  })
  @Length(1, DIRECTIVE_TEXT_MAX)
  @Matches(/\S/, { message: "text must not be blank" })
  text!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The agency\'s own document that answers it, e.g. "215/BC-SLĐTBXH" (at most 255 characters).',
  })
  @MaxLength(255)
  @Matches(/\S/, { message: "documentRef must not be blank" })
  documentRef?: string | null;
}

@InputType("DirectiveFilter", { description: "Which directives to list; every condition given must hold." })
export class DirectiveFilter {
  @Field(() => DirectiveStatus, { nullable: true, description: "Only directives in this state on asOf." })
  status?: DirectiveStatus | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Only directives addressed to this agency (as a lead of their task, or given to it), e.g. "LDTBXH".',
  })
  agency?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only directives about this task, e.g. "V.1".' })
  task?: string | null;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: "Only directives issued on or after this Viet Nam date.",
  })
  issuedFrom?: string | null;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: "Only directives issued on or before this Viet Nam date.",
  })
  issuedTo?: string | null;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description:
      "The date to judge them on (Viet Nam time; today when left out): directives issued later are left out, answers recorded later do not count.",
  })
  asOf?: string | null;
}
