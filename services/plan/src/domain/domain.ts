import { DOMAINS, domainTaskTypeName } from "@hpig/kit";
import { registerEnumType } from "type-graphql";

/**
 * A reporting domain's value ("LABOUR"). The values are data: one per entry of the domain manifest
 * (services/domains.json), so a new department's subgraph needs no edit here.
 */
export type Domain = string;

/**
 * The reporting domains: each is a subgraph with its own service and database that owns the
 * tasks its agencies lead. `Domain.LABOUR` reads as an enum's member would; an unknown member is
 * undefined, and the tests that use one fail.
 */
export const Domain: Readonly<Record<string, Domain>> = Object.freeze(
  Object.fromEntries(DOMAINS.map((entry) => [entry.domain, entry.domain])),
);

registerEnumType(Domain, {
  name: "Domain",
  description:
    "A reporting domain: a department subgraph that owns the tasks its agencies lead and the indicators they report.",
  valuesConfig: Object.fromEntries(DOMAINS.map((entry) => [entry.domain, { description: entry.description }])),
});

/** GraphQL name of the concrete task type a domain owns, e.g. INDUSTRY → IndustryTask. */
export function taskTypeName(domain: Domain): string {
  return domainTaskTypeName(domain);
}
