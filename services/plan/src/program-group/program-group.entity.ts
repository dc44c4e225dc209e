import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

@Entity("program_group")
@ObjectType({ description: "One of the plan's program groups (nhóm chương trình), I to IX, each a set of tasks." })
@Directive('@key(fields: "code")')
export class ProgramGroup {
  @PrimaryColumn({ type: "varchar", length: 8 })
  @Field(() => ID, { description: 'Roman numeral as in the plan: "I" … "IX".' })
  code!: string;

  @Column({ type: "integer" })
  @Field(() => Int, { description: "The numeral's value, 1 … 9." })
  number!: number;

  @Column({ type: "text" })
  @Field(() => String, { description: "The group's title as written in the plan." })
  title!: string;
}
