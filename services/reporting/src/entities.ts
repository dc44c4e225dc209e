import { Observation } from "./indicators/observation.entity";
import { ImplementationPlan } from "./progress/implementation-plan.entity";
import { ProgressReport } from "./progress/progress-report.entity";
import { IndicatorReference } from "./registry/indicator-reference.entity";
import { TaskReference } from "./registry/task-reference.entity";

/** Every table a domain subgraph has, as TypeORM entities (the reporting migrations create them all). */
export const REPORTING_ENTITIES = [TaskReference, IndicatorReference, ProgressReport, ImplementationPlan, Observation];
