import type { Claims } from "./session";

/**
 * Which write controls the app shows, after the README's roles table. The API enforces every
 * right again; these only spare a user a form that would be refused.
 */
const isEditorOf = (claims: Claims | null, agencies: readonly string[]) =>
  !!claims && claims.roles.includes("editor") && claims.agency !== null && agencies.includes(claims.agency);

/** Progress reports and implementation plans: an editor of a lead agency of the task. */
export const mayReportProgress = (claims: Claims | null, leadAgencies: readonly string[]) =>
  isEditorOf(claims, leadAgencies);

/** A unit's December figures and their spreadsheet: an editor of that unit. */
export const mayUploadFigures = (claims: Claims | null, agency: string) => isEditorOf(claims, [agency]);

/** An answer to a directive: an editor of an agency it is addressed to. */
export const mayRespondToDirective = (claims: Claims | null, addressees: readonly string[]) =>
  isEditorOf(claims, addressees);

/** An adjustment of a task: an editor of one of its lead agencies. */
export const mayProposeAdjustment = (claims: Claims | null, leadAgencies: readonly string[]) =>
  isEditorOf(claims, leadAgencies);

/** Quarterly reports and reviews: saving, submitting and recording are the standing office's. */
export const mayWriteCommitteeDocuments = (claims: Claims | null) => !!claims?.roles.includes("standing-office");

/** The People's Committee's decision on an adjustment proposal: recorded by the standing office. */
export const mayDecideProposals = (claims: Claims | null) => !!claims?.roles.includes("standing-office");

/** What the header shows as the user's role, most powerful first. */
export function mainRole(claims: Claims): Claims["roles"][number] | null {
  const order = ["committee", "standing-office", "editor", "viewer", "service"] as const;
  return order.find((role) => claims.roles.includes(role)) ?? null;
}
