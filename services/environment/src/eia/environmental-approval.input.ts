import { GraphQLLocalDate } from "graphql-scalars";
import { Field, ID, InputType } from "type-graphql";

import { ApprovingBody } from "./environmental-approval.entity";

/** An EIA approval or commitment registration as TNMT records it (a new one, or every field of a correction). */
@InputType({ description: "An EIA approval or commitment registration: the project, the decision and who made it." })
export class ApprovalInput {
  @Field({ description: "The project's name as the decision writes it (1–500 characters)." })
  projectName!: string;

  @Field({ description: "The investor (chủ đầu tư) as the decision writes it (1–255 characters)." })
  investor!: string;

  @Field(() => ID, {
    nullable: true,
    description: "The project's id in the investment domain, when it is known there (up to 64 characters, no spaces).",
  })
  investmentProjectId?: string | null;

  @Field({
    description:
      'The decision\'s number as written: a number, optionally a year, then the document\'s kind and issuer, e.g. "1234/QĐ-UBND", "56/GXN-STNMT", "12/2015/QĐ-BQL".',
  })
  decisionNumber!: string;

  @Field(() => GraphQLLocalDate, { description: "The date of the decision: not in the future, not before 1994." })
  decidedOn!: string;

  @Field(() => ApprovingBody, {
    description:
      "Who decided: for an EIA BTNMT, OTHER_MINISTRY, UBND_TP, STNMT or BQLKKT; for a commitment STNMT, BQLKKT or UBND_QH.",
  })
  approvingBody!: ApprovingBody;

  @Field(() => ID, {
    nullable: true,
    description:
      "The industrial park the project is in, by its INDUSTRIAL_PARK code (e.g. TRANG_DUE); null outside parks.",
  })
  park?: string | null;
}
