export type { ReportingContext } from "./context";
export type { DerivedCell, DerivedRecords, FigureDeriver } from "./derived/figure-deriver";
export { domainNamespaces } from "./domain/domain-operations";
export type { DomainRouteServices, DomainSubgraph, DomainSubgraphOptions } from "./domain/domain-subgraph";
export type { SampleDataLoader } from "./domain/domain-subgraph";
export { defineDomainSubgraph } from "./domain/domain-subgraph";
export { REPORTING_ENTITIES } from "./entities";
export * from "./indicators/code-lists";
export * from "./indicators/indicator-definition";
export { reportingMigrations } from "./migrations";

// The records and rules the sample-data generator (@hpig/sample-data) and the domains' tests use.
export { enqueueForFeed } from "./feed/progress-outbox";
export { type Breakdown, breakdownKey } from "./indicators/breakdown";
export { Observation } from "./indicators/observation.entity";
export { parseObservationPeriod } from "./indicators/observation-period";
export { checkObservation, type IndicatorCatalogue } from "./indicators/observation-rules";
export { ObservationStatus } from "./indicators/observation-status";
export { outlierNote } from "./indicators/outlier";
export {
  obligationIndicators,
  obligationSubmission,
  requiredCells,
  SubmissionStatus,
} from "./indicators/reporting-obligation";
export { AssessmentStatus, assessTarget } from "./indicators/target-assessment";
export { IndustrialParkReference } from "./industrial-park/industrial-park.reference";
export { ImplementationPlan } from "./progress/implementation-plan.entity";
export { ProgressReport } from "./progress/progress-report.entity";
export { IndicatorReference } from "./registry/indicator-reference.entity";
export { TaskReference } from "./registry/task-reference.entity";

// What a domain's own uploads of records reuse (its routes at /records/<domain>).
export { fitFigures, fitRecord } from "./audit/audit-payload";
export {
  badRequest,
  checkSpreadsheetType,
  MAX_UPLOAD_BYTES,
  parseBoolean,
  queryValue,
  readUploadedSheet,
  spreadsheetBody,
  spreadsheetErrorHandler,
  SpreadsheetHttpError,
} from "./spreadsheets/routes";
export { type SheetProblem, sortSheetProblems } from "./spreadsheets/sheet-problems";
export {
  isBlank,
  type SheetCell,
  type SheetRow,
  type SheetTable,
  SpreadsheetStructureError,
} from "./spreadsheets/sheet-table";
export { type RecordsTemplate, renderRecordsTemplateXlsx } from "./spreadsheets/xlsx";
