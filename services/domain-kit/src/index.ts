export { defineDomainSubgraph } from "./domain/domain-subgraph";
export type { DomainSubgraph, DomainSubgraphOptions } from "./domain/domain-subgraph";
export * from "./indicators/code-lists";
export * from "./indicators/indicator-definition";
export { REPORTING_ENTITIES } from "./entities";
export { reportingMigrations } from "./migrations";
export { domainNamespaces } from "./domain/domain-operations";
export type { SampleDataLoader } from "./domain/domain-subgraph";
export type { ReportingContext } from "./context";

// The records and rules the sample-data generator (@hpig/sample-data) and the domains' tests use.
export { type Breakdown, breakdownKey } from "./indicators/breakdown";
export { parseObservationPeriod } from "./indicators/observation-period";
export { type IndicatorCatalogue, checkObservation } from "./indicators/observation-rules";
export { ObservationStatus } from "./indicators/observation-status";
export { Observation } from "./indicators/observation.entity";
export { outlierNote } from "./indicators/outlier";
export {
  SubmissionStatus,
  obligationIndicators,
  obligationSubmission,
  requiredCells,
} from "./indicators/reporting-obligation";
export { AssessmentStatus, assessTarget } from "./indicators/target-assessment";
export { enqueueForFeed } from "./feed/progress-outbox";
export { ImplementationPlan } from "./progress/implementation-plan.entity";
export { ProgressReport } from "./progress/progress-report.entity";
export { IndicatorReference } from "./registry/indicator-reference.entity";
export { TaskReference } from "./registry/task-reference.entity";
