import { Field, Float, Int, ObjectType } from "type-graphql";

import { InvestmentProject } from "./investment-project.entity";

@ObjectType({ description: "A project in a list, with the cursor to continue after it." })
export class InvestmentProjectEdge {
  @Field(() => InvestmentProject, { description: "The project." })
  node!: InvestmentProject;

  @Field({ description: "Opaque: pass it as `after` to get the projects after this one." })
  cursor!: string;
}

@ObjectType({ description: "Where a page of a list stands." })
export class InvestmentProjectPageInfo {
  @Field(() => Boolean, { description: "Whether more projects follow the last of this page." })
  hasNextPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: "The cursor of the page's last project; null for an empty page.",
  })
  endCursor!: string | null;
}

@ObjectType({ description: "A page of investment projects, newest licence first, and how many match in all." })
export class InvestmentProjectConnection {
  @Field(() => [InvestmentProjectEdge], { description: "The page's projects." })
  edges!: InvestmentProjectEdge[];

  @Field(() => InvestmentProjectPageInfo, { description: "Whether more follow, and from where." })
  pageInfo!: InvestmentProjectPageInfo;

  @Field(() => Int, { description: "How many projects match the filter, on every page." })
  totalCount!: number;
}

@ObjectType({ description: "How much of a park's land for lease is leased to projects that are not terminated." })
export class ParkOccupancy {
  @Field(() => Float, { description: "Land leased to its projects that are not terminated, in hectares." })
  leasedAreaHa!: number;

  @Field(() => Float, { description: "The park's industrial land for lease, in hectares (its record's)." })
  leasableAreaHa!: number;

  @Field(() => Float, {
    nullable: true,
    description: "leasedAreaHa ÷ leasableAreaHa × 100, to 0.1; null when the park has no land for lease.",
  })
  ratePercent!: number | null;

  @Field(() => Int, { description: "How many projects that are not terminated lease land in it." })
  projectCount!: number;
}
