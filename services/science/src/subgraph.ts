import { defineDomainSubgraph } from "@hpig/reporting";
import { scienceMigrations } from "./migrations";

/** The science domain: Sở Lao động, Thương binh và Xã hội (LĐTBXH). */
export const scienceSubgraph = defineDomainSubgraph({
  name: "science",
  domain: "SCIENCE",
  defaultPort: 4006,
  migrations: scienceMigrations,
});
