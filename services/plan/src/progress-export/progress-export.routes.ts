import { clock, CSV_CONTENT_TYPE, localsOf, renderCsv, requireSignIn, vietnamDate, XLSX_CONTENT_TYPE } from "@hpig/kit";
import { type NextFunction, type Request, type Response, Router } from "express";
import type { DataSource } from "typeorm";

import { createPlanContext } from "../context";
import { Plan } from "../plan/plan.entity";
import { isCalendarDate } from "../reporting-obligation/reporting-rules";
import { PROGRESS_COLUMNS, progressRows } from "./progress-rows";
import { renderProgressXlsx } from "./progress-xlsx";

/** Where the export lives beside /graphql, on plan and (proxied) on the gateway. */
export const EXPORTS_PATH = "/exports";

class ExportHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * `GET /exports/progress?asOf=2016-06-30&format=xlsx|csv`: every task's progress as of a date, for
 * any signed-in caller (401 otherwise), as an Excel workbook (default) or a CSV file Excel opens.
 */
export function progressExportRouter(db: DataSource): Router {
  const router = Router();
  router.use(requireSignIn);
  router.get("/progress", async (req, res) => {
    const asOf = single(req, "asOf") ?? vietnamDate(clock.now());
    if (!isCalendarDate(asOf)) throw badRequest(`asOf must be a date YYYY-MM-DD, not "${asOf}".`);
    const format = single(req, "format") ?? "xlsx";
    if (format !== "xlsx" && format !== "csv") throw badRequest(`format must be xlsx or csv, not "${format}".`);
    const { requestId, logger } = localsOf(res);
    const ctx = createPlanContext({ db, requestId, logger, principal: null });
    const plan = await db.getRepository(Plan).findOne({ where: {} });
    if (!plan) throw new ExportHttpError(404, "NOT_FOUND", "No plan has been imported yet.");
    const rows = await progressRows(ctx, asOf);
    res.setHeader("content-disposition", `attachment; filename="tien-do-nhiem-vu-${asOf}.${format}"`);
    if (format === "csv") {
      res.type(CSV_CONTENT_TYPE).send(renderCsv(PROGRESS_COLUMNS, rows));
    } else {
      res.type(XLSX_CONTENT_TYPE).send(await renderProgressXlsx(rows, { asOf, plan: `${plan.number}: ${plan.title}` }));
    }
  });
  router.use((req, res) => {
    res.status(404).json({ error: "NOT_FOUND", message: `No export at ${req.path}; try /exports/progress.` });
  });
  router.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    if (error instanceof ExportHttpError) {
      res.status(error.status).json({ error: error.code, message: error.message });
      return;
    }
    localsOf(res).logger.error({ err: error }, "export failed");
    res.status(500).json({ error: "INTERNAL_SERVER_ERROR", message: "The export failed; see the logs." });
  });
  return router;
}

function single(req: Request, name: string): string | undefined {
  const value = req.query[name];
  if (value === undefined) return undefined;
  if (typeof value !== "string") throw badRequest(`${name} is given more than once.`);
  return value;
}

function badRequest(message: string): ExportHttpError {
  return new ExportHttpError(400, "BAD_USER_INPUT", message);
}
