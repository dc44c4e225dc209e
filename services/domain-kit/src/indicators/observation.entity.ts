import { decimalAsNumber } from "@hpig/kit";
import { GraphQLDateTimeISO, GraphQLLocalDate } from "graphql-scalars";
import { Directive, Field, Float, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from "typeorm";

import type { Breakdown } from "./breakdown";
import { ObservationPeriodType } from "./indicator-definition";
import { ObservationStatus } from "./observation-status";

/**
 * One revision of one figure: an indicator's value for a period and a breakdown cell. A new
 * figure for the same cell (a correction, or the official figure replacing the estimate) is the
 * next revision; earlier revisions stay.
 */
@Entity("observation")
@Unique("uq_observation_revision", ["indicatorCode", "period", "breakdownKey", "revision"])
@Index("idx_observation_indicator", ["indicatorCode", "periodEnd"])
@ObjectType({ description: "A figure of an indicator for a period and breakdown cell, in one revision." })
@Directive("@shareable")
export class Observation {
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Column({ name: "indicator_code", type: "varchar", length: 64 })
  @Field(() => ID, { description: "The indicator." })
  indicatorCode!: string;

  @Column({ type: "varchar", length: 7 })
  @Field(() => String, { description: 'The period: "2015", "2015-Q3" or "2015-07".' })
  period!: string;

  @Column({ name: "period_type", type: "varchar", length: 16 })
  @Field(() => ObservationPeriodType, { description: "Year, quarter or month." })
  periodType!: ObservationPeriodType;

  @Column({ name: "period_end", type: "varchar", length: 10 })
  @Field(() => GraphQLLocalDate, { description: "Last day of the period." })
  periodEnd!: string;

  /** Canonical breakdown (see breakdownKey); "" for the total. */
  @Column({ name: "breakdown_key", type: "varchar", length: 255 })
  breakdownKey!: string;

  @Column({ type: "simple-json" })
  breakdown!: Breakdown;

  @Column({ type: "decimal", precision: 24, scale: 6, transformer: decimalAsNumber })
  @Field(() => Float, { description: "The figure, in the indicator's unit." })
  value!: number;

  @Column({ type: "varchar", length: 16 })
  @Field(() => ObservationStatus, { description: "Estimate, preliminary or official." })
  status!: ObservationStatus;

  @Column({ type: "varchar", length: 255, nullable: true })
  @Field(() => String, { nullable: true, description: 'Where the figure comes from, e.g. "Niên giám thống kê 2015".' })
  source!: string | null;

  @Column({ type: "text", nullable: true })
  @Field(() => String, { nullable: true, description: "The reporter's note on the figure." })
  comment!: string | null;

  @Column({ type: "varchar", length: 255 })
  @Field(() => String, { description: "Who submitted it." })
  reporter!: string;

  @Column({ name: "recorded_at", type: "varchar", length: 24 })
  @Field(() => GraphQLDateTimeISO, { description: "When this revision was recorded." })
  recordedAt!: string;

  @Column({ type: "integer" })
  @Field(() => Int, { description: "1 for the cell's first figure; each new figure adds one." })
  revision!: number;

  @Column({ type: "boolean" })
  @Field(() => Boolean, {
    description: "Far outside the series' earlier values when recorded: worth a second look (accepted all the same).",
  })
  outlier!: boolean;

  @Column({ name: "outlier_note", type: "varchar", length: 255, nullable: true })
  @Field(() => String, { nullable: true, description: "Why it was flagged." })
  outlierNote!: string | null;

  @Column({ type: "boolean" })
  @Field(() => Boolean, { description: "True for generated sample data." })
  sample!: boolean;
}
