import { Directive, Field, Float, Int, ObjectType, registerEnumType } from "type-graphql";

import { Observation } from "./observation.entity";

export enum AssessmentStatus {
  BELOW = "BELOW",
  WITHIN = "WITHIN",
  ABOVE = "ABOVE",
  NO_DATA = "NO_DATA",
}

registerEnumType(AssessmentStatus, {
  name: "AssessmentStatus",
  description: "Where a year's actual figure falls against a target's band.",
  valuesConfig: {
    BELOW: { description: "Below the band's minimum." },
    WITHIN: { description: "Between minimum and maximum, both included." },
    ABOVE: { description: "Above the band's maximum." },
    NO_DATA: { description: "No figure for that year yet." },
  },
});

@ObjectType({ description: "A target's band against the actual figure of one year it covers." })
@Directive("@shareable")
export class TargetAssessment {
  @Field(() => Int, { description: "The year assessed." })
  year!: number;

  @Field(() => AssessmentStatus, { description: "Below, within or above the band, or no figure yet." })
  status!: AssessmentStatus;

  @Field(() => Float, {
    nullable: true,
    description: "The year's figure (the latest revision known), in the indicator's unit.",
  })
  actual!: number | null;

  @Field(() => Float, { description: "Lower bound of the target's band." })
  min!: number;

  @Field(() => Float, { description: "Upper bound of the target's band." })
  max!: number;

  @Field(() => Observation, {
    nullable: true,
    description: "The figure compared, with its status (estimate or official) and source.",
  })
  observation!: Observation | null;
}

export interface TargetBand {
  min: number;
  max: number;
  fromYear: number;
  toYear: number;
}

/** null for a year the target does not cover; the figure is the indicator's total for that year. */
export function assessTarget(band: TargetBand, year: number, figure: Observation | null): TargetAssessment | null {
  if (year < band.fromYear || year > band.toYear) return null;
  const actual = figure?.value ?? null;
  const status =
    actual === null
      ? AssessmentStatus.NO_DATA
      : actual < band.min
        ? AssessmentStatus.BELOW
        : actual > band.max
          ? AssessmentStatus.ABOVE
          : AssessmentStatus.WITHIN;
  return Object.assign(new TargetAssessment(), {
    year,
    status,
    actual,
    min: band.min,
    max: band.max,
    observation: figure,
  });
}
