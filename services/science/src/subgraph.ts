import { defineDomainSubgraph } from "@hpig/domain-kit";

import { scienceIndicators } from "./indicators";
import { scienceMigrations } from "./migrations";

/** The science domain: Sở Khoa học và Công nghệ (KHCN), Sở Thông tin và Truyền thông (TTTT). */
export const scienceSubgraph = defineDomainSubgraph({
  name: "science",
  migrations: scienceMigrations,
  indicators: scienceIndicators,
  sampleData: async () => (await import("./sample-profile.js")).loadSample,
});
