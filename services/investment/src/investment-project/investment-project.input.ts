import { Field, Float, ID, InputType, Int } from "type-graphql";

import { ProjectStatus } from "./investment-project.entity";

@InputType({ description: "The decision an adjustment of a recorded project follows." })
export class ProjectAdjustmentInput {
  @Field({ description: "The day it takes effect, YYYY-MM-DD, not after today." })
  adjustedOn!: string;

  @Field({ description: "The adjusted certificate's or the decision's number (1–64 characters)." })
  decision!: string;
}

/**
 * A project as its certificate states it: a new certificate number adds the project, a recorded
 * one adjusts it (with the decision), field by field, the changes kept.
 */
@InputType({ description: "An investment project's record; its certificate number says which project." })
export class InvestmentProjectInput {
  @Field({ description: "The certificate number: 1–64 letters, digits and . / - _ (unique)." })
  certificateNumber!: string;

  @Field({ description: "The day it was first licensed, YYYY-MM-DD, from 1990 to today." })
  certificateDate!: string;

  @Field({ description: "The project's name (1–255 characters)." })
  name!: string;

  @Field({ description: "The investor (1–255 characters)." })
  investor!: string;

  @Field({ description: 'The investor\'s country, ISO 3166-1 alpha-2 ("VN" for domestic).' })
  country!: string;

  @Field({ description: "A VSIC2 code (VSIC 2018 level 2, industry sections B–E)." })
  sector!: string;

  @Field(() => ID, { nullable: true, description: "The code of a recorded industrial park; null outside any park." })
  park?: string | null;

  @Field(() => Float, { description: "Registered capital in đồng: a whole number, 0 or more." })
  capitalVnd!: number;

  @Field(() => Float, { description: "Registered capital in US dollars, 0 or more, to the cent." })
  capitalUsd!: number;

  @Field(() => Float, {
    defaultValue: 0,
    description: "Land leased in its park, in hectares (0 or more, to 0.01; 0 outside a park).",
  })
  leasedAreaHa!: number;

  @Field(() => ProjectStatus, {
    nullable: true,
    description:
      "LICENSED, ADJUSTED or IN_OPERATION (terminate with terminateInvestmentProject). Left out: LICENSED for a new project, ADJUSTED for an adjusted one, unchanged otherwise.",
  })
  status?: ProjectStatus | null;

  @Field(() => ProjectAdjustmentInput, {
    nullable: true,
    description: "Required when the record changes a recorded project: the decision the change follows.",
  })
  adjustment?: ProjectAdjustmentInput | null;
}

@InputType({ description: "Which projects: every condition given must hold." })
export class InvestmentProjectFilter {
  @Field(() => ID, { nullable: true, description: "In this industrial park (its code)." })
  park?: string | null;

  @Field(() => String, { nullable: true, description: "In this VSIC2 sector." })
  sector?: string | null;

  @Field(() => Boolean, { nullable: true, description: "true: foreign investors only; false: domestic only." })
  foreign?: boolean | null;

  @Field(() => Int, { nullable: true, description: "Licensed (certificate date) in this year." })
  licensedIn?: number | null;
}
