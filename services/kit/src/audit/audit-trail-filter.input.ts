import { GraphQLDateTimeISO } from "graphql-scalars";
import { Field, ID, InputType } from "type-graphql";
import type { DataSource } from "typeorm";

import { ErrorCode, UserInputError } from "../errors";
import type { AuditEntry } from "./audit-entry.entity";
import { type AuditFilter, findAuditEntries } from "./audit-trail";

/** One input type for every subgraph's auditTrail, so the supergraph has a single AuditTrailFilter. */
@InputType("AuditTrailFilter", {
  description: "Which changes of a subgraph's audit trail to list; every condition given must hold.",
})
export class AuditTrailFilter {
  @Field(() => ID, { nullable: true, description: 'Only changes made by someone of this agency, e.g. "LDTBXH".' })
  agency?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Only changes of this kind of record; each auditTrail field lists its kinds.",
  })
  entityType?: string | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: "Only changes made at or after this time." })
  from?: Date | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: "Only changes made before this time." })
  to?: Date | null;
}

/** The most entries one auditTrail answer lists. */
export const AUDIT_TRAIL_MAX_LIMIT = 500;

/** The `limit` argument every auditTrail field takes: `@Arg("limit", () => Int, AUDIT_TRAIL_LIMIT_ARG)`. */
export const AUDIT_TRAIL_LIMIT_ARG = {
  nullable: true,
  defaultValue: 50,
  description: `How many entries at most, newest first (1–${AUDIT_TRAIL_MAX_LIMIT}; 50 when left out or null).`,
} as const;

/** A subgraph's audit trail, newest first, as an auditTrail field's filter and limit ask. */
export function readAuditTrail(
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
