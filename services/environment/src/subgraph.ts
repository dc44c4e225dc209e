import { defineDomainSubgraph } from "@hpig/domain-kit";

import { approvalRecords } from "./eia";
import { environmentIndicators } from "./indicators";
import { environmentMigrations } from "./migrations";

/** The environment domain: Sở Tài nguyên và Môi trường (TNMT), Sở Y tế. */
export const environmentSubgraph = defineDomainSubgraph({
  name: "environment",
  migrations: environmentMigrations,
  indicators: environmentIndicators,
  // Its own records: TNMT's EIA approvals and commitment registrations (src/eia).
  entities: [...approvalRecords.entities],
  resolvers: [...approvalRecords.resolvers],
  derivedFigures: [...approvalRecords.derivedFigures],
  sampleData: async () => (await import("./sample-profile.js")).loadSample,
});
