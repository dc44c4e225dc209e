import { TargetDirection, TargetMeasure } from "@hpig/kit";
import { GraphQLLocalDate } from "graphql-scalars";
import { Directive, Field, Float, Int, ObjectType, registerEnumType } from "type-graphql";

import { Observation } from "./observation.entity";

export enum VerdictOutcome {
  MET = "MET",
  NOT_MET = "NOT_MET",
  ON_TRACK = "ON_TRACK",
  AT_RISK = "AT_RISK",
  NO_DATA = "NO_DATA",
}

registerEnumType(VerdictOutcome, {
  name: "VerdictOutcome",
  description: "The verdict on a target as of a date: final once its period is over and every figure it needs is in.",
  valuesConfig: {
    MET: {
      description:
        "Final: the period is over, every required year has a figure of the basis asked, and the value meets the requirement.",
    },
    NOT_MET: { description: "Final: as MET, but the value does not meet the requirement." },
    ON_TRACK: {
      description:
        "Projection (the period is not over, or its last figures are still awaited): a rate's average over the years so far meets the requirement; a level's latest figure meets it already, or the straight line through its last two consecutive years reaches it by the end year.",
    },
    AT_RISK: { description: "Projection, as ON_TRACK, but the requirement is not met that way." },
    NO_DATA: {
      description:
        "No verdict: no figure of the basis asked yet, or a rate's years have a gap (a year missing before a year with a figure): its average is never taken over fewer years. missingYears names them.",
    },
  },
});

export enum FigureBasis {
  OFFICIAL = "OFFICIAL",
  ESTIMATE_ALLOWED = "ESTIMATE_ALLOWED",
}

registerEnumType(FigureBasis, {
  name: "FigureBasis",
  description: "Which figures a verdict may use.",
  valuesConfig: {
    OFFICIAL: {
      description: "Per year, the latest OFFICIAL revision known at the end of asOf; estimates do not count.",
    },
    ESTIMATE_ALLOWED: {
      description: "Per year, the latest revision known at the end of asOf, estimate, preliminary or official.",
    },
  },
});

@ObjectType({
  description:
    "A target judged against the indicator's yearly totals as known at the end of a day (Viet Nam time). A rate over a period (AVERAGE_ANNUAL_GROWTH) is judged on the compounded average annual rate over its years, (Π(1 + g/100))^(1/n) − 1, in percent rounded to 2 decimals; a share or level (SHARE) on its end year's figure. AT_LEAST is met at value ≥ requiredMin, AT_MOST at value ≤ requiredMax, WITHIN_BAND at requiredMin ≤ value ≤ requiredMax.",
})
@Directive("@shareable")
export class TargetVerdict {
  @Field(() => VerdictOutcome, {
    description:
      "MET or NOT_MET once the period is over (asOf on or after 31 December of toYear) and every required year has a figure (every year of a rate's period; a level's end year); otherwise ON_TRACK or AT_RISK from the figures so far, or NO_DATA.",
  })
  outcome!: VerdictOutcome;

  @Field(() => TargetMeasure, { description: "The target's measure: how the figures were combined." })
  measure!: TargetMeasure;

  @Field(() => TargetDirection, { description: "The target's direction: which side of the band meets it." })
  direction!: TargetDirection;

  @Field(() => Float, {
    nullable: true,
    description:
      "The value compared with the requirement: a rate's compounded average over yearsUsed (2 decimals); a level's end-year or latest figure, or, when the straight line was drawn, its value at toYear (2 decimals). Null for NO_DATA.",
  })
  value!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "The least value that meets the target: min for AT_LEAST and WITHIN_BAND, null for AT_MOST.",
  })
  requiredMin!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "The greatest value that meets the target: max for AT_MOST and WITHIN_BAND, null for AT_LEAST.",
  })
  requiredMax!: number | null;

  @Field(() => [Int], { description: "The years whose figures the judgement used, oldest first; empty for NO_DATA." })
  yearsUsed!: number[];

  @Field(() => [Observation], {
    description: "The figures used, one per year of yearsUsed, with their status, revision and source.",
  })
  observations!: Observation[];

  @Field(() => [Int], {
    description:
      "Required years up to the year of asOf without a figure of the basis asked: for a rate the years of its period, for a level its end year.",
  })
  missingYears!: number[];

  @Field(() => String, {
    description: "In Vietnamese, one or two sentences: what was compared with what, and what is missing.",
  })
  explanation!: string;

  @Field(() => String, { description: "The explanation in English." })
  explanationEn!: string;

  @Field(() => GraphQLLocalDate, { description: "The day the figures were taken as known at the end of." })
  asOf!: string;

  @Field(() => FigureBasis, { description: "Which figures were allowed." })
  basis!: FigureBasis;
}
