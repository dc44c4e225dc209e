import { domainTypePrefix } from "@hpig/kit";
import { Directive, ObjectType } from "type-graphql";

import { Domain } from "./domain";

/** The kinds of entity the plan returns as one concrete type per domain, each behind an interface of that name. */
export type DomainKind = "Task" | "Indicator" | "Target" | "ReportingObligation";

/** GraphQL name of a domain's concrete type of a kind: (LABOUR, "Indicator") → "LabourIndicator". */
export function domainTypeName(domain: Domain, kind: DomainKind): string {
  return `${domainTypePrefix(domain)}${kind}`;
}

/** Anything that belongs to one domain. */
export interface OwnedByDomain {
  domain: Domain;
}

type AbstractClass = abstract new (...args: never[]) => object;

export interface DomainTypesSpec {
  kind: DomainKind;
  /** The interface class (an `@InterfaceType` named `kind`); every concrete type implements and extends it. */
  implements: AbstractClass;
  /** The entity key, e.g. "code" or "agencyCode year". */
  key: string;
  /** Description of the concrete type of a domain, for the schema. */
  describe: (domain: string) => string;
}

/**
 * One concrete entity type per domain for an interface the plan declares (IndustryTask,
 * LabourIndicator, …). Plan resolves the interface's fields for all of them; each domain subgraph
 * declares its own type with the same key and adds the fields it owns, so lists of the interface
 * need no type fragments: the query planner splits them by type.
 */
export function createDomainTypes(spec: DomainTypesSpec): Function[] {
  return Object.values(Domain).map((domain) => {
    const Base = spec.implements as unknown as new () => object;

    @ObjectType(domainTypeName(domain, spec.kind), {
      implements: spec.implements,
      description: spec.describe(domain.toLowerCase()),
    })
    @Directive(`@key(fields: "${spec.key}")`)
    class DomainType extends Base {}

    return DomainType;
  });
}
