import { createHash } from "node:crypto";

import type { Principal } from "@hpig/kit";

/** JSON with the keys of every object sorted, so `{ b: 1, a: 2 }` and `{ a: 2, b: 1 }` read the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/**
 * What separates one caller's answers from another's: their roles and agency. Every read of this
 * graph is decided by these alone (the rights of roles/agencies, see README "Sign-in, roles and
 * the audit trail"); no field reads the subject or the name of a caller. A field that ever does
 * must add it here.
 */
export function callerScope(principal: Principal): string {
  return `${[...principal.roles].sort().join(",")}|${principal.agency ?? ""}`;
}

export interface CacheKeyParts {
  /** The supergraph and the operation limits the answer was given under (see gateway.ts). */
  schemaId: string;
  query: string;
  operationName?: string | null | undefined;
  variables?: Record<string, unknown> | null | undefined;
  principal: Principal;
  /** Today in Viet Nam: many fields read `asOf` as today when it is left out. */
  date: string;
}

/** The key of one operation asked by one kind of caller on one day. */
export function cacheKeyOf(parts: CacheKeyParts): string {
  return createHash("sha256")
    .update(
      JSON.stringify([
        parts.schemaId,
        parts.query,
        parts.operationName ?? null,
        canonicalJson(parts.variables ?? {}),
        callerScope(parts.principal),
        parts.date,
      ]),
    )
    .digest("base64url");
}
