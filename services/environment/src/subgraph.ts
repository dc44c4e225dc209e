import { defineDomainSubgraph } from "@hpig/domain-kit";

import { approvalRecords } from "./eia";
import { environmentIndicators } from "./indicators";
import { environmentMigrations } from "./migrations";
import { monitoringDerivers, monitoringEntities, monitoringResolvers, monitoringRoutes } from "./monitoring";

/** The environment domain: Sở Tài nguyên và Môi trường (TNMT), Sở Y tế. */
export const environmentSubgraph = defineDomainSubgraph({
  name: "environment",
  migrations: environmentMigrations,
  indicators: environmentIndicators,
  // Its own records: TNMT's EIA approvals and commitment registrations (src/eia), and environmental
  // monitoring: stations, QCVN limits, campaigns, samples (src/monitoring).
  entities: [...approvalRecords.entities, ...monitoringEntities],
  resolvers: [...approvalRecords.resolvers, ...monitoringResolvers],
  // Uploads of automatic stations' samples: POST /records/environment/samples/upload.
  routes: monitoringRoutes,
  // Appendix row 8's figures computed from these records.
  derivedFigures: [...approvalRecords.derivedFigures, ...monitoringDerivers],
  sampleData: async () => (await import("./sample-profile.js")).loadSample,
});
