import { randomUUID } from "node:crypto";
import { userInfo } from "node:os";

import type { AuditWriter, Principal } from "@hpig/kit";

/** The `action` of each kind of write the plan subgraph records in its audit trail. */
export const PlanAuditAction = {
  /** committee { updateTask }: the standing office changed a task's title, note or years. */
  TaskUpdate: "task.update",
  /** committee { updateTarget }: the standing office changed a target's band. */
  TargetUpdate: "target.update",
  /** committee { setReportingDeadline }: one unit's December deadline of one year. */
  DeadlineSet: "deadline.set",
  /** committee { saveQuarterlyReport }: a new draft revision of a quarterly report's sections. */
  QuarterlyReportSave: "quarterly-report.save",
  /** committee { submitQuarterlyReport }: a quarterly report submitted and frozen. */
  QuarterlyReportSubmit: "quarterly-report.submit",
  /** committee { recordReview }: a review meeting recorded for the first time, its content frozen. */
  ReviewRecord: "review.record",
  /** committee { recordReview } again: a correction of a recorded meeting. */
  ReviewCorrect: "review.correct",
  /** An import of a plan document (the import-plan CLI, or the seed at start) that changed the registry. */
  PlanImport: "plan.import",
  /** committee { issueDirective }: a directive of the committee, about a task or to an agency. */
  DirectiveIssue: "directive.issue",
  /** committee { respondToDirective }: an addressed agency's answer to a directive. */
  DirectiveRespond: "directive.respond",
  /** committee { proposeAdjustment }: a lead agency's proposal to change a task, or to add one. */
  AdjustmentPropose: "adjustment.propose",
  /** committee { decideProposal } approving: the registry changed as proposed (about the task). */
  AdjustmentApprove: "adjustment.approve",
  /** committee { decideProposal } rejecting: the decision recorded, the registry unchanged. */
  AdjustmentReject: "adjustment.reject",
} as const;

/** How the registry's records are named as audit subjects (`Task.registryHistory` reads "Task|<code>"). */
export const AuditSubjectType = {
  Plan: "Plan",
  Task: "Task",
  Target: "Target",
  Indicator: "Indicator",
  ReportingObligation: "ReportingObligation",
  Agency: "Agency",
  QuarterlyReport: "QuarterlyReport",
  Review: "Review",
  Directive: "Directive",
  AdjustmentProposal: "AdjustmentProposal",
} as const;

/** The operating-system user running a command, for the record; "unknown" where the system names none. */
function osUser(): string {
  try {
    return userInfo().username || "unknown";
  } catch {
    return process.env["USER"] ?? process.env["USERNAME"] ?? "unknown";
  }
}

/**
 * Imports are writes too, made by no signed-in person: they are recorded under a system principal
 * with the standing office's role (the registry is the standing office's to change) and no agency.
 * Its subject says which way the document came in; its name says who ran it where known.
 */
function systemWriter(subject: string, name: string, requestPrefix: string): AuditWriter {
  const principal: Principal = { subject, name, agency: null, roles: ["standing-office"] };
  return { principal, requestId: `${requestPrefix}-${randomUUID()}` };
}

/** `npm run import-plan`: "system:import-plan", named after the operating-system user who ran it. */
export function importCliWriter(): AuditWriter {
  return systemWriter("system:import-plan", `import-plan CLI (${osUser()})`, "import-plan");
}

/** The seed at start (PLAN_SEED_DOCUMENT into an empty registry): "system:seed". */
export function seedWriter(): AuditWriter {
  return systemWriter("system:seed", "plan seed at start (PLAN_SEED_DOCUMENT)", "seed");
}
