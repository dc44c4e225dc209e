import { Field, Float, ID, InputType, Int } from "type-graphql";

import { IndustrialParkKind } from "./industrial-park.entity";

/** A park's record as BQLKKT sends it: a new park, or every field of an existing one. */
@InputType({ description: "An industrial park's record; a known code updates that park, a new one adds it." })
export class IndustrialParkInput {
  @Field(() => ID, { description: "Upper-case letters, digits and _, 2–32 characters: the INDUSTRIAL_PARK code." })
  code!: string;

  @Field({ description: "Its name in Vietnamese (1–255 characters)." })
  name!: string;

  @Field(() => IndustrialParkKind, { description: "KCN, KKT or CCN." })
  kind!: IndustrialParkKind;

  @Field({ description: "District and commune (1–255 characters)." })
  location!: string;

  @Field(() => Float, { description: "Planned total area in hectares, above 0." })
  totalAreaHa!: number;

  @Field(() => Float, { description: "Industrial land for lease in hectares, 0 to the total area." })
  leasableAreaHa!: number;

  @Field(() => String, { nullable: true, description: "The infrastructure developer (up to 255 characters)." })
  operator?: string | null;

  @Field(() => Int, { nullable: true, description: "The year it was established, 1990 to this year." })
  openedYear?: number | null;
}
