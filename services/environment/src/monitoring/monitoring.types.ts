import { GraphQLDateTimeISO } from "graphql-scalars";
import { Field, Float, Int, ObjectType } from "type-graphql";

import { MonitoringParameter } from "./parameter.entity";

/** A value as taken, or a bucket of values (its mean, highest, count and how many broke the limit). */
// Plain fields, resolved by graphql-js itself: a year of buckets is thousands of values, and a
// type-graphql field resolver (its auth middleware) on each cost a few ms per request.
@ObjectType("MonitoringValue", {
  simpleResolvers: true,
  description:
    "A station's value of a parameter as taken, or, with an aggregate, one UTC bucket of them: the mean, the highest, how many, and how many broke the QCVN limit in force when each was taken.",
})
export class MonitoringValue {
  @Field(() => GraphQLDateTimeISO, { description: "When it was taken, or the start of its bucket (UTC)." })
  time!: Date;

  @Field(() => Float, {
    description: "The value, or the bucket's mean (below-detection values count as their detection limit).",
  })
  value!: number;

  @Field(() => Float, { description: "The highest value in the bucket (the value itself when not aggregated)." })
  max!: number;

  @Field(() => Int, { description: "How many values (1 when not aggregated)." })
  count!: number;

  @Field(() => Int, {
    description:
      "How many broke the limit in force when taken: above a maximum, or below a minimum (0 or 1 when not aggregated).",
  })
  exceeds!: number;

  @Field(() => Boolean, {
    nullable: true,
    description: "Whether the value is below detection (it is then the detection limit); null for a bucket.",
  })
  belowDetection!: boolean | null;
}

/** A parameter that broke its limit at a station over a period. */
@ObjectType("MonitoringExceedance", {
  simpleResolvers: true,
  description: "A parameter that broke its QCVN limit at a station in a period: how often, out of how many values.",
})
export class MonitoringExceedance {
  @Field(() => MonitoringParameter, { description: "The parameter." })
  parameter!: MonitoringParameter;

  @Field(() => Int, { description: "Values of it in the period." })
  samples!: number;

  @Field(() => Int, { description: "Of those, how many broke the limit in force when taken." })
  exceeding!: number;

  @Field(() => Float, { description: "Its highest value in the period." })
  max!: number;

  @Field(() => GraphQLDateTimeISO, { description: "When it first broke the limit in the period." })
  firstExceedingAt!: Date;

  @Field(() => GraphQLDateTimeISO, { description: "When it last broke the limit in the period." })
  lastExceedingAt!: Date;
}
