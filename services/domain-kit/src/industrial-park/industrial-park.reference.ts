import { Ctx, Directive, Field, FieldResolver, getMetadataStorage, ID, ObjectType, Resolver, Root } from "type-graphql";

import type { ReportingContext } from "../context";
import { BreakdownValue } from "../indicators/dimension";

/**
 * The breakdowns whose codes are those of the investment domain's IndustrialPark records: the parks,
 * and the industrial areas (the parks under the same codes, and clusters BQLKKT may record as CCN).
 */
const PARK_DIMENSIONS: ReadonlySet<string> = new Set(["INDUSTRIAL_PARK", "INDUSTRIAL_AREA"]);

/** The type name of the investment domain's entity (its `@key` is its code). */
const INDUSTRIAL_PARK_TYPE = "IndustrialPark";

/** The investment subgraph's IndustrialPark, referred to by code; investment resolves its other fields. */
// No description: the investment subgraph's description of IndustrialPark is the one the supergraph shows.
@ObjectType(INDUSTRIAL_PARK_TYPE)
@Directive('@key(fields: "code", resolvable: false)')
export class IndustrialParkReference {
  @Field(() => ID)
  code!: string;
}

/** How a domain resolves its own entity from a reference (its batched `__resolveReference`). */
type ResolveOwn = (reference: Record<string, unknown>, context: ReportingContext) => unknown;

/**
 * `BreakdownValue.industrialPark` for one domain: a reference `{ code }` to the park (the gateway
 * fetches its record from investment), or, in the domain that owns IndustrialPark, the park itself
 * through its own batched reference resolver (found among `ownTypes`, the domain's own types).
 * The return type is chosen per domain, so a process builds one domain's schema (as each subgraph does).
 */
export function createBreakdownParkTypes(ownTypes: readonly Function[], resolveOwn: ResolveOwn | undefined) {
  const ownType = ownTypes.find(
    (type) => getMetadataStorage().objectTypes.find((meta) => meta.target === type)?.name === INDUSTRIAL_PARK_TYPE,
  );
  if (ownType && !resolveOwn) throw new Error(`${INDUSTRIAL_PARK_TYPE} is provided without its reference resolver`);
  const parkType = ownType ?? IndustrialParkReference;

  @Resolver(() => BreakdownValue)
  class BreakdownParkResolver {
    @FieldResolver(() => parkType, {
      nullable: true,
      description:
        "The industrial park this code is, for the INDUSTRIAL_PARK and INDUSTRIAL_AREA dimensions (its record is kept by the investment domain); null for any other dimension or a code without a park record.",
    })
    industrialPark(@Root() value: BreakdownValue, @Ctx() context: ReportingContext): unknown {
      if (!PARK_DIMENSIONS.has(value.dimension)) return null;
      const reference = { code: value.code };
      return resolveOwn && ownType
        ? resolveOwn(reference, context)
        : Object.assign(new IndustrialParkReference(), reference);
    }
  }

  return { resolvers: [BreakdownParkResolver] as const, orphanedTypes: ownType ? [] : [IndustrialParkReference] };
}
