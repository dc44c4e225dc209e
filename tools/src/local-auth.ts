import { ensureLocalKeys, issueToken, type LocalKeys, type Role } from "@hpig/kit/standalone";

export interface TokenClaims {
  subject: string;
  name?: string;
  agency?: string | null;
  roles: Role[];
  expiresIn?: string;
}

export interface LocalAuth extends LocalKeys {
  token(claims: TokenClaims): Promise<string>;
}

/**
 * Sign-in for the embedded default: a key pair kept in `keysDir`, and tokens signed with it.
 * The services trust the public key (AUTH_PUBLIC_KEY_FILE); a city deployment points them at its
 * identity provider instead.
 */
export async function localAuth(keysDir: string): Promise<LocalAuth> {
  const keys = await ensureLocalKeys(keysDir);
  return {
    ...keys,
    token: ({ subject, name, agency, roles, expiresIn }) =>
      issueToken(keys.privateKeyFile, {
        subject,
        ...(name ? { name } : {}),
        agency: agency ?? null,
        roles,
        expiresIn: expiresIn ?? "8h",
      }),
  };
}

/** The token domains use to copy the registry from plan: a machine identity that only reads. */
export function serviceToken(auth: LocalAuth): Promise<string> {
  return auth.token({ subject: "service:registry-sync", name: "Registry sync", roles: ["service"], expiresIn: "30d" });
}
