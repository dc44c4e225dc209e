import {
  clock,
  CSV_CONTENT_TYPE,
  ForbiddenError,
  hasRole,
  localsOf,
  principalOf,
  renderCsv,
  requireSignIn,
  UserInputError,
  vietnamDate,
  XLSX_CONTENT_TYPE,
} from "@hpig/kit";
import express, { type NextFunction, type Request, type RequestHandler, type Response, Router } from "express";
import { type DataSource, IsNull, Not } from "typeorm";

import { parseObservationPeriod } from "../indicators/observation-period";
import type { IndicatorCatalogue } from "../indicators/observation-rules";
import { obligationIndicators } from "../indicators/reporting-obligation";
import { selectSeriesRows, seriesQuery } from "../indicators/series-query";
import { IndicatorReference } from "../registry/indicator-reference.entity";
import { REGISTRY_NOT_SYNCED } from "../registry/sync-task-registry";
import { checkFigureRights } from "../rights/rights";
import { renderSeriesCsv, renderSeriesXlsx } from "./series-export";
import { type SheetTable, SpreadsheetStructureError } from "./sheet-table";
import { buildTemplate, templateRecord } from "./template";
import { detectSpreadsheetFormat, readSheet, uploadSpreadsheet } from "./upload";
import { renderTemplateXlsx } from "./xlsx";

/** Larger than any unit's December file (a few hundred rows), small enough to hold in memory. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** Types browsers and tools give spreadsheets; the file's own bytes then decide xlsx or csv. */
const ACCEPTED_TYPES = new Set([
  XLSX_CONTENT_TYPE,
  "text/csv",
  "application/csv",
  "text/plain",
  "application/vnd.ms-excel",
  "application/octet-stream",
]);

/** A refusal with its HTTP status and a stable code, answered as `{ error, message }`. */
export class SpreadsheetHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface SpreadsheetRoutesOptions {
  db: DataSource;
  catalogue: IndicatorCatalogue;
  /** The subgraph's name, for messages ("investment"). */
  subgraph: string;
  /** The request's clock (tests pin it). */
  now?: () => Date;
}

/**
 * The spreadsheet routes of a domain subgraph, mounted at /spreadsheets: the December template
 * of a unit, the upload of a filled one, and any series as CSV. Departments work in Excel; these
 * turn its files into the same all-or-nothing submissions as `submitObservations`, under the same
 * rights. Every route needs a signed-in caller (401 otherwise); templates and exports are reads,
 * for any role; an upload is a write, for an editor of the unit whose figures the file holds (403
 * otherwise), and is audited like a submission.
 */
export function spreadsheetRouter({
  db,
  catalogue,
  subgraph,
  now = () => clock.now(),
}: SpreadsheetRoutesOptions): Router {
  const router = Router();
  router.use(requireSignIn);

  router.get("/template", async (req, res) => {
    const agency = (queryValue(req, "agency") ?? "").trim().toUpperCase();
    if (!/^[A-Z][A-Z0-9_]{0,31}$/.test(agency)) {
      throw badRequest('agency is required: a unit code such as "BQLKKT".');
    }
    const year = parseYear(queryValue(req, "year"), Number(vietnamDate(now()).slice(0, 4)));
    const format = queryValue(req, "format") ?? "xlsx";
    if (format !== "xlsx" && format !== "csv") throw badRequest(`format must be xlsx or csv, not "${format}".`);

    const references = await db
      .getRepository(IndicatorReference)
      .find({ where: { agencyCode: agency }, order: { position: "ASC" } });
    // The obligation's list, as its submission counts it: section I quantities have no row here.
    const indicators = obligationIndicators(references, catalogue.definitions);
    const requiredFigures = references.find((reference) => reference.requiredFigures !== null)?.requiredFigures;
    if (indicators.length === 0 || !requiredFigures) {
      throw await noTemplate(db, agency, references, catalogue, subgraph);
    }
    const template = buildTemplate(agency, year, indicators, requiredFigures, catalogue);

    const filename = `template-${agency}-${year}.${format}`;
    res.setHeader("content-disposition", `attachment; filename="${filename}"`);
    if (format === "csv") {
      res.type(CSV_CONTENT_TYPE).send(renderCsv(template.headers, template.rows.map(templateRecord)));
    } else {
      res.type(XLSX_CONTENT_TYPE).send(await renderTemplateXlsx(template));
    }
  });

  router.post(
    "/upload",
    // The caller, the query and the type are checked before a 10 MB body is read.
    (req, res, next) => {
      const principal = principalOf(res);
      // Only editors upload; whose figures the file holds is checked once it is read.
      if (!hasRole(principal, "editor")) checkFigureRights(principal, [], () => undefined);
      uploadQuery(req);
      checkSpreadsheetType(req);
      next();
    },
    spreadsheetBody,
    async (req, res) => {
      const { dryRun } = uploadQuery(req);
      const { logger, requestId } = localsOf(res);
      const principal = principalOf(res)!;
      const { table, format } = await readUploadedSheet(req);
      const outcome = await uploadSpreadsheet(db, catalogue, table, {
        dryRun,
        now: now(),
        writer: { principal, requestId },
      });
      if (outcome.status === 200) {
        const { rows, created, revised, unchanged } = outcome.body;
        const subject = principal.subject;
        logger.info({ format, dryRun, subject, rows, created, revised, unchanged }, "spreadsheet recorded");
      } else {
        logger.info({ format, dryRun, problems: outcome.body.problems.length }, "spreadsheet refused");
      }
      res.status(outcome.status).json(outcome.body);
    },
  );

  // Any series, as CSV or as a workbook: the same selection as the GraphQL series field.
  router.get(/^\/series\.(csv|xlsx)$/, async (req, res) => {
    const format = req.path.endsWith(".xlsx") ? "xlsx" : "csv";
    const code = (queryValue(req, "indicator") ?? "").trim();
    if (code === "") throw badRequest("indicator is required, e.g. indicator=IIP.");
    const definition = catalogue.definitions.get(code);
    if (!definition) {
      throw new SpreadsheetHttpError(404, "NOT_FOUND", `"${code}" is not an indicator of the ${subgraph} subgraph.`);
    }
    const from = periodBound(queryValue(req, "from"), "from");
    const to = periodBound(queryValue(req, "to"), "to");
    const asOf = queryValue(req, "asOf");
    if (asOf !== undefined && !isIsoDate(asOf)) throw badRequest(`asOf must be a date YYYY-MM-DD, not "${asOf}".`);
    const includeRevisions = parseBoolean(queryValue(req, "includeRevisions"), "includeRevisions");

    const selected = await selectSeriesRows(
      db,
      [code],
      seriesQuery({ from, to, asOf: asOf ?? null, includeRevisions }),
    );
    res.setHeader("content-disposition", `attachment; filename="${code}.${format}"`);
    if (format === "csv") {
      res.type(CSV_CONTENT_TYPE).send(renderSeriesCsv(definition, catalogue.codeLists, selected));
    } else {
      res.type(XLSX_CONTENT_TYPE).send(await renderSeriesXlsx(definition, catalogue.codeLists, selected));
    }
  });

  router.use((req, res) => {
    res.status(404).json({
      error: "NOT_FOUND",
      message: `No ${req.method} ${req.baseUrl}${req.path}: the spreadsheet routes are GET /spreadsheets/template, POST /spreadsheets/upload and GET /spreadsheets/series.csv (or series.xlsx).`,
    });
  });

  router.use(spreadsheetErrorHandler);

  return router;
}

/** Refuses (415) a body whose Content-Type is no spreadsheet's, before it is read. */
export function checkSpreadsheetType(req: Request): void {
  const type = mediaType(req);
  if (type !== "" && !ACCEPTED_TYPES.has(type)) {
    throw new SpreadsheetHttpError(
      415,
      "UNSUPPORTED_MEDIA_TYPE",
      `Send the file itself as the body, with Content-Type ${XLSX_CONTENT_TYPE} or text/csv (not ${type}).`,
    );
  }
}

/** Reads an upload's body whole, up to MAX_UPLOAD_BYTES (413 beyond). */
export const spreadsheetBody: RequestHandler = express.raw({ type: () => true, limit: MAX_UPLOAD_BYTES });

/** The sheet of an uploaded file (after spreadsheetBody): xlsx or csv by its bytes; 400 for no file. */
export async function readUploadedSheet(req: Request): Promise<{ table: SheetTable; format: "xlsx" | "csv" }> {
  const file = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
  if (file.length === 0) {
    throw badRequest("The request has no file: send the .xlsx or .csv file as the request body.");
  }
  const format = mediaType(req) === XLSX_CONTENT_TYPE ? "xlsx" : detectSpreadsheetFormat(file);
  return { table: await readSheet(file, format), format };
}

/**
 * Answers a refused spreadsheet request as `{ error, message }` with its status (403, 400, 413,
 * 415, 409), and anything unexpected as 500 with the request's id, logged.
 */
export function spreadsheetErrorHandler(error: unknown, _req: Request, res: Response, _next: NextFunction): void {
  const { status, body } = errorResponse(error);
  if (status >= 500) localsOf(res).logger.error({ err: error }, "spreadsheet request failed");
  res.status(status).json(status >= 500 ? { ...body, requestId: localsOf(res).requestId } : body);
}

function errorResponse(error: unknown): { status: number; body: { error: string; message: string } } {
  if (error instanceof ForbiddenError) {
    const details = error.extensions["details"] as { indicators?: unknown } | undefined;
    return {
      status: 403,
      body: {
        error: "FORBIDDEN",
        message: error.message,
        ...(details?.indicators ? { indicators: details.indicators } : {}),
      },
    };
  }
  if (error instanceof SpreadsheetHttpError) {
    return { status: error.status, body: { error: error.code, message: error.message } };
  }
  if (error instanceof SpreadsheetStructureError) {
    return { status: 400, body: { error: "INVALID_SPREADSHEET", message: error.message } };
  }
  if (error instanceof UserInputError) {
    const code = String(error.extensions["code"]);
    return { status: code === "REVISION_CONFLICT" ? 409 : 400, body: { error: code, message: error.message } };
  }
  // Errors of express.raw (body-parser) carry their status and type.
  const parser = error as { status?: number; type?: string; message?: string };
  if (parser.type === "entity.too.large") {
    return {
      status: 413,
      body: {
        error: "PAYLOAD_TOO_LARGE",
        message: `The file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB; split it.`,
      },
    };
  }
  if (typeof parser.status === "number" && parser.status >= 400 && parser.status < 500) {
    return { status: parser.status, body: { error: "BAD_REQUEST", message: parser.message ?? "Bad request." } };
  }
  return { status: 500, body: { error: "INTERNAL_SERVER_ERROR", message: "The request failed; see the logs." } };
}

/** Why a unit has no template here: not synced yet, another domain's unit, no appendix row, or unknown. */
async function noTemplate(
  db: DataSource,
  agency: string,
  references: IndicatorReference[],
  catalogue: IndicatorCatalogue,
  subgraph: string,
): Promise<SpreadsheetHttpError> {
  const repository = db.getRepository(IndicatorReference);
  const notSynced = new SpreadsheetHttpError(
    503,
    REGISTRY_NOT_SYNCED,
    "The indicator catalogue has not been synced from the plan subgraph yet; try again shortly.",
  );
  if (references.length === 0) {
    if ((await repository.count()) === 0) return notSynced;
    return new SpreadsheetHttpError(404, "NOT_FOUND", `"${agency}" reports no indicator in the plan's catalogue.`);
  }
  const held = references.filter((reference) => catalogue.definitions.has(reference.code));
  if (held.length === 0) {
    return new SpreadsheetHttpError(
      404,
      "NOT_FOUND",
      `${agency} reports none of the ${subgraph} subgraph's indicators (it reports ${listed(references.map((r) => r.code))}): ask the subgraph of its domain for its template.`,
    );
  }
  // Every catalogue since the appendix rows were copied has indicators answering them.
  if ((await repository.count({ where: { requirementPosition: Not(IsNull()) } })) === 0) return notSynced;
  return new SpreadsheetHttpError(
    404,
    "NOT_FOUND",
    `${agency} owes none of the ${subgraph} subgraph's indicators in December: ${listed(held.map((r) => r.code))} answer${held.length === 1 ? "s" : ""} no item of the plan's appendix.`,
  );
}

function listed(codes: string[]): string {
  return codes.length <= 3 ? codes.join(", ") : `${codes.slice(0, 3).join(", ")} and ${codes.length - 3} more`;
}

export function badRequest(message: string): SpreadsheetHttpError {
  return new SpreadsheetHttpError(400, "BAD_USER_INPUT", message);
}

/** One query parameter's value; given twice is a mistake, not a list. */
export function queryValue(req: Request, name: string): string | undefined {
  const value = req.query[name];
  if (value === undefined) return undefined;
  if (typeof value !== "string") throw badRequest(`${name} is given more than once.`);
  return value;
}

/** dryRun; the figures record the signed-in uploader as their reporter, as their token names them. */
function uploadQuery(req: Request): { dryRun: boolean } {
  return { dryRun: parseBoolean(queryValue(req, "dryRun"), "dryRun") };
}

function mediaType(req: Request): string {
  return (req.header("content-type") ?? "").split(";")[0].trim().toLowerCase();
}

export function parseBoolean(value: string | undefined, name: string): boolean {
  if (value === undefined || value === "false") return false;
  if (value === "true") return true;
  throw badRequest(`${name} must be true or false, not "${value}".`);
}

/** A year a December report can be for: its own period must have begun. */
function parseYear(value: string | undefined, currentYear: number): number {
  if (value === undefined) throw badRequest("year is required, e.g. year=2015.");
  const year = /^\d{4}$/.test(value) ? Number(value) : Number.NaN;
  if (!(year >= 1990 && year <= currentYear)) {
    throw badRequest(`year must be a year from 1990 to ${currentYear}, not "${value}".`);
  }
  return year;
}

/** A period bound as given ("2011"), refused when it is no period. */
function periodBound(value: string | undefined, name: string): string | null {
  if (value === undefined) return null;
  if (!parseObservationPeriod(value)) {
    throw badRequest(`${name} must be a period such as "2011", "2011-Q3" or "2011-07", not "${value}".`);
  }
  return value;
}

function isIsoDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}
