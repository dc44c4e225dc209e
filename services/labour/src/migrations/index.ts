import { reportingMigrations } from "@hpig/reporting";

/** The shared reporting tables, then this domain's own migrations, oldest first. */
export const labourMigrations = [...reportingMigrations];
