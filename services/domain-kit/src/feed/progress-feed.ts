import {
  afterEveryCommit,
  clock,
  type Logger,
  type ProgressFeedBatch,
  type ProgressFeedStatus,
  progressFeedUrl,
} from "@hpig/kit";
import { type DataSource, In } from "typeorm";

import { ProgressReport } from "../progress/progress-report.entity";
import { ProgressOutbox } from "./progress-outbox.entity";

/** Report revisions per POST: a December rush or a sample load goes in a few requests. */
const BATCH_SIZE = 200;

export interface ProgressFeedOptions {
  db: DataSource;
  /** The domain the reports are fed for, e.g. "LABOUR". */
  domain: string;
  /** The plan subgraph's GraphQL URL; the feed is a path beside it. */
  planUrl: string;
  /** The domain's service token: plan takes the feed from services only. */
  token?: string | undefined;
  logger: Logger;
  /** How often to compare plan's count with the domain's, to refill a read model that lost reports. */
  reconcileIntervalMs: number;
}

export interface ProgressFeed {
  /** Resolves once everything queued when it was called has been delivered (or delivery failed). */
  flush(): Promise<void>;
  stop(): void;
}

/**
 * Feeds plan's read model from the outbox: after every committed write of the domain (so a report
 * reaches plan within milliseconds), at start, and on a timer. A failed delivery is retried with
 * backoff; nothing is lost while plan is down, since the outbox keeps what was not acknowledged.
 * Also compares, at start and every `reconcileIntervalMs`, how many reports plan holds with how
 * many the domain has, and queues them all again when plan has fewer (a plan database restored or
 * rebuilt); plan ignores revisions it already holds.
 */
export function startProgressFeed(options: ProgressFeedOptions): ProgressFeed {
  const { db, logger } = options;
  let stopped = false;
  let running: Promise<void> | null = null;
  let again = false;
  let retryTimer: NodeJS.Timeout | undefined;
  let failures = 0;
  let lastReconcile = 0;

  const cycle = async () => {
    if (Date.now() - lastReconcile >= options.reconcileIntervalMs) {
      await reconcile(options);
      lastReconcile = Date.now();
    }
    const delivered = await deliverPending(options);
    if (delivered > 0) logger.debug({ delivered }, "progress reports fed to plan");
  };
  const run = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        try {
          await cycle();
          failures = 0;
        } catch (error) {
          failures += 1;
          const delay = Math.min(30_000, 250 * 2 ** Math.min(failures, 7));
          // Plan may still be starting beside this domain: only a persisting failure is worth a warning.
          logger[failures >= 3 ? "warn" : "debug"](
            { reason: error instanceof Error ? error.message : String(error), retryInMs: delay },
            "feeding progress reports to plan failed; they stay queued",
          );
          schedule(delay);
          return;
        }
      } while (again && !stopped);
    })().finally(() => {
      running = null;
    });
    return running;
  };
  const schedule = (delay: number) => {
    if (stopped) return;
    clearTimeout(retryTimer);
    retryTimer = setTimeout(() => void run(), delay).unref();
  };

  const unsubscribe = afterEveryCommit(db, () => {
    if (!stopped) setImmediate(() => void run());
  });
  const timer = setInterval(() => void run(), options.reconcileIntervalMs).unref();
  void run();

  return {
    flush: () => run(),
    stop: () => {
      stopped = true;
      unsubscribe();
      clearInterval(timer);
      clearTimeout(retryTimer);
    },
  };
}

/** Sends the queued revisions in batches, deleting each batch from the outbox once plan has it. */
async function deliverPending({ db, domain, planUrl, token }: ProgressFeedOptions): Promise<number> {
  const outbox = db.getRepository(ProgressOutbox);
  let delivered = 0;
  for (;;) {
    const queued = await outbox.find({ order: { id: "ASC" }, take: BATCH_SIZE });
    if (queued.length === 0) return delivered;
    const ids = [...new Set(queued.map((entry) => entry.reportId))];
    const reports = await db.getRepository(ProgressReport).findBy({ id: In(ids) });
    const batch: ProgressFeedBatch = { domain, reports };
    await callPlan(planUrl, token, "POST", batch);
    await outbox.delete({ id: In(queued.map((entry) => entry.id)) });
    delivered += reports.length;
  }
}

/** Queues every report again when plan holds fewer of this domain's than the domain has. */
async function reconcile({ db, domain, planUrl, token, logger }: ProgressFeedOptions): Promise<void> {
  const status = (await callPlan(planUrl, token, "GET")) as ProgressFeedStatus;
  const held = status.domains.find((entry) => entry.domain === domain)?.reports ?? 0;
  const local = await db.getRepository(ProgressReport).count();
  if (held >= local) return;
  const queued: unknown = await db.query(
    "INSERT INTO progress_outbox (report_id, created_at) SELECT r.id, ? FROM progress_report r WHERE NOT EXISTS (SELECT 1 FROM progress_outbox o WHERE o.report_id = r.id)",
    [clock.now().toISOString()],
  );
  logger.info(
    { plan: held, domain: local, queued: affectedRows(queued) },
    "plan holds fewer progress reports than the domain: feeding them again",
  );
}

async function callPlan(planUrl: string, token: string | undefined, method: "GET" | "POST", body?: unknown) {
  const response = await fetch(progressFeedUrl(planUrl), {
    method,
    headers: {
      "x-request-id": "progress-feed",
      ...(body ? { "content-type": "application/json" } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    ...(body ? { body: JSON.stringify(body) } : {}),
    signal: AbortSignal.timeout(10_000),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`plan answered ${response.status}: ${text.slice(0, 300)}`);
  return JSON.parse(text) as unknown;
}

/** Rows an INSERT … SELECT queued: better-sqlite3 says `changes`, mysql2 `affectedRows`. */
function affectedRows(result: unknown): number | null {
  const value = result as { changes?: number; affectedRows?: number } | null;
  return value?.changes ?? value?.affectedRows ?? null;
}
