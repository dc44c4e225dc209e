import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

import { exportPKCS8, exportSPKI, generateKeyPair, importPKCS8, SignJWT } from "jose";

import { DEFAULT_TOKEN_ISSUER } from "./auth-config";
import type { Principal } from "./principal";

/** The algorithm of the embedded default's local key pair. */
export const LOCAL_ALGORITHM = "ES256";

export interface LocalKeys {
  privateKeyFile: string;
  publicKeyFile: string;
}

/**
 * The embedded default's signing keys, made once in `dir`: the private key stays on this machine
 * (for `npm run token`), services verify with the public one. A city deployment uses its
 * identity provider instead (AUTH_JWKS_URL).
 */
export async function ensureLocalKeys(dir: string): Promise<LocalKeys> {
  const keys = { privateKeyFile: join(dir, "private.pem"), publicKeyFile: join(dir, "public.pem") };
  if (existsSync(keys.privateKeyFile) && existsSync(keys.publicKeyFile)) return keys;
  mkdirSync(dir, { recursive: true });
  const { privateKey, publicKey } = await generateKeyPair(LOCAL_ALGORITHM, { extractable: true });
  writeFileSync(keys.privateKeyFile, await exportPKCS8(privateKey), { mode: 0o600 });
  writeFileSync(keys.publicKeyFile, await exportSPKI(publicKey));
  return keys;
}

export interface TokenRequest extends Omit<Principal, "name"> {
  name?: string;
  /** Lifetime, e.g. "8h", "30d". */
  expiresIn: string;
  /** Default: the services' default issuer and audience (DEFAULT_TOKEN_ISSUER). */
  issuer?: string;
  audience?: string;
}

/** Signs a token with a local private key (the token CLI, the launcher's service token, tests). */
export async function issueToken(privateKeyFile: string, request: TokenRequest): Promise<string> {
  const key = await importPKCS8(readFileSync(privateKeyFile, "utf8"), LOCAL_ALGORITHM);
  return new SignJWT({
    name: request.name ?? request.subject,
    roles: request.roles,
    ...(request.agency ? { agency: request.agency } : {}),
  })
    .setProtectedHeader({ alg: LOCAL_ALGORITHM })
    .setSubject(request.subject)
    .setIssuer(request.issuer ?? DEFAULT_TOKEN_ISSUER)
    .setAudience(request.audience ?? DEFAULT_TOKEN_ISSUER)
    .setIssuedAt()
    .setExpirationTime(request.expiresIn)
    .sign(key);
}
