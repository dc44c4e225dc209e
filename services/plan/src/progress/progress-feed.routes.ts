import {
  clock,
  type FedProgressReport,
  hasRole,
  localsOf,
  parsePeriod,
  PeriodType,
  principalOf,
  type ProgressFeedStatus,
  ReportState,
  requireSignIn,
  type Role,
  runInTransaction,
} from "@hpig/kit";
import express, { type NextFunction, type Request, type Response, Router } from "express";
import type { DataSource } from "typeorm";
import { z } from "zod";

import { Domain } from "../domain/domain";
import { ProgressFact } from "./progress-fact.entity";

/** Rows per INSERT: well under SQLite's and MySQL's parameter limits at 22 columns a row. */
const INSERT_CHUNK = 100;
/** The largest batch a domain may send (it sends 200). */
const MAX_BATCH = 1000;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u, "must be a date YYYY-MM-DD");
const money = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).nullable();

const fedReport = z
  .object({
    id: z.number().int().positive(),
    taskCode: z.string().min(1).max(16),
    reportingAgency: z.string().min(1).max(32),
    period: z.string().refine((period) => parsePeriod(period) !== null, "must be a reporting period"),
    periodType: z.enum(PeriodType),
    periodEnd: isoDate,
    revision: z.number().int().positive(),
    state: z.enum(ReportState),
    completedOn: isoDate.nullable(),
    percentComplete: z.number().int().min(0).max(100),
    summary: z.string(),
    difficulties: z.string().nullable(),
    proposals: z.string().nullable(),
    budgetEstimatedVnd: money,
    budgetSpentVnd: money,
    documentRefs: z.array(z.string()),
    reporter: z.string().max(255),
    reportedAt: z.iso.datetime(),
    sample: z.boolean(),
  })
  .refine((report) => parsePeriod(report.period)?.end === report.periodEnd, {
    message: "periodEnd is not the last day of period",
    path: ["periodEnd"],
  }) satisfies z.ZodType<FedProgressReport, unknown>;

const feedBatch = z.object({
  domain: z.enum(Domain),
  reports: z.array(fedReport).max(MAX_BATCH),
});

/** A refusal answered as `{ error, message }` with its status. */
class FeedHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Plan's end of the progress feed (PROGRESS_FEED_PATH). The domains POST their report revisions
 * with their service token; plan keeps each once (by domain and the report's id there), so a batch
 * delivered twice changes nothing. GET says how many each domain has fed, for the domains'
 * reconciliation and for operators. Not a committee write: nothing here is audited, since the
 * domain audited the report when it was recorded.
 */
export function progressFeedRouter(db: DataSource, maxRequestBytes: number): Router {
  const router = Router();
  router.use(requireSignIn);

  router.get("/", allow("service", "committee", "standing-office"), async (_req, res) => {
    const rows: Array<{ domain: string; reports: number | string; lastReportedAt: string | null }> = await db
      .getRepository(ProgressFact)
      .createQueryBuilder("fact")
      .select("fact.domain", "domain")
      .addSelect("COUNT(*)", "reports")
      .addSelect("MAX(fact.reportedAt)", "lastReportedAt")
      .groupBy("fact.domain")
      .orderBy("fact.domain")
      .getRawMany();
    const status: ProgressFeedStatus = {
      domains: rows.map((row) => ({ ...row, reports: Number(row.reports) })),
    };
    res.json(status);
  });

  router.post("/", allow("service"), express.json({ limit: maxRequestBytes }), async (req, res) => {
    const parsed = feedBatch.safeParse(req.body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new FeedHttpError(400, "BAD_USER_INPUT", `${issue.path.join(".") || "body"}: ${issue.message}`);
    }
    const { domain, reports } = parsed.data;
    const receivedAt = clock.now().toISOString();
    const recorded = await runInTransaction(db, async (manager) => {
      const facts = manager.getRepository(ProgressFact);
      const before = await facts.countBy({ domain });
      for (let start = 0; start < reports.length; start += INSERT_CHUNK) {
        const rows = reports.slice(start, start + INSERT_CHUNK).map(({ id, ...report }) => ({
          ...report,
          domain,
          sourceId: id,
          receivedAt,
        }));
        await manager.createQueryBuilder().insert().into(ProgressFact).values(rows).orIgnore().execute();
      }
      return (await facts.countBy({ domain })) - before;
    });
    localsOf(res).logger.debug({ domain, received: reports.length, recorded }, "progress reports fed");
    res.json({ received: reports.length, recorded });
  });

  router.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    if (error instanceof FeedHttpError) {
      res.status(error.status).json({ error: error.code, message: error.message });
      return;
    }
    const parser = error as { status?: number; type?: string; message?: string };
    if (parser.type === "entity.too.large") {
      res.status(413).json({ error: "PAYLOAD_TOO_LARGE", message: "The batch is too large; send fewer reports." });
      return;
    }
    if (typeof parser.status === "number" && parser.status >= 400 && parser.status < 500) {
      res.status(parser.status).json({ error: "BAD_REQUEST", message: parser.message ?? "Bad request." });
      return;
    }
    localsOf(res).logger.error({ err: error }, "progress feed failed");
    res.status(500).json({ error: "INTERNAL_SERVER_ERROR", message: "The request failed; see the logs." });
  });
  return router;
}

/** 403 unless the caller has one of the roles. */
function allow(...roles: Role[]) {
  return (_req: Request, res: Response, next: NextFunction) => {
    const principal = principalOf(res);
    if (hasRole(principal, ...roles)) return next();
    throw new FeedHttpError(403, "FORBIDDEN", `The progress feed is for ${roles.join(", ")} callers only.`);
  };
}
