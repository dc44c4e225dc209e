import type { CombinedError } from "@urql/core";

/** The first refusal of a write or read, as the API words it, with its stable code. */
export interface ApiRefusal {
  message: string;
  code: string | null;
}

/** The API's own message (never a generic one): what a refused write shows the user. */
export function refusalOf(error: CombinedError | undefined): ApiRefusal | null {
  if (!error) return null;
  const first = error.graphQLErrors[0];
  if (first) {
    const code = first.extensions["code"];
    return { message: first.message, code: typeof code === "string" ? code : null };
  }
  return { message: error.networkError?.message ?? error.message, code: null };
}

/** True when the API refused the caller's token (401): the app goes back to sign-in. */
export function isUnauthenticated(error: CombinedError | undefined): boolean {
  if (!error) return false;
  if ((error.response as Response | undefined)?.status === 401) return true;
  return error.graphQLErrors.some((graphQLError) => graphQLError.extensions["code"] === "UNAUTHENTICATED");
}

/**
 * The subgraphs that did not answer (SUBGRAPH_UNAVAILABLE, named by `serviceName`), as the
 * `Domain` values the graph uses ("labour" → "LABOUR"). Their fields came back null while the
 * rest of the answer stands, so a component shows its part of those domains as unavailable.
 */
export function unavailableDomains(error: CombinedError | undefined): Set<string> {
  const down = new Set<string>();
  for (const graphQLError of error?.graphQLErrors ?? []) {
    const { code, serviceName } = graphQLError.extensions;
    if (code === "SUBGRAPH_UNAVAILABLE" && typeof serviceName === "string") down.add(serviceName.toUpperCase());
  }
  return down;
}

/** Errors that are neither an outage nor a sign-in problem: the page shows them as they are. */
export function otherErrors(error: CombinedError | undefined): string[] {
  if (!error) return [];
  if (error.networkError && error.graphQLErrors.length === 0) return [error.networkError.message];
  return error.graphQLErrors
    .filter(
      (graphQLError) => !["SUBGRAPH_UNAVAILABLE", "UNAUTHENTICATED"].includes(String(graphQLError.extensions["code"])),
    )
    .map((graphQLError) => graphQLError.message);
}
