import { Directive, Field, ID, ObjectType } from "type-graphql";

/**
 * The investment domain's InvestmentProject, referred to by id: the investment subgraph resolves
 * its fields, this one only says which project an approval is about. Described here too, since
 * until investment declares the type this stub is all the supergraph has of it.
 */
@ObjectType("InvestmentProject", {
  description: "An investment project (certificate, investor, capital) kept by the investment domain.",
})
@Directive('@key(fields: "id", resolvable: false)')
export class InvestmentProjectReference {
  @Field(() => ID, { description: "The project's id in the investment domain." })
  id!: string;
}
