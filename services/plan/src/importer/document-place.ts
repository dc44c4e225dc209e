import { PlanDocumentError } from "./plan-document";

/** Where in the document something was read, so errors and warnings can point at it. */
export interface DocumentPlace {
  /** What `ImportWarning.where` holds: a task code ("VII.4") or a document part ("appendix row 4"). */
  where: string;
  /** How messages name it: "task VII.4", "appendix row 4". */
  label: string;
  line: number;
}

export function taskPlace(code: string, line: number): DocumentPlace {
  return { where: code, label: `task ${code}`, line };
}

export function partPlace(part: string, line: number): DocumentPlace {
  return { where: part, label: part, line };
}

export function documentError(place: DocumentPlace, message: string): PlanDocumentError {
  return new PlanDocumentError(`${place.label}: ${message}`, place.line);
}
