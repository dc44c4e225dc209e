import { defineDomainSubgraph } from "@hpig/reporting";
import { agricultureMigrations } from "./migrations";

/** The agriculture domain: Sở Lao động, Thương binh và Xã hội (LĐTBXH). */
export const agricultureSubgraph = defineDomainSubgraph({
  name: "agriculture",
  domain: "AGRICULTURE",
  defaultPort: 4007,
  migrations: agricultureMigrations,
});
