import { RemoteGraphQLDataSource } from "@apollo/gateway";
import { GraphQLError } from "graphql";
import type { Fetcher, FetcherResponse } from "@apollo/utils.fetcher";
import { REQUEST_ID_HEADER } from "@hpig/kit";
import type { GatewayContext } from "./context";

/**
 * fetch with a deadline, whose failures name the subgraph: the gateway passes the message on
 * to the client, and "fetch failed" alone would not tell a dashboard which domain is down.
 */
export function subgraphFetcher(name: string, timeoutMs: number): Fetcher {
  const fetcher = async (input: string, init?: RequestInit) => {
    try {
      return await fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      const reason =
        // The abort is a DOMException, not an Error of every realm (jest's, for one): test its name.
        (error as { name?: unknown } | null)?.name === "TimeoutError"
          ? `did not answer within ${timeoutMs} ms`
          : `is unreachable (${describeFetchError(error)})`;
      throw new GraphQLError(`Subgraph "${name}" ${reason}`, {
        extensions: { code: "SUBGRAPH_UNAVAILABLE", serviceName: name },
      });
    }
  };
  return fetcher as unknown as Fetcher;
}

function describeFetchError(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}

type DidReceiveResponse = NonNullable<RemoteGraphQLDataSource<GatewayContext>["didReceiveResponse"]>;
type WillSendRequest = NonNullable<RemoteGraphQLDataSource<GatewayContext>["willSendRequest"]>;

/**
 * How the gateway calls one subgraph: with the caller's request id, a deadline, noting the
 * subgraph among those the answer was read from (the response cache's tags), and (when enabled)
 * collecting the subgraph's SQL statement count for the response.
 */
export class SubgraphSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    readonly name: string,
    url: string,
    timeoutMs: number,
    /** Wraps the fetcher (the circuit breaker: circuit-breaker.ts). */
    guard: (fetcher: Fetcher) => Fetcher = (fetcher) => fetcher,
  ) {
    super({ url, fetcher: guard(subgraphFetcher(name, timeoutMs)) });
  }

  override willSendRequest({ request, context }: Parameters<WillSendRequest>[0]): void {
    context.fetchedSubgraphs?.add(this.name);
    if (context.requestId) request.http?.headers.set(REQUEST_ID_HEADER, context.requestId);
    // Subgraphs verify the token again: the gateway adds no rights of its own.
    if (context.authorization) request.http?.headers.set("authorization", context.authorization);
  }

  /**
   * A subgraph refuses a request it cannot even execute (a variable its scalar rejects) with an
   * HTTP 400 and a GraphQL error; pass that error on as it is, instead of "400: Bad Request".
   */
  override async errorFromResponse(response: FetcherResponse): Promise<GraphQLError> {
    const body = (await this.parseBody(response.clone())) as {
      errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
    };
    const first = typeof body === "object" ? body.errors?.[0] : undefined;
    if (!first) return super.errorFromResponse(response);
    const { stacktrace: _stacktrace, ...extensions } = first.extensions ?? {};
    return new GraphQLError(first.message, { extensions: { ...extensions, serviceName: this.name } });
  }

  override didReceiveResponse({
    response,
    context,
  }: Parameters<DidReceiveResponse>[0]): ReturnType<DidReceiveResponse> {
    const statements = response.extensions?.["sqlStatements"];
    if (typeof statements === "number" && context.sqlStatements) {
      context.sqlStatements[this.name] = (context.sqlStatements[this.name] ?? 0) + statements;
    }
    return response;
  }
}
