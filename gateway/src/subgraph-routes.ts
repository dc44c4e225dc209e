import { localsOf } from "@hpig/kit";
import type { Express, Request, Response } from "express";

/** Response headers a download needs; nothing else of the subgraph's is passed on. */
const PASSED_HEADERS = ["content-type", "content-disposition", "content-length"];

/**
 * Serves a subgraph's plain HTTP routes (file downloads) under the same path on the gateway, so a
 * client that reaches only the gateway gets them too. GET only; the caller's token and the request
 * id go along, and the subgraph checks the token again as it does for GraphQL.
 */
export function mountSubgraphRoutes(app: Express, path: string, subgraphBaseUrl: string, timeoutMs: number): void {
  app.use(path, async (req: Request, res: Response) => {
    if (req.method !== "GET") {
      res
        .status(405)
        .setHeader("allow", "GET")
        .json({ error: "METHOD_NOT_ALLOWED", message: `${path} serves GET only.` });
      return;
    }
    const { requestId, logger } = localsOf(res);
    let upstream: globalThis.Response;
    try {
      upstream = await fetch(`${subgraphBaseUrl}${req.originalUrl}`, {
        headers: {
          "x-request-id": requestId,
          ...(req.header("authorization") ? { authorization: req.header("authorization")! } : {}),
        },
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
