export * from "./1764600000000-create-audit-trail";
export * from "./audit-entry.entity";
export * from "./audit-entry.resolver";
export * from "./audit-trail";
export * from "./audit-trail-filter.input";

import { AuditEntry, AuditSubject } from "./audit-entry.entity";

/** The audit trail's entities, for every subgraph's data source. */
export const AUDIT_ENTITIES = [AuditEntry, AuditSubject];
