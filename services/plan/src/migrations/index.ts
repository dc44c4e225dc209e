import { CreateRegistry1764230400000 } from "./1764230400000-create-registry";
import { IndicatorsAndReportingCycle1764500000000 } from "./1764500000000-indicators-and-reporting-cycle";

/** Every migration of the plan subgraph, oldest first. */
export const planMigrations = [CreateRegistry1764230400000, IndicatorsAndReportingCycle1764500000000];
