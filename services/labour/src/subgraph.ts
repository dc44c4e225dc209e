import { defineDomainSubgraph } from "@hpig/domain-kit";

import { labourIndicators } from "./indicators";
import { labourMigrations } from "./migrations";

/** The labour domain: Sở Lao động, Thương binh và Xã hội (LĐTBXH). */
export const labourSubgraph = defineDomainSubgraph({
  name: "labour",
  migrations: labourMigrations,
  indicators: labourIndicators,
  sampleData: async () => (await import("./sample-profile.js")).loadSample,
});
