import { CreateMonitoring1767100000000 } from "./1767100000000-create-monitoring";

/** This domain's own migrations, oldest first; they run after the shared reporting migrations. */
export const environmentMigrations: Function[] = [CreateMonitoring1767100000000];
