/** A GraphQL response as the client sees it, with the HTTP status and headers. */
export interface GraphQLResult<TData = Record<string, unknown>> {
  status: number;
  headers: Headers;
  data?: TData | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
  extensions?: Record<string, unknown>;
}

/** POSTs one GraphQL operation over HTTP, exactly as a dashboard would. */
export async function postGraphQL<TData = Record<string, unknown>>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResult<TData>> {
  return sendRaw<TData>(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
}

/** Data of a response that must have succeeded; fails the test with the errors otherwise. */
export function dataOf<TData>(result: GraphQLResult<TData>): TData {
  if (result.errors?.length || !result.data) {
    throw new Error(`GraphQL request failed (${result.status}): ${JSON.stringify(result.errors)}`);
  }
  return result.data;
}

/**
 * Sends any request (a batch, a huge or broken body, a GET) and reads its JSON answer, failing
 * with the body when the answer is not JSON (an HTML error page, say).
 */
export async function sendRaw<TData = Record<string, unknown>>(
  url: string,
  init: RequestInit,
): Promise<GraphQLResult<TData> & { contentType: string | null }> {
  const response = await fetch(url, init);
  const text = await response.text();
  let body: Omit<GraphQLResult<TData>, "status" | "headers">;
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    throw new Error(`${url} answered ${response.status} with a non-JSON body: ${text.slice(0, 300)}`);
  }
  return {
    status: response.status,
    headers: response.headers,
    contentType: response.headers.get("content-type"),
    ...body,
  };
}

/**
 * The writes a mutation namespace answered (`{ labour { reportTaskProgress … } }`): each refused
 * write is null with its error, so a request that wrote nothing answers `{}` here.
 */
export function answeredWrites(result: GraphQLResult<unknown>, namespace: string): Record<string, unknown> {
  const writes = (result.data as Record<string, Record<string, unknown> | null> | null | undefined)?.[namespace];
  return Object.fromEntries(Object.entries(writes ?? {}).filter(([, value]) => value !== null));
}
