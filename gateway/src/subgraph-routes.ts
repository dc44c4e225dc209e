import { Readable } from "node:stream";

import { localsOf, principalOf, TRACEPARENT_HEADER, traceparentOf } from "@hpig/kit";
import type { Express, Request, Response } from "express";

/** Response headers a download or an upload's answer needs; nothing else of the subgraph's is passed on. */
const PASSED_HEADERS = ["content-type", "content-disposition", "content-length"];

/** A request the gateway answers itself, without reaching a subgraph (no agency given, an unknown one, …). */
export class RouteRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Where a request goes: one fixed subgraph, or one chosen per request (its base URL, without /graphql). */
export type RouteTarget = string | ((req: Request, res: Response) => Promise<string>);

export interface SubgraphRouteOptions {
  timeoutMs: number;
  /** Methods passed on; a POST's body is streamed through as it is, with its type and length. */
  methods?: readonly ("GET" | "POST")[];
}

/**
 * Serves a subgraph's plain HTTP routes (file downloads, spreadsheet uploads) under the same path
 * on the gateway, so a client that reaches only the gateway gets them too. The caller's token and
 * the request id go along, and the subgraph checks the token again as it does for GraphQL.
 */
export function mountSubgraphRoutes(
  app: Express,
  path: string,
  target: RouteTarget,
  { timeoutMs, methods = ["GET"] }: SubgraphRouteOptions,
): void {
  app.use(path, async (req: Request, res: Response) => {
    if (!(methods as readonly string[]).includes(req.method)) {
      res
        .status(405)
        .setHeader("allow", methods.join(", "))
        .json({ error: "METHOD_NOT_ALLOWED", message: `${path} serves ${methods.join(" and ")} only.` });
      return;
    }
    const { requestId, logger, trace } = localsOf(res);
    let baseUrl: string;
    try {
      baseUrl = typeof target === "string" ? target : await target(req, res);
    } catch (error) {
      if (!(error instanceof RouteRefusal)) throw error;
      res.status(error.status).json({ error: error.code, message: error.message });
      return;
    }
    const passedRequestHeaders = [
      "authorization",
      ...(req.method === "POST" ? ["content-type", "content-length"] : []),
    ];
    let upstream: globalThis.Response;
    try {
      upstream = await fetch(`${baseUrl}${req.originalUrl}`, {
        method: req.method,
        headers: {
          "x-request-id": requestId,
          [TRACEPARENT_HEADER]: traceparentOf(trace),
          ...Object.fromEntries(
            passedRequestHeaders.filter((name) => req.header(name)).map((name) => [name, req.header(name)!]),
          ),
        },
        ...(req.method === "POST" ? { body: Readable.toWeb(req) as ReadableStream, duplex: "half" } : {}),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      logger.warn({ err: error, path: req.originalUrl }, "subgraph route unreachable");
      res.status(502).json({ error: "SUBGRAPH_UNAVAILABLE", message: `The service behind ${path} did not answer.` });
      return;
    }
    res.status(upstream.status);
    for (const header of PASSED_HEADERS) {
      const value = upstream.headers.get(header);
      if (value) res.setHeader(header, value);
    }
    res.send(Buffer.from(await upstream.arrayBuffer()));
  });
}

/** A single query parameter, or undefined; given twice is a mistake, not a list. */
function queryValue(req: Request, name: string): string | undefined {
  const value = req.query[name];
  if (value === undefined) return undefined;
  if (typeof value !== "string") throw new RouteRefusal(400, "BAD_USER_INPUT", `${name} is given more than once.`);
  return value.trim();
}

/**
 * The domain subgraph that holds a spreadsheet request's unit, asked of plan with the caller's
 * token: a template's `agency`, an upload's `agency` (or the uploader's own agency, since only an
 * editor of the unit may upload its figures), a series' `indicator`.
 */
export function spreadsheetTarget(
  planBaseUrl: string,
  domainBaseUrls: ReadonlyMap<string, string>,
  timeoutMs: number,
): (req: Request, res: Response) => Promise<string> {
  return async (req, res) => {
    const principal = principalOf(res);
    if (!principal) throw new RouteRefusal(401, "UNAUTHENTICATED", "Sign in: send a token.");
    const route = req.path.replace(/^\//, "");
    const indicator = route.startsWith("series") ? queryValue(req, "indicator") : undefined;
    const agency =
      route === "upload" ? (queryValue(req, "agency") ?? principal.agency ?? undefined) : queryValue(req, "agency");
    if (route.startsWith("series") ? !indicator : !agency) {
      throw new RouteRefusal(
        400,
        "BAD_USER_INPUT",
        route.startsWith("series")
          ? "indicator is required, e.g. indicator=IIP."
          : 'agency is required: the unit whose figures the spreadsheet holds, such as "BQLKKT".',
      );
    }
    const query = indicator
      ? { query: "query ($code: ID!) { entity: indicator(code: $code) { domain } }", variables: { code: indicator } }
      : { query: "query ($code: ID!) { entity: agency(code: $code) { domain } }", variables: { code: agency } };
    let answer: { data?: { entity: { domain: string | null } | null } | null };
    try {
      const response = await fetch(`${planBaseUrl}/graphql`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-request-id": localsOf(res).requestId,
          [TRACEPARENT_HEADER]: traceparentOf(localsOf(res).trace),
          authorization: req.header("authorization")!,
        },
        body: JSON.stringify(query),
        signal: AbortSignal.timeout(timeoutMs),
      });
      answer = (await response.json()) as typeof answer;
    } catch {
      throw new RouteRefusal(
        502,
        "SUBGRAPH_UNAVAILABLE",
        "The plan service, which knows each unit's domain, did not answer.",
      );
    }
    const what = indicator ? `indicator "${indicator}"` : `agency "${agency}"`;
    const entity = answer.data?.entity;
    if (!entity) throw new RouteRefusal(404, "NOT_FOUND", `There is no ${what} in the plan's registry.`);
    const baseUrl = entity.domain ? domainBaseUrls.get(entity.domain.toLowerCase()) : undefined;
    if (!baseUrl) throw new RouteRefusal(404, "NOT_FOUND", `The ${what} reports in no domain subgraph.`);
    return baseUrl;
  };
}
