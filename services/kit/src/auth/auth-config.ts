import { z } from "zod";

import { commaList } from "../config";

const SIGNATURE_ALGORITHMS = [
  "ES256",
  "ES384",
  "ES512",
  "RS256",
  "RS384",
  "RS512",
  "PS256",
  "PS384",
  "PS512",
  "EdDSA",
] as const;

/** The issuer and audience tokens carry unless AUTH_ISSUER / AUTH_AUDIENCE say otherwise. */
export const DEFAULT_TOKEN_ISSUER = "hai-phong-industry-graph";

/** Where the keys that sign tokens come from; every service (gateway and subgraphs) reads the same. */
export const authEnv = z
  .object({
    /** A JWKS endpoint of the city's identity provider. */
    AUTH_JWKS_URL: z.url({ protocol: /^https?$/ }).optional(),
    /** Or a PEM public key (SPKI), e.g. the embedded default's local key. */
    AUTH_PUBLIC_KEY_FILE: z.string().min(1).optional(),
    AUTH_ISSUER: z.string().min(1).default(DEFAULT_TOKEN_ISSUER),
    AUTH_AUDIENCE: z.string().min(1).default(DEFAULT_TOKEN_ISSUER),
    /** Accepted signature algorithms, comma-separated; asymmetric ones only, so a public key cannot sign. */
    AUTH_ALGORITHMS: commaList("ES256,RS256").pipe(
      z.array(z.enum(SIGNATURE_ALGORITHMS)).min(1, "name at least one signature algorithm"),
    ),
  })
  .refine((env) => Boolean(env.AUTH_JWKS_URL) !== Boolean(env.AUTH_PUBLIC_KEY_FILE), {
    message: "set exactly one of AUTH_JWKS_URL and AUTH_PUBLIC_KEY_FILE (npm start sets a local key file)",
    path: ["AUTH_JWKS_URL"],
  });

export type AuthConfig = z.infer<typeof authEnv>;
