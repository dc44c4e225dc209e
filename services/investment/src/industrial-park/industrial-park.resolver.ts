import { domainNamespaces, type ReportingContext } from "@hpig/domain-kit";
import { keyedLoader } from "@hpig/kit";
import { Arg, Ctx, FieldResolver, Resolver } from "type-graphql";
import { In } from "typeorm";

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

/**
 * The request's loader of parks by code, one statement per batch: kept beside the request's shared
 * loaders (one object per request), since the domain kit's loaders know nothing of parks.
 */
const parkLoaders = new WeakMap<ReportingContext["loaders"], ReturnType<typeof keyedLoader<string, IndustrialPark>>>();

function parkLoader({ db, loaders }: ReportingContext) {
  let loader = parkLoaders.get(loaders);
  if (!loader) {
    loader = keyedLoader(
      (codes: readonly string[]) => db.getRepository(IndustrialPark).findBy({ code: In([...codes]) }),
      (park) => park.code,
    );
    parkLoaders.set(loaders, loader);
  }
  return loader;
}

/** A park referenced by its code (from another subgraph, or a park cell's link); null for an unknown code. */
export const industrialParkReference = {
  IndustrialPark: {
    __resolveReference: (reference: Record<string, unknown>, context: ReportingContext) =>
      parkLoader(context).load(String(reference["code"])),
  },
};
