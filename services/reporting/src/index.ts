export { defineDomainSubgraph } from "./domain/domain-subgraph";
export type { DomainSubgraph, DomainSubgraphOptions } from "./domain/domain-subgraph";
export * from "./indicators/code-lists";
export * from "./indicators/indicator-definition";
export { REPORTING_ENTITIES } from "./entities";
export { reportingMigrations } from "./migrations";
