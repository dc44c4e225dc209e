import { decimalAsNumber } from "@hpig/kit";
import { Directive, Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

/** What kind of zone a park is, as the Economic Zone Authority (BQLKKT) classes them. */
export enum IndustrialParkKind {
  KCN = "KCN",
  KKT = "KKT",
  CCN = "CCN",
}

registerEnumType(IndustrialParkKind, {
  name: "IndustrialParkKind",
  description: "The kind of zone: khu công nghiệp, khu kinh tế or cụm công nghiệp.",
  valuesConfig: {
    KCN: { description: "Khu công nghiệp: an industrial park." },
    KKT: { description: "Khu kinh tế: an economic zone (Đình Vũ - Cát Hải)." },
    CCN: { description: "Cụm công nghiệp: an industrial cluster (managed with the districts)." },
  },
});

/**
 * An industrial park the investment domain keeps: the Economic Zone Authority's (BQLKKT) record of
 * it. Its code is the code of the INDUSTRIAL_PARK breakdown, so a park's figures and its record
 * meet on it; other subgraphs may reference a park by that key.
 */
@Entity("industrial_park")
@ObjectType({
  description:
    "An industrial park (or economic zone, or cluster) kept by the investment domain for Ban quản lý Khu kinh tế (BQLKKT); its code is the code of the INDUSTRIAL_PARK breakdown of the park figures.",
})
@Directive('@key(fields: "code")')
export class IndustrialPark {
  @PrimaryColumn({ type: "varchar", length: 32 })
  @Field(() => ID, { description: 'The park\'s code, as in the INDUSTRIAL_PARK code list, e.g. "TRANG_DUE".' })
  code!: string;

  @Column({ type: "varchar", length: 255 })
  @Field({ description: 'Its name in Vietnamese, e.g. "KCN Tràng Duệ".' })
  name!: string;

  @Column({ type: "varchar", length: 8 })
  @Field(() => IndustrialParkKind, { description: "KCN, KKT or CCN." })
  kind!: IndustrialParkKind;

  @Column({ type: "varchar", length: 255 })
  @Field({ description: 'Where it is: district (quận, huyện) and commune, e.g. "huyện An Dương".' })
  location!: string;

  @Column({ name: "total_area_ha", type: "decimal", precision: 12, scale: 2, transformer: decimalAsNumber })
  @Field(() => Float, { description: "Its planned total area, in hectares." })
  totalAreaHa!: number;

  @Column({ name: "leasable_area_ha", type: "decimal", precision: 12, scale: 2, transformer: decimalAsNumber })
  @Field(() => Float, { description: "Its industrial land for lease, in hectares (at most the total area)." })
  leasableAreaHa!: number;

  @Column({ type: "varchar", length: 255, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: "The infrastructure developer that runs it; null when not known.",
  })
  operator!: string | null;

  @Column({ name: "opened_year", type: "integer", nullable: true })
  @Field(() => Int, { nullable: true, description: "The year it was established; null when not known." })
  openedYear!: number | null;

  @Column({ type: "boolean" })
  @Field(() => Boolean, { description: "True for generated sample data." })
  sample!: boolean;
}
