export { defineDomainSubgraph } from "./domain/domain-subgraph";
export type { DomainSubgraphOptions } from "./domain/domain-subgraph";
export { reportingMigrations } from "./migrations";
