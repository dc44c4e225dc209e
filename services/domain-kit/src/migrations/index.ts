import { CreateAuditTrail1764600000000 } from "@hpig/kit";

import { CreateTaskProgress1764300000000 } from "./1764300000000-create-task-progress";
import { CreateObservations1764400000000 } from "./1764400000000-create-observations";
import { AddTaskComments1764700000000 } from "./1764700000000-task-comments";
import { AddProgressOutbox1765000000000 } from "./1765000000000-progress-outbox";
import { IndicatorRequirements1765200000000 } from "./1765200000000-indicator-requirements";
import { ObservationProvenance1767000000000 } from "./1767000000000-observation-provenance";

/**
 * Migrations every domain subgraph runs, oldest first: the reporting tables, the kit's audit
 * trail, comments and coordinators, the outbox of the feed to plan, the indicators' appendix rows, the provenance of figures derived from records.
 * A domain appends its own after these.
 */
export const reportingMigrations = [
  CreateTaskProgress1764300000000,
  CreateObservations1764400000000,
  CreateAuditTrail1764600000000,
  AddTaskComments1764700000000,
  AddProgressOutbox1765000000000,
  IndicatorRequirements1765200000000,
  ObservationProvenance1767000000000,
];
