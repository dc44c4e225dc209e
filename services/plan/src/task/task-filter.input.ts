import { TaskStatus } from "@hpig/kit";
import { Matches, Max, Min } from "class-validator";
import { GraphQLLocalDate } from "graphql-scalars";
import { Field, ID, InputType, Int } from "type-graphql";

import { Domain } from "../domain/domain";

@InputType({ description: "Narrows `tasks`; every given condition must hold." })
export class TaskFilter {
  @Field(() => ID, { nullable: true, description: 'Program group numeral, e.g. "IV".' })
  @Matches(/^[IVXLC]{1,8}$/, { message: 'group must be a Roman numeral such as "IV"' })
  group?: string;

  @Field(() => ID, { nullable: true, description: "Only tasks this agency leads (agency code)." })
  leadAgency?: string;

  @Field(() => ID, { nullable: true, description: "Only tasks this agency coordinates (agency code)." })
  coordinatingAgency?: string;

  @Field(() => Int, { nullable: true, description: "Only tasks whose period covers this year." })
  @Min(1900)
  @Max(2100)
  activeInYear?: number;

  @Field(() => Domain, { nullable: true, description: "Only tasks owned by this domain." })
  domain?: Domain;

  @Field(() => TaskStatus, {
    nullable: true,
    description:
      'Only tasks with this status as of `asOf`, judged as each task\'s own `status(asOf:)` is (from the latest reports known then and the deadline): `{ status: OVERDUE, asOf: "2016-06-30" }`.',
  })
  status?: TaskStatus;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: "The date `status` is judged at (Viet Nam time, end of day); today when left out. Only with status.",
  })
  asOf?: string;
}
