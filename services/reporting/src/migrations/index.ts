import { CreateTaskProgress1764300000000 } from "./1764300000000-create-task-progress";
import { CreateObservations1764400000000 } from "./1764400000000-create-observations";

/** Migrations every domain subgraph runs, oldest first; a domain appends its own after these. */
export const reportingMigrations = [CreateTaskProgress1764300000000, CreateObservations1764400000000];
