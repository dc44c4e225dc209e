import { defineDomainSubgraph } from "@hpig/domain-kit";

import { industryIndicators } from "./indicators";
import { industryMigrations } from "./migrations";

/** The industry domain: Sở Công Thương (CT), Cục Thống kê, Cục Thuế, Cục Hải quan. */
export const industrySubgraph = defineDomainSubgraph({
  name: "industry",
  migrations: industryMigrations,
  indicators: industryIndicators,
  sampleData: async () => (await import("./sample-profile.js")).loadSample,
});
