import { TargetDirection } from "@hpig/kit";
import { IsInt, Length, Matches, Max, Min } from "class-validator";
import { Field, Float, ID, InputType, Int } from "type-graphql";

/** The years a task may be given: four digits, this century's working range. */
export const TASK_YEARS = { min: 2000, max: 2100 } as const;
/** The longest title and coordination note an edit may set (the plan's longest title is some 420 characters). */
export const TEXT_LIMITS = { title: 2000, coordinationNote: 1000 } as const;

@InputType("UpdateTaskInput", {
  description:
    "A change to one task of the registry by the standing office. Give expectedVersion (the task's version as you read it) and at least one field to change; fields left out (or null) keep their value.",
})
export class UpdateTaskInput {
  @Field(() => ID, { description: 'The task to change, e.g. "V.1".' })
  code!: string;

  @Field(() => Int, {
    description:
      "The task's version as you read it (Task.version). The change is made only if it is still the current version; otherwise it is refused with VERSION_CONFLICT, naming the current one.",
  })
  @IsInt()
  @Min(1, { message: "expectedVersion must be 1 or more" })
  expectedVersion!: number;

  @Field(() => String, {
    nullable: true,
    description: `The task's new content (1–${TEXT_LIMITS.title} characters, not blank; kept as given apart from surrounding white space).`,
  })
  @Length(1, TEXT_LIMITS.title)
  @Matches(/\S/, { message: "title must not be blank" })
  title?: string | null;

  @Field(() => String, {
    nullable: true,
    description: `The new coordination note (1–${TEXT_LIMITS.coordinationNote} characters, not blank). The coordinating agencies themselves come from the plan document and are not changed by it.`,
  })
  @Length(1, TEXT_LIMITS.coordinationNote)
  @Matches(/\S/, { message: "coordinationNote must not be blank" })
  coordinationNote?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: `The new first year (${TASK_YEARS.min}–${TASK_YEARS.max}, not after the last year). periodText follows the years.`,
  })
  @IsInt()
  @Min(TASK_YEARS.min, { message: `startYear must be a year from ${TASK_YEARS.min} to ${TASK_YEARS.max}` })
  @Max(TASK_YEARS.max, { message: `startYear must be a year from ${TASK_YEARS.min} to ${TASK_YEARS.max}` })
  startYear?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: `The new last year (${TASK_YEARS.min}–${TASK_YEARS.max}, not before the first year): the task's deadline is the end of it. periodText follows the years.`,
  })
  @IsInt()
  @Min(TASK_YEARS.min, { message: `endYear must be a year from ${TASK_YEARS.min} to ${TASK_YEARS.max}` })
  @Max(TASK_YEARS.max, { message: `endYear must be a year from ${TASK_YEARS.min} to ${TASK_YEARS.max}` })
  endYear?: number | null;
}

@InputType("UpdateTargetInput", {
  description:
    "A change to one target's band or direction by the standing office. Give expectedVersion (the target's version as you read it) and at least one of min, max, direction; a field left out (or null) keeps its value.",
})
export class UpdateTargetInput {
  @Field(() => ID, { description: 'The target to change, e.g. "IIP_GROWTH_2011_2015".' })
  code!: string;

  @Field(() => Int, {
    description:
      "The target's version as you read it (Target.version). The change is made only if it is still the current version; otherwise it is refused with VERSION_CONFLICT, naming the current one.",
  })
  @IsInt()
  @Min(1, { message: "expectedVersion must be 1 or more" })
  expectedVersion!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      "The new lower bound, in the target's unit, at most 3 decimals; not above the upper bound. A share lies within 0–100, a growth rate above -100 and at most 1000 (%/năm).",
  })
  min?: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      "The new upper bound, in the target's unit, at most 3 decimals; not below the lower bound. A share lies within 0–100, a growth rate above -100 and at most 1000 (%/năm).",
  })
  max?: number | null;

  @Field(() => TargetDirection, {
    nullable: true,
    description:
      "The new direction: which side of the band meets the target (AT_LEAST judges against min, AT_MOST against max, WITHIN_BAND against both). The band itself is kept; its rules apply as before.",
  })
  direction?: TargetDirection | null;
}
