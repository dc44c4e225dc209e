import { Field, Float, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

import { Medium } from "./medium";

/** Where a station is: its coordinates (WGS 84) and its address. */
@ObjectType("MonitoringLocation", { description: "Where a monitoring station is (WGS 84 coordinates and address)." })
export class MonitoringLocation {
  @Field(() => Float, { description: "Latitude, decimal degrees (WGS 84)." })
  latitude!: number;

  @Field(() => Float, { description: "Longitude, decimal degrees (WGS 84)." })
  longitude!: number;

  @Field({ description: 'Its address in Vietnamese, e.g. "Cổng xả số 2, KCN Đình Vũ, quận Hải An".' })
  address!: string;
}

/**
 * A monitoring station (điểm quan trắc) of the Department of Natural Resources and Environment
 * (TNMT): an automatic station sending a value every hour, or a point sampled in periodic campaigns.
 */
@Entity("monitoring_station")
@ObjectType("MonitoringStation", {
  description:
    "A monitoring station (điểm/trạm quan trắc) of Sở Tài nguyên và Môi trường: an automatic station (a value every hour) or a point sampled in periodic campaigns.",
})
export class MonitoringStation {
  /** Surrogate key: the samples table refers to it, and a small integer keeps its index small. */
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Index({ unique: true })
  @Column({ type: "varchar", length: 32 })
  @Field({ description: 'The station\'s code, e.g. "KK_DINH_VU_01".' })
  code!: string;

  @Column({ type: "varchar", length: 255 })
  @Field({ description: "Its name in Vietnamese." })
  name!: string;

  @Column({ type: "varchar", length: 16 })
  @Field(() => Medium, { description: "The medium it samples." })
  medium!: Medium;

  @Column({ type: "double" })
  latitude!: number;

  @Column({ type: "double" })
  longitude!: number;

  @Column({ type: "varchar", length: 255 })
  address!: string;

  /** The IndustrialPark (investment's record) it stands in, if any. */
  @Column({ name: "park_code", type: "varchar", length: 32, nullable: true })
  parkCode!: string | null;

  @Column({ name: "area_code", type: "varchar", length: 64, nullable: true })
  @Field(() => String, {
    nullable: true,
    description:
      "The INDUSTRIAL_AREA code of its area (park, cluster or other high-risk area), by which the appendix figures are broken down; null outside them.",
  })
  areaCode!: string | null;

  @Column({ type: "boolean" })
  @Field({ description: "True for an automatic station (a value every hour), false for a point sampled in campaigns." })
  automatic!: boolean;

  @Column({ type: "boolean" })
  @Field({ description: "True for generated sample data." })
  sample!: boolean;
}
