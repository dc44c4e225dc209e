import { defineDomainSubgraph } from "@hpig/domain-kit";

import { agricultureIndicators } from "./indicators";
import { agricultureMigrations } from "./migrations";

/** The agriculture domain: Sở Nông nghiệp và Phát triển nông thôn (NNPTNT). */
export const agricultureSubgraph = defineDomainSubgraph({
  name: "agriculture",
  migrations: agricultureMigrations,
  indicators: agricultureIndicators,
  sampleData: async () => (await import("./sample-profile.js")).loadSample,
});
