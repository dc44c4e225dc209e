import type { DomainRouteServices } from "@hpig/domain-kit";
import { clock, localsOf, principalOf } from "@hpig/kit";
import type { NextFunction, Request, Response, Router } from "express";

import { checkKeeper } from "../keeper";
import { UploadRefusal, uploadSamples } from "./sample-upload";

const ACCEPTED_TYPES = new Set(["", "text/csv", "application/csv", "text/plain", "application/octet-stream"]);

function queryValue(req: Request, name: string): string | undefined {
  const value = req.query[name];
  if (value === undefined) return undefined;
  if (typeof value !== "string") throw new UploadRefusal(400, "BAD_USER_INPUT", `${name} is given more than once.`);
  return value.trim();
}

/**
 * `POST /records/environment/samples/upload[?dryRun=true][&campaign=CODE]`: a CSV body
 * (station,parameter,time,value[,belowDetection]), streamed, by an editor of TNMT. 200 with the
 * counts; 422 listing every bad row (line, column, message) with nothing written; 400 for a file
 * that is not such a CSV; 403 for anyone else, before the body is read.
 */
export function mountMonitoringRoutes(router: Router, { db }: DomainRouteServices): void {
  router.post("/samples/upload", async (req, res) => {
    const principal = principalOf(res);
    try {
      checkKeeper(principal, "uploads monitoring samples");
    } catch (error) {
      req.resume();
      res.status(403).json({ error: "FORBIDDEN", message: (error as Error).message });
      return;
    }
    const dryRun = queryValue(req, "dryRun") ?? "false";
    if (dryRun !== "true" && dryRun !== "false") {
      throw new UploadRefusal(400, "BAD_USER_INPUT", `dryRun must be true or false, not "${dryRun}".`);
    }
    const type = (req.header("content-type") ?? "").split(";")[0].trim().toLowerCase();
    if (!ACCEPTED_TYPES.has(type)) {
      throw new UploadRefusal(
        415,
        "UNSUPPORTED_MEDIA_TYPE",
        `Send the CSV file itself as the body, as text/csv (not ${type}).`,
      );
    }
    const { logger, requestId } = localsOf(res);
    const outcome = await uploadSamples(db, req, {
      dryRun: dryRun === "true",
      campaignCode: queryValue(req, "campaign") || null,
      now: clock.now(),
      writer: { principal, requestId },
    });
    logger.info(
      outcome.status === 200
        ? { ...outcome.body, stations: outcome.body.stations.length }
        : { problems: outcome.body.problemCount },
      outcome.status === 200 ? "monitoring samples uploaded" : "monitoring samples refused",
    );
    res.status(outcome.status).json(outcome.body);
  });

  router.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
    req.resume();
    if (error instanceof UploadRefusal) {
      res.status(error.status).json({ error: error.code, message: error.message });
      return;
    }
    localsOf(res).logger.error({ err: error }, "monitoring upload failed");
    res.status(500).json({
      error: "INTERNAL_SERVER_ERROR",
      message: "The upload failed; see the logs.",
      requestId: localsOf(res).requestId,
    });
  });
}
