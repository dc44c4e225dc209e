import { Agent as HttpAgent } from "node:http";
import { Agent as HttpsAgent } from "node:https";

import { RemoteGraphQLDataSource } from "@apollo/gateway";
import type { Fetcher } from "@apollo/utils.fetcher";
import type { FetcherResponse } from "@apollo/utils.fetcher";
import { REQUEST_ID_HEADER, TRACEPARENT_HEADER, traceparentOf } from "@hpig/kit";
import { GraphQLError } from "graphql";
import nodeFetch, { type RequestInit as NodeFetchInit } from "node-fetch";

import type { GatewayContext } from "./context";

/**
 * Idle connections to a subgraph are kept (and reused, most recent first) for less time than a
 * Node server keeps them open (5 s), so the gateway never writes to one the subgraph is closing.
 */
const IDLE_SOCKET_MS = 4_000;

/**
 * fetch with a deadline, whose failures name the subgraph: the gateway passes the message on
 * to the client, and "fetch failed" alone would not tell a dashboard which domain is down.
 * Requests go through node:http with keep-alive connections (node-fetch, Apollo Gateway's own
 * default fetcher) rather than the global fetch: undici's streamed request bodies cost the gateway
 * about half of its CPU per query in the bench profile.
 */
export function subgraphFetcher(name: string, timeoutMs: number): Fetcher {
  const agents = {
    http: new HttpAgent({ keepAlive: true, timeout: IDLE_SOCKET_MS, scheduling: "lifo" }),
    https: new HttpsAgent({ keepAlive: true, timeout: IDLE_SOCKET_MS, scheduling: "lifo" }),
  };
  const fetcher = async (input: string, init?: NodeFetchInit) => {
    const signal = AbortSignal.timeout(timeoutMs);
    try {
      return await nodeFetch(input, {
        ...init,
        agent: (url) => (url.protocol === "https:" ? agents.https : agents.http),
        signal: signal,
      });
    } catch (error) {
      const reason = signal.aborted
        ? `did not answer within ${timeoutMs} ms`
        : `is unreachable (${describeFetchError(error)})`;
      throw new GraphQLError(`Subgraph "${name}" ${reason}`, {
        extensions: { code: "SUBGRAPH_UNAVAILABLE", serviceName: name },
      });
    }
  };
  return fetcher;
}

function describeFetchError(error: unknown): string {
  const failure = error as { code?: string; cause?: { code?: string; message?: string } };
  return (
    failure.code ??
    failure.cause?.code ??
    failure.cause?.message ??
    (error instanceof Error ? error.message : String(error))
  );
}

type DidReceiveResponse = NonNullable<RemoteGraphQLDataSource<GatewayContext>["didReceiveResponse"]>;
type WillSendRequest = NonNullable<RemoteGraphQLDataSource<GatewayContext>["willSendRequest"]>;

/**
 * How the gateway calls one subgraph: with the caller's request id and trace, a deadline, noting the
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

  override willSendRequest({ request, context: requestContext }: Parameters<WillSendRequest>[0]): void {
    // Health checks and schema loads carry a plain record rather than the gateway's context.
    const context: Partial<GatewayContext> = requestContext;
    context.fetchedSubgraphs?.add(this.name);
    if (context.requestId) request.http?.headers.set(REQUEST_ID_HEADER, context.requestId);
    if (context.trace) request.http?.headers.set(TRACEPARENT_HEADER, traceparentOf(context.trace));
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
    const statements: unknown = response.extensions?.["sqlStatements"];
    if (typeof statements === "number" && context.sqlStatements) {
      context.sqlStatements[this.name] = (context.sqlStatements[this.name] ?? 0) + statements;
    }
    return response;
  }
}
