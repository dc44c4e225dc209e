import { GraphQLLocalDate } from "graphql-scalars";
import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

@Entity("plan")
@ObjectType({ description: "The plan the committee follows: Plan 3438/KH-UBND of the Hải Phòng People's Committee." })
@Directive('@key(fields: "number")')
export class Plan {
  @PrimaryColumn({ type: "varchar", length: 32 })
  @Field(() => ID, { description: 'The document number, e.g. "3438/KH-UBND".' })
  number!: string;

  @Column({ name: "issued_on", type: "varchar", length: 10 })
  @Field(() => GraphQLLocalDate, { description: "Date of issue." })
  issuedOn!: string;

  @Column({ type: "text" })
  @Field(() => String, { description: "The plan's heading as written." })
  title!: string;

  @Column({ name: "horizon_year", type: "integer" })
  @Field(() => Int, {
    description:
      'The last year the plan\'s title names ("… định hướng đến năm 2020"): its horizon. Reporting years run from the year of issue to this one.',
  })
  horizonYear!: number;

  @Column({ name: "signed_by", type: "varchar", length: 128, nullable: true })
  @Field(() => String, { nullable: true, description: "Who signed the plan for the People's Committee." })
  signedBy!: string | null;

  @Column({ name: "source_sha256", type: "varchar", length: 64 })
  @Field(() => String, { description: "SHA-256 of the document text the registry was imported from." })
  sourceSha256!: string;
}
