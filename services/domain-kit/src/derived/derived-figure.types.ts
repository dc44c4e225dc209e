import { Directive, Field, Float, ID, Int, ObjectType } from "type-graphql";

import { BreakdownValue } from "../indicators/dimension";
import { Observation } from "../indicators/observation.entity";

@ObjectType({
  description:
    "One cell of a figure derived from records, beside the figure submitted for it: the difference says whether the records and the submitted figure agree.",
})
@Directive("@shareable")
export class DerivedFigureCell {
  @Field(() => [BreakdownValue], { description: "The cell, in the indicator's dimension order; empty for the total." })
  breakdown!: BreakdownValue[];

  @Field(() => Float, { description: "The figure computed from the records, in the indicator's unit." })
  derivedValue!: number;

  @Field(() => Float, {
    nullable: true,
    description: "The figure submitted for the cell (its latest revision, by hand or derived); null when none is.",
  })
  submittedValue!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "derivedValue − submittedValue; null when nothing is submitted.",
  })
  difference!: number | null;

  @Field(() => Observation, {
    nullable: true,
    description:
      "The latest revision submitted for the cell (with its provenance when it was derived); null when none.",
  })
  submitted!: Observation | null;

  @Field(() => Int, { description: "How many records the derived figure counts or sums." })
  recordCount!: number;

  @Field(() => [String], { description: "The keys of those records." })
  recordKeys!: string[];
}

@ObjectType({
  description:
    "An indicator's yearly figure as the domain computes it from its own records, cell by cell, beside what is submitted.",
})
@Directive("@shareable")
export class DerivedFigure {
  @Field(() => ID, { description: "The indicator." })
  indicatorCode!: string;

  @Field(() => String, { description: 'The period: the year, e.g. "2015".' })
  period!: string;

  @Field(() => String, { description: "The indicator's unit." })
  unit!: string;

  @Field(() => String, { description: 'The type of the records it is computed from, e.g. "InvestmentProject".' })
  recordType!: string;

  @Field(() => String, { description: "What is counted or summed, in words (Vietnamese, then English)." })
  method!: string;

  @Field(() => [DerivedFigureCell], { description: "Every cell the records give, the total ({}) first." })
  cells!: DerivedFigureCell[];
}
