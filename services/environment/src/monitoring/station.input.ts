import { GraphQLLocalDate } from "graphql-scalars";
import { Field, Float, InputType } from "type-graphql";

import { Medium } from "./medium";

/** A station's record as TNMT sends it: a new station, or every field of an existing one. */
@InputType("MonitoringStationInput", { description: "A monitoring station's record; a known code updates it." })
export class MonitoringStationInput {
  @Field({ description: "Upper-case letters, digits and _, 2–32 characters." })
  code!: string;

  @Field({ description: "Its name in Vietnamese (1–255 characters)." })
  name!: string;

  @Field(() => Medium, { description: "The medium it samples; fixed once it has samples." })
  medium!: Medium;

  @Field(() => Float, { description: "Latitude, decimal degrees (Hải Phòng: 20–21.5)." })
  latitude!: number;

  @Field(() => Float, { description: "Longitude, decimal degrees (Hải Phòng: 106–107.5)." })
  longitude!: number;

  @Field({ description: "Its address (1–255 characters)." })
  address!: string;

  @Field(() => String, { nullable: true, description: "The INDUSTRIAL_PARK code of the park it stands in, if any." })
  park?: string | null;

  @Field(() => String, { nullable: true, description: "The INDUSTRIAL_AREA code of its area, if any." })
  area?: string | null;

  @Field({ description: "True for an automatic station (hourly values), false for a point sampled in campaigns." })
  automatic!: boolean;
}

/** A campaign's record: its dates and stations. */
@InputType("MonitoringCampaignInput", { description: "A periodic monitoring campaign; a known code updates it." })
export class MonitoringCampaignInput {
  @Field({ description: "Upper-case letters, digits, _ and -, 2–32 characters." })
  code!: string;

  @Field({ description: "Its name in Vietnamese (1–255 characters)." })
  name!: string;

  @Field(() => GraphQLLocalDate, { description: "Its first day (Viet Nam time)." })
  startsOn!: string;

  @Field(() => GraphQLLocalDate, { description: "Its last day, on or after startsOn, within 92 days of it." })
  endsOn!: string;

  @Field(() => [String], { description: "The codes of the stations sampled in it (1–500), none automatic." })
  stations!: string[];
}
