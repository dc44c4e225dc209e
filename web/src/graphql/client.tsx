import { type ReactNode, useMemo } from "react";
import { cacheExchange, Client, fetchExchange, mapExchange, Provider } from "urql";

import { useSession } from "../auth/session-context";
import { isUnauthenticated } from "./errors";

/**
 * The one GraphQL client: same origin as the app (/graphql), the session's token on every
 * request, and a refused token (401) ends the session so the app shows sign-in again. A new
 * client per token, so one user's cached answers never reach the next.
 */
export function GraphQLProvider({ children }: { children: ReactNode }) {
  const { token, signOut } = useSession();
  const client = useMemo(
    () =>
      new Client({
        url: "/graphql",
        // POST: the gateway's CSRF prevention runs a GET only with a preflight header.
        preferGetMethod: false,
        // Every page shows the cached answer at once and refreshes it: after a write elsewhere, the overview is current.
        requestPolicy: "cache-and-network",
        fetchOptions: (): RequestInit => ({ headers: token ? { authorization: `Bearer ${token}` } : {} }),
        exchanges: [
          mapExchange({
            onError(error) {
              if (isUnauthenticated(error)) signOut(error.graphQLErrors[0]?.message ?? "401");
            },
          }),
          cacheExchange,
          fetchExchange,
        ],
      }),
    [token, signOut],
  );
  return <Provider value={client}>{children}</Provider>;
}
