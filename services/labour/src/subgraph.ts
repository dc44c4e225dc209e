import { defineDomainSubgraph } from "@hpig/reporting";
import { labourMigrations } from "./migrations";

/** The labour domain: Sở Lao động, Thương binh và Xã hội (LĐTBXH). */
export const labourSubgraph = defineDomainSubgraph({
  name: "labour",
  domain: "LABOUR",
  defaultPort: 4004,
  migrations: labourMigrations,
});
