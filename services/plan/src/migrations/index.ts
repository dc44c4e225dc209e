import { CreateRegistry1764230400000 } from "./1764230400000-create-registry";

/** Every migration of the plan subgraph, oldest first. */
export const planMigrations = [CreateRegistry1764230400000];
