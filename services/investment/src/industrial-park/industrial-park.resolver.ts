import { domainNamespaces, type ReportingContext } from "@hpig/domain-kit";
import { Arg, Ctx, FieldResolver, Resolver } from "type-graphql";

import { investmentLoaders } from "../investment-project/project-loaders";
import { IndustrialPark } from "./industrial-park.entity";
import { IndustrialParkInput } from "./industrial-park.input";
import { recordIndustrialPark } from "./industrial-park.service";

const { Queries, Mutations } = domainNamespaces("INVESTMENT");

/** `investment { industrialParks }`: every park's record, by code. */
@Resolver(() => Queries)
export class IndustrialParkQueries {
  @FieldResolver(() => [IndustrialPark], {
    description: "The industrial parks BQLKKT keeps, by code; their codes are those of the INDUSTRIAL_PARK breakdown.",
  })
  industrialParks(@Ctx() { db }: ReportingContext): Promise<IndustrialPark[]> {
    return db.getRepository(IndustrialPark).find({ order: { code: "ASC" } });
  }
}

/** `mutation { investment { recordIndustrialPark } }`: BQLKKT's editors keep the parks' records. */
@Resolver(() => Mutations)
export class IndustrialParkMutations {
  @FieldResolver(() => IndustrialPark, {
    nullable: true,
    description:
      "Adds a park or updates its record, by an editor of BQLKKT (FORBIDDEN for anyone else); audited (entityType IndustrialPark).",
  })
  recordIndustrialPark(
    @Arg("input", () => IndustrialParkInput, { description: "The park's record." }) input: IndustrialParkInput,
    @Ctx() { db, now, principal, requestId }: ReportingContext,
  ): Promise<IndustrialPark> {
    return recordIndustrialPark(db, input, now, { principal, requestId });
  }
}

/** A park referenced by its code (from another subgraph, or a park cell's link); null for an unknown code. */
export const industrialParkReference = {
  IndustrialPark: {
    __resolveReference: (reference: Record<string, unknown>, context: ReportingContext) =>
      investmentLoaders(context).park.load(String(reference["code"])),
  },
};
