import { RemoteGraphQLDataSource } from "@apollo/gateway";
import { GraphQLError } from "graphql";
import type { Fetcher } from "@apollo/utils.fetcher";
import { REQUEST_ID_HEADER } from "@hpig/kit";
import type { GatewayContext } from "./context";

/**
 * fetch with a deadline, whose failures name the subgraph: the gateway passes the message on
 * to the client, and "fetch failed" alone would not tell a dashboard which domain is down.
 */
function subgraphFetcher(name: string, timeoutMs: number): Fetcher {
  const fetcher = async (input: string, init?: RequestInit) => {
    try {
      return await fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      const reason =
        error instanceof Error && error.name === "TimeoutError"
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
 * How the gateway calls one subgraph: with the caller's request id, a deadline, and (when
 * enabled) collecting the subgraph's SQL statement count for the response.
 */
export class SubgraphSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    readonly name: string,
    url: string,
    timeoutMs: number,
  ) {
    super({ url, fetcher: subgraphFetcher(name, timeoutMs) });
  }

  override willSendRequest({ request, context }: Parameters<WillSendRequest>[0]): void {
    if (context.requestId) request.http?.headers.set(REQUEST_ID_HEADER, context.requestId);
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
