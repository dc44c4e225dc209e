import { CreateMonitoring1767100000000 } from "./1767100000000-create-monitoring";
import { CreateEnvironmentalApprovals1767200000000 } from "./1767200000000-create-environmental-approvals";

/** This domain's own migrations, oldest first; they run after the shared reporting migrations. */
export const environmentMigrations: Function[] = [
  CreateMonitoring1767100000000,
  CreateEnvironmentalApprovals1767200000000,
];
