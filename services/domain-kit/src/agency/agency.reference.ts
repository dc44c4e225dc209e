import { Directive, Field, ID, ObjectType } from "type-graphql";

/** The plan subgraph's Agency, referred to by code; plan resolves its other fields. */
// No description: the plan subgraph's description of Agency is the one the supergraph shows.
@ObjectType()
@Directive('@key(fields: "code", resolvable: false)')
export class Agency {
  @Field(() => ID)
  code!: string;
}

export function agencyReference(code: string): Agency {
  return Object.assign(new Agency(), { code });
}
