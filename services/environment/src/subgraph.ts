import { defineDomainSubgraph } from "@hpig/domain-kit";

import { environmentIndicators } from "./indicators";
import { environmentMigrations } from "./migrations";

/** The environment domain: Sở Tài nguyên và Môi trường (TNMT), Sở Y tế. */
export const environmentSubgraph = defineDomainSubgraph({
  name: "environment",
  migrations: environmentMigrations,
  indicators: environmentIndicators,
  sampleData: async () => (await import("./sample-profile.js")).loadSample,
});
