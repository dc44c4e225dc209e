import { GraphQLLocalDate } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from "typeorm";

/** A periodic monitoring round (đợt quan trắc): its dates and the stations sampled in it. */
@Entity("monitoring_campaign")
@ObjectType("MonitoringCampaign", {
  description:
    "A periodic monitoring round (đợt quan trắc định kỳ): its dates (Viet Nam time) and the stations sampled.",
})
export class MonitoringCampaign {
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Index({ unique: true })
  @Column({ type: "varchar", length: 32 })
  @Field({ description: 'Its code, e.g. "2015-Q2-DINH_VU".' })
  code!: string;

  @Column({ type: "varchar", length: 255 })
  @Field({ description: "Its name in Vietnamese." })
  name!: string;

  @Column({ name: "starts_on", type: "varchar", length: 10 })
  @Field(() => GraphQLLocalDate, {
    description: "Its first day (Viet Nam time); the year of this day is the year its samples are counted in.",
  })
  startsOn!: string;

  @Column({ name: "ends_on", type: "varchar", length: 10 })
  @Field(() => GraphQLLocalDate, { description: "Its last day (Viet Nam time), on or after startsOn." })
  endsOn!: string;

  @Column({ type: "boolean" })
  @Field({ description: "True for generated sample data." })
  sample!: boolean;
}

/** Which stations a campaign samples. */
@Entity("monitoring_campaign_station")
export class MonitoringCampaignStation {
  @PrimaryColumn({ name: "campaign_id", type: "integer" })
  campaignId!: number;

  @PrimaryColumn({ name: "station_id", type: "integer" })
  stationId!: number;
}
