import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from "react";

import { type Claims, decodeClaims, forgetToken, isExpired, storedToken, storeToken } from "./session";

interface SessionValue {
  token: string | null;
  claims: Claims | null;
  /** Why the last session ended (a refused or expired token), shown on the sign-in page. */
  endedBecause: string | null;
  signIn: (token: string) => void;
  signOut: (reason?: string) => void;
}

const SessionContext = createContext<SessionValue | null>(null);

function initialToken(): string | null {
  const token = storedToken();
  const claims = token ? decodeClaims(token) : null;
  return claims && !isExpired(claims) ? token : null;
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [token, setToken] = useState<string | null>(initialToken);
  const [endedBecause, setEndedBecause] = useState<string | null>(null);
  const signIn = useCallback((next: string) => {
    storeToken(next);
    setEndedBecause(null);
    setToken(next.trim());
  }, []);
  const signOut = useCallback((reason?: string) => {
    forgetToken();
    setEndedBecause(reason ?? null);
    setToken(null);
  }, []);
  const value = useMemo(
    () => ({ token, claims: token ? decodeClaims(token) : null, endedBecause, signIn, signOut }),
    [token, endedBecause, signIn, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error("useSession outside SessionProvider");
  return value;
}
