import { defineDomainSubgraph } from "@hpig/domain-kit";

import { environmentIndicators } from "./indicators";
import { environmentMigrations } from "./migrations";
import { monitoringDerivers, monitoringEntities, monitoringResolvers, monitoringRoutes } from "./monitoring";

/** The environment domain: Sở Tài nguyên và Môi trường (TNMT), Sở Y tế. */
export const environmentSubgraph = defineDomainSubgraph({
  name: "environment",
  migrations: environmentMigrations,
  indicators: environmentIndicators,
  // Its own records: environmental monitoring (stations, QCVN limits, campaigns, samples), monitoring/.
  entities: [...monitoringEntities],
  resolvers: [...monitoringResolvers],
  // Uploads of automatic stations' samples: POST /records/environment/samples/upload.
  routes: monitoringRoutes,
  // Appendix row 8's monitoring figures computed from these records.
  derivedFigures: [...monitoringDerivers],
  sampleData: async () => (await import("./sample-profile.js")).loadSample,
});
