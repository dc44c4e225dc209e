/**
 * The signed-in user's token, kept for the browser tab's session only (sessionStorage), and what
 * the app shows of it. The claims are read, not verified: the gateway and every subgraph verify
 * the token on each request, and the app only uses them to say who you are and to hide controls
 * you could not use anyway.
 */
export type Role = "committee" | "standing-office" | "editor" | "viewer" | "service";

export interface Claims {
  subject: string;
  name: string;
  agency: string | null;
  roles: Role[];
  /** Expiry, seconds since the epoch. */
  expiresAt: number | null;
}

const STORAGE_KEY = "hpig.token";
/** The gateway puts the development token here (never in production; see gateway/src/web-app.ts). */
const DEV_TOKEN_META = "hpig-dev-token";

function base64UrlDecode(part: string): string {
  const base64 = part
    .replace(/-/g, "+")
    .replace(/_/g, "/")
    .padEnd(Math.ceil(part.length / 4) * 4, "=");
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

/** The claims of a JWT, or null when the text is no JWT. */
export function decodeClaims(token: string): Claims | null {
  const parts = token.trim().split(".");
  if (parts.length !== 3) return null;
  try {
    const payload = JSON.parse(base64UrlDecode(parts[1])) as Record<string, unknown>;
    const roles = Array.isArray(payload["roles"]) ? (payload["roles"] as Role[]) : [];
    return {
      subject: typeof payload["sub"] === "string" ? payload["sub"] : "",
      name: typeof payload["name"] === "string" ? payload["name"] : "",
      agency: typeof payload["agency"] === "string" ? payload["agency"] : null,
      roles,
      expiresAt: typeof payload["exp"] === "number" ? payload["exp"] : null,
    };
  } catch {
    return null;
  }
}

/** True when the token's expiry has passed (a token without one is refused by the API anyway). */
export function isExpired(claims: Claims, now: Date = new Date()): boolean {
  return claims.expiresAt !== null && claims.expiresAt * 1000 <= now.getTime();
}

export function storedToken(): string | null {
  return sessionStorage.getItem(STORAGE_KEY);
}

export function storeToken(token: string): void {
  sessionStorage.setItem(STORAGE_KEY, token.trim());
}

export function forgetToken(): void {
  sessionStorage.removeItem(STORAGE_KEY);
}

/** The local committee token `npm start` hands the app in development, as it does the explorer. */
export function developmentToken(doc: Document = document): string | null {
  return doc.querySelector<HTMLMetaElement>(`meta[name="${DEV_TOKEN_META}"]`)?.content || null;
}
