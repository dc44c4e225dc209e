import { Directive, Field, Int, ObjectType } from "type-graphql";

import { Observation } from "./observation.entity";

@ObjectType({ description: "A figure accepted with a warning (it is recorded all the same)." })
@Directive("@shareable")
export class ObservationWarning {
  @Field(() => Int, { description: "0-based position of the figure in the submission." })
  index!: number;

  @Field(() => String, {
    description: 'The kind of warning: "OUTLIER" for a figure far outside the series\' earlier values.',
  })
  code!: string;

  @Field(() => String, { description: "What is unusual about the figure, in words." })
  message!: string;
}

@ObjectType({ description: "What a submission of figures did (or, in a dry run, would do)." })
@Directive("@shareable")
export class ObservationBatchResult {
  @Field(() => Boolean, { description: "True when nothing was written." })
  dryRun!: boolean;

  @Field(() => Int, { description: "Figures received." })
  received!: number;

  @Field(() => Int, { description: "Figures for cells that had none (revision 1)." })
  created!: number;

  @Field(() => Int, { description: "New figures for cells that had one (the earlier stays as an older revision)." })
  revised!: number;

  @Field(() => Int, {
    description: "Figures equal to the cell's latest: nothing to record (sending the same again changes nothing).",
  })
  unchanged!: number;

  @Field(() => [ObservationWarning], {
    description:
      "Warnings on figures that were recorded (or, in a dry run, would be), such as outliers; they stop nothing.",
  })
  warnings!: ObservationWarning[];

  @Field(() => [Observation], { description: "The revisions recorded (or that would be), in submission order." })
  observations!: Observation[];
}
