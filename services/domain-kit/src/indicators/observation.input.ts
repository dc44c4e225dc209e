import { ArrayMaxSize, ArrayMinSize, Length, MaxLength, ValidateNested } from "class-validator";
import { Field, Float, ID, InputType } from "type-graphql";

import { ObservationStatus } from "./observation-status";

@InputType({ description: 'One code of a breakdown dimension, e.g. { dimension: "VSIC2", code: "24" }.' })
export class BreakdownInput {
  @Field(() => String, { description: 'Dimension code, e.g. "VSIC2", "INDUSTRIAL_PARK", "ORIGIN".' })
  @Length(1, 32)
  dimension!: string;

  @Field(() => String, { description: "A code of that dimension's code list." })
  @Length(1, 64)
  code!: string;
}

@InputType({ description: "One figure: an indicator's value for a period and breakdown cell." })
export class ObservationInput {
  @Field(() => ID, { description: 'The indicator, e.g. "IIP"; one this domain reports.' })
  @Length(1, 64)
  indicatorCode!: string;

  @Field(() => String, { description: '"2015", "2015-Q3" or "2015-07"; the indicator says which are allowed.' })
  @Length(4, 7)
  period!: string;

  @Field(() => [BreakdownInput], { nullable: true, description: "The cell; leave out for the indicator's total." })
  @ArrayMaxSize(8)
  @ValidateNested({ each: true })
  breakdown?: BreakdownInput[] | null;

  @Field(() => Float, { description: "The figure, in the indicator's unit." })
  value!: number;

  @Field(() => ObservationStatus, { description: "Estimate, preliminary or official." })
  status!: ObservationStatus;

  @Field(() => String, { nullable: true, description: 'Where the figure comes from, e.g. "Niên giám thống kê 2015".' })
  @MaxLength(255)
  source?: string | null;

  @Field(() => String, { nullable: true, description: "A note on the figure, up to 2 000 characters." })
  @MaxLength(2_000)
  comment?: string | null;
}

@InputType({ description: "Figures sent together: all are recorded, or none is." })
export class SubmitObservationsInput {
  @Field(() => [ObservationInput], { description: "The figures, 1 to 5 000." })
  @ArrayMinSize(1)
  @ArrayMaxSize(5_000)
  @ValidateNested({ each: true })
  observations!: ObservationInput[];

  @Field(() => Boolean, {
    defaultValue: false,
    description: "Check everything and report what would change, without writing.",
  })
  dryRun!: boolean;
}
