import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

import { Domain } from "../domain/domain";
import { AgencyKind } from "./agency-kind";

@Entity("agency")
@ObjectType({ description: "A body the plan assigns work to, as lead (chủ trì) or coordinating (phối hợp) agency." })
@Directive('@key(fields: "code")')
export class Agency {
  @PrimaryColumn({ type: "varchar", length: 32 })
  @Field(() => ID, {
    description:
      'Stable ASCII code, e.g. "KHDT" for Sở Kế hoạch và Đầu tư, "UBND_QH" for the district People\'s Committees.',
  })
  code!: string;

  @Column({ type: "varchar", length: 255 })
  @Field(() => String, { description: "Full Vietnamese name." })
  name!: string;

  @Column({ name: "name_en", type: "varchar", length: 255 })
  @Field(() => String, { description: "English name." })
  nameEn!: string;

  @Column({ type: "varchar", length: 32 })
  @Field(() => AgencyKind, { description: "What sort of body it is." })
  kind!: AgencyKind;

  @Column({ type: "varchar", length: 32, nullable: true })
  @Field(() => Domain, {
    nullable: true,
    description: "The domain subgraph that reports for this agency; null for agencies that only coordinate.",
  })
  domain!: Domain | null;

  /** Order of the registry, for stable listings. */
  @Column({ type: "integer" })
  position!: number;
}
