import { GraphQLLocalDate } from "graphql-scalars";
import { Field, Float, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

import { Medium } from "./medium";
import { seconds } from "./sample.entity";

/** A parameter measured in one medium (SO2 in air, BOD5 in surface water, …), with its unit. */
@Entity("monitoring_parameter")
@ObjectType("MonitoringParameter", {
  description: "A parameter measured in one medium (thông số quan trắc), with its unit and its QCVN limits over time.",
})
export class MonitoringParameter {
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Index({ unique: true })
  @Column({ type: "varchar", length: 32 })
  @Field({ description: 'Its code, e.g. "AIR_SO2", "SW_BOD5", "WW_COD".' })
  code!: string;

  @Column({ type: "varchar", length: 255 })
  @Field({ description: 'Its name in Vietnamese, e.g. "Nhu cầu oxy hóa học (COD)".' })
  name!: string;

  @Column({ type: "varchar", length: 32 })
  @Field({ description: 'Its unit, e.g. "µg/m³", "mg/l", "MPN/100ml", "-" for pH.' })
  unit!: string;

  @Column({ type: "varchar", length: 16 })
  @Field(() => Medium, { description: "The medium it is measured in." })
  medium!: Medium;

  @Column({ type: "integer" })
  position!: number;
}

/**
 * A limit of a national technical regulation (QCVN) for a parameter, in force from a date until the
 * next version of the same parameter: limits are data with their source, and a sample is judged by
 * the limit in force when it was taken.
 */
@Entity("monitoring_limit")
@Index(["parameterId", "validFrom"], { unique: true })
@ObjectType("MonitoringLimit", {
  description:
    "A QCVN limit of a parameter (giới hạn theo quy chuẩn kỹ thuật quốc gia), in force from validFrom until the parameter's next limit: a maximum, a minimum (dissolved oxygen) or a range (pH).",
})
export class MonitoringLimit {
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Column({ name: "parameter_id", type: "integer" })
  parameterId!: number;

  @Column({ name: "valid_from", type: "varchar", length: 10 })
  @Field(() => GraphQLLocalDate, { description: "The day (Viet Nam time) it came into force." })
  validFrom!: string;

  /** validFrom's 00:00 in Viet Nam, in seconds since 1970 (UTC), as samples' times are stored. */
  @Column({ name: "in_force_from", type: "bigint", transformer: seconds })
  inForceFrom!: number;

  @Column({ name: "min_value", type: "double", nullable: true })
  @Field(() => Float, { nullable: true, description: "The lowest allowed value (pH, dissolved oxygen); null if none." })
  min!: number | null;

  @Column({ name: "max_value", type: "double", nullable: true })
  @Field(() => Float, { nullable: true, description: "The highest allowed value; null if none." })
  max!: number | null;

  @Column({ type: "varchar", length: 64 })
  @Field({ description: 'The regulation, e.g. "QCVN 05:2013/BTNMT".' })
  standard!: string;

  @Column({ type: "varchar", length: 500 })
  @Field({
    description:
      "Where in it, and how it applies: table, column, averaging time, and the circular that issued it, in Vietnamese.",
  })
  source!: string;
}
