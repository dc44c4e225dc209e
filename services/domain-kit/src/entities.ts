import { AUDIT_ENTITIES } from "@hpig/kit";

import { TaskComment } from "./comments/task-comment.entity";
import { ObservationProvenance, ObservationProvenanceRecord } from "./derived/observation-provenance.entity";
import { ProgressOutbox } from "./feed/progress-outbox.entity";
import { Observation } from "./indicators/observation.entity";
import { ImplementationPlan } from "./progress/implementation-plan.entity";
import { ProgressReport } from "./progress/progress-report.entity";
import { IndicatorReference } from "./registry/indicator-reference.entity";
import { TaskReference } from "./registry/task-reference.entity";

/**
 * Every table a domain subgraph has, as TypeORM entities (the reporting migrations create them
 * all): its copies of the registry, reports (and the outbox feeding them to plan), plans, figures (and the provenance of those derived from records), comments, and the kit's audit trail.
 */
export const REPORTING_ENTITIES = [
  TaskReference,
  IndicatorReference,
  ProgressReport,
  ProgressOutbox,
  ImplementationPlan,
  Observation,
  ObservationProvenance,
  ObservationProvenanceRecord,
  TaskComment,
  ...AUDIT_ENTITIES,
];
