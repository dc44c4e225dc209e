/** The fields of an audit entry the rights suites read, in every trail and history. */
export const AUDIT_ENTRY_FIELDS =
  "at action entityType entityKey before after requestId actor { subject name agency roles }";

/** An audit entry as `AUDIT_ENTRY_FIELDS` selects it. */
export interface AuditEntryView {
  at: string;
  action: string;
  entityType: string;
  entityKey: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  requestId: string;
  actor: { subject: string; name: string; agency: string | null; roles: string[] };
}
