import { createPublicKey } from "node:crypto";
import { readFileSync } from "node:fs";

import { createRemoteJWKSet, errors, type JWTPayload, jwtVerify } from "jose";
import { LRUCache } from "lru-cache";

import type { AuthConfig } from "./auth-config";
import { UnauthenticatedError } from "./auth-errors";
import { type Principal, type Role, ROLES } from "./principal";

export type TokenVerifier = (token: string) => Promise<Principal>;

/**
 * How long a verified token is taken on trust without checking its signature again. A dashboard
 * sends the same token with every request, to the gateway and then to each subgraph, and an
 * ES256 verification is a good share of a small request's CPU. Kept short so that a key the
 * identity provider withdraws stops being honoured soon; never beyond the token's own expiry.
 */
const VERIFIED_TOKEN_TTL_MS = 60_000;
const VERIFIED_TOKENS_MAX = 1_000;

/**
 * Checks a token's signature, issuer, audience and expiry against the configured keys and turns
 * its claims into a Principal. Every refusal is an UnauthenticatedError with a stable reason.
 */
export function createTokenVerifier(config: AuthConfig): TokenVerifier {
  const algorithms = config.AUTH_ALGORITHMS;
  // A remote JWKS is fetched and cached by jose; a key file is read once, at start.
  const key = config.AUTH_JWKS_URL
    ? createRemoteJWKSet(new URL(config.AUTH_JWKS_URL))
    : createPublicKey(readFileSync(config.AUTH_PUBLIC_KEY_FILE!, "utf8"));
  // Only successful verifications are kept: a refused token is checked (and refused) every time.
  const verified = new LRUCache<string, Principal>({ max: VERIFIED_TOKENS_MAX, ttl: VERIFIED_TOKEN_TTL_MS });
  return async (token) => {
    const known = verified.get(token);
    if (known) return known;
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, key as Parameters<typeof jwtVerify>[1], {
        issuer: config.AUTH_ISSUER,
        audience: config.AUTH_AUDIENCE,
        algorithms,
        // A token without an expiry would be valid forever.
        requiredClaims: ["exp"],
      }));
    } catch (error) {
      throw refusal(error);
    }
    const principal = principalOf(payload);
    // `exp` is required above; stop trusting the token the moment it expires.
    const untilExpiry = payload.exp! * 1000 - Date.now();
    if (untilExpiry > 0) verified.set(token, principal, { ttl: Math.min(VERIFIED_TOKEN_TTL_MS, untilExpiry) });
    return principal;
  };
}

/** jose's codes for a token that is not a readable signed JWT (the caller's fault, not ours). */
const MALFORMED_TOKEN_CODES = new Set([
  "ERR_JWT_INVALID",
  "ERR_JWS_INVALID",
  "ERR_JOSE_ALG_NOT_ALLOWED",
  "ERR_JOSE_NOT_SUPPORTED",
  "ERR_JWKS_MULTIPLE_MATCHING_KEYS",
]);

/**
 * The refusal a verification error means. Anything else (the identity provider's JWKS endpoint
 * down or answering nonsense) is rethrown: it is our failure, answered 500 and logged, not a bad
 * token.
 */
function refusal(error: unknown): UnauthenticatedError {
  if (error instanceof errors.JWTExpired)
    return new UnauthenticatedError("The token has expired; sign in again.", "TOKEN_EXPIRED");
  if (error instanceof errors.JWSSignatureVerificationFailed || error instanceof errors.JWKSNoMatchingKey) {
    return new UnauthenticatedError("The token is not signed by a key this system trusts.", "TOKEN_SIGNATURE");
  }
  if (error instanceof errors.JWTClaimValidationFailed) {
    return new UnauthenticatedError(`The token's "${error.claim}" claim is not accepted here.`, "TOKEN_CLAIM");
  }
  if (error instanceof errors.JOSEError && MALFORMED_TOKEN_CODES.has(error.code)) {
    return new UnauthenticatedError("The token cannot be read as a signed JWT.", "TOKEN_MALFORMED");
  }
  throw error;
}

function principalOf(payload: JWTPayload): Principal {
  const roles = Array.isArray(payload["roles"])
    ? payload["roles"].filter((role): role is Role => ROLES.includes(role as Role))
    : [];
  const agency =
    typeof payload["agency"] === "string" && /^[A-Z_]{2,32}$/.test(payload["agency"]) ? payload["agency"] : null;
  if (!payload.sub || roles.length === 0) {
    throw new UnauthenticatedError("The token names no subject or no known role.", "TOKEN_CLAIM");
  }
  if (roles.some((role) => role === "editor" || role === "viewer") && !agency) {
    throw new UnauthenticatedError("An editor or viewer token must name its agency.", "TOKEN_CLAIM");
  }
  return {
    subject: payload.sub,
    name: typeof payload["name"] === "string" ? payload["name"] : payload.sub,
    agency,
    roles,
  };
}
