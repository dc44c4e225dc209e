export type { ImportOptions, ImportSummary } from "./import-plan";
export { importPlanDocument, registryIsEmpty } from "./import-plan";
export { parsePlanDocument } from "./parse-plan-document";
export * from "./plan-document";
