import { type AuditEntry, type AuditFilter, ErrorCode, UserInputError, findAuditEntries } from "@hpig/kit";
import type { DataSource } from "typeorm";
import type { AuditTrailFilter } from "./audit-trail-filter.input";

/** The most entries one auditTrail query returns. */
export const AUDIT_TRAIL_MAX_LIMIT = 500;

/** The plan subgraph's audit trail, newest first, after checking the limit. */
export function planAuditTrail(
  db: DataSource,
  filter: AuditTrailFilter | null | undefined,
  limit: number,
): Promise<AuditEntry[]> {
  if (!Number.isInteger(limit) || limit < 1 || limit > AUDIT_TRAIL_MAX_LIMIT) {
    throw new UserInputError(`limit ${limit} must be from 1 to ${AUDIT_TRAIL_MAX_LIMIT}`, ErrorCode.BadUserInput, {
      field: "limit",
    });
  }
  const query: AuditFilter = { limit };
  if (filter?.agency) query.agency = filter.agency;
  if (filter?.entityType) query.entityType = filter.entityType;
  // The trail stores ISO 8601 UTC ("2026-11-27T01:00:00.000Z"), which compares as text.
  if (filter?.from) query.from = filter.from.toISOString();
  if (filter?.to) query.to = filter.to.toISOString();
  return findAuditEntries(db, query);
}
