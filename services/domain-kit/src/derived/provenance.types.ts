import { Ctx, Directive, Field, FieldResolver, Int, InterfaceType, ObjectType, Resolver, Root } from "type-graphql";

import type { ReportingContext } from "../context";
import { Observation } from "../indicators/observation.entity";
import type { DerivedRecords, FigureDeriver } from "./figure-deriver";
import type { ProvenanceView } from "./provenance";

/** The provenance type of records that have no type of their own in this domain: their keys only. */
const GENERIC_PROVENANCE = "RecordProvenance";

/**
 * `Observation.provenance` for one domain: the interface every domain shares, a generic
 * implementation, and one implementation per record type its derivers compute from
 * (`InvestmentProjectProvenance { records: [InvestmentProject!]! }`), whose records are loaded
 * through the deriver's loader. Made per domain, as a process builds one domain's schema.
 */
export function createProvenanceTypes(derivers: readonly FigureDeriver[]) {
  const recordsOf = new Map<string, DerivedRecords | undefined>();
  for (const deriver of derivers) {
    if (!recordsOf.has(deriver.recordType) || !recordsOf.get(deriver.recordType)) {
      recordsOf.set(deriver.recordType, deriver.records);
    }
  }
  const typeNameOf = (recordType: string) =>
    recordsOf.get(recordType) ? `${recordType}Provenance` : GENERIC_PROVENANCE;

  @InterfaceType("FigureProvenance", {
    description:
      "Where a figure derived from a domain's records came from: the kind of record, how many, their keys and how they were counted or summed. Figures given by hand have none.",
    resolveType: (provenance: ProvenanceView) => typeNameOf(provenance.recordType),
  })
  abstract class FigureProvenance {
    @Field(() => String, { description: 'The type of the records, as the schema names it, e.g. "InvestmentProject".' })
    recordType!: string;

    @Field(() => Int, { description: "How many records the figure was computed from." })
    recordCount!: number;

    @Field(() => [String], { description: "The keys of those records (their entity's key field), in order." })
    recordKeys!: string[];

    @Field(() => String, { description: "How the figure was computed from them, in words (Vietnamese, then English)." })
    method!: string;
  }

  @ObjectType(GENERIC_PROVENANCE, {
    implements: FigureProvenance,
    description:
      "The provenance of a figure derived from records that have no type of their own here: their keys only.",
  })
  @Directive("@shareable")
  class RecordProvenance extends FigureProvenance {}

  const typed = [...recordsOf].flatMap(([recordType, maybeRecords]) => {
    if (!maybeRecords) return [];
    const records = maybeRecords;
    @ObjectType(`${recordType}Provenance`, {
      implements: FigureProvenance,
      description: `The provenance of a figure derived from ${recordType} records, with the records themselves.`,
    })
    class TypedProvenance extends FigureProvenance {}

    @Resolver(() => TypedProvenance)
    class TypedProvenanceResolver {
      @FieldResolver(() => [records.type], {
        description: `The ${recordType} records the figure was computed from (those still recorded), in key order.`,
      })
      async records(@Root() provenance: ProvenanceView, @Ctx() context: ReportingContext): Promise<unknown[]> {
        return (await records.load(provenance.recordKeys, context)).filter(
          (record) => record !== null && !(record instanceof Error),
        );
      }
    }
    return [{ type: TypedProvenance, resolver: TypedProvenanceResolver }];
  });

  @Resolver(() => Observation)
  class ObservationProvenanceResolver {
    @FieldResolver(() => FigureProvenance, {
      nullable: true,
      description:
        "Where this revision came from when it was derived from the domain's records (submitDerivedFigures): the records and how they were counted; null for a figure given by hand.",
    })
    provenance(@Root() observation: Observation, @Ctx() { loaders }: ReportingContext): Promise<ProvenanceView | null> {
      return loaders.provenance.load(observation.id);
    }
  }

  return {
    resolvers: [ObservationProvenanceResolver, ...typed.map((entry) => entry.resolver)] as const,
    orphanedTypes: [FigureProvenance, RecordProvenance, ...typed.map((entry) => entry.type)],
  };
}
