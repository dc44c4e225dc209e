import {
  applyDiffs,
  changesOf,
  diffRows,
  type Logger,
  type RequiredFigures,
  runInTransaction,
  type TableDiff,
} from "@hpig/kit";
import type { DataSource, EntityManager, ObjectLiteral } from "typeorm";

import { IndicatorReference } from "./indicator-reference.entity";
import { TaskReference } from "./task-reference.entity";

/** The code of an answer the domain cannot give until its copy of the registry is synced from plan. */
export const REGISTRY_NOT_SYNCED = "REGISTRY_NOT_SYNCED";

const REGISTRY_QUERY =
  "{ tasks { code domain startYear endYear leadAgencies { code } coordinatingAgencies { code } } indicators { code reportingAgency { code } requirement { position requiredFigures } } }";

interface RegistryIndicator {
  code: string;
  reportingAgency: { code: string };
  /** The appendix row it answers; null for a section I quantity. */
  requirement: { position: number; requiredFigures: RequiredFigures } | null;
}

interface RegistryTask {
  code: string;
  domain: string;
  startYear: number;
  endYear: number;
  leadAgencies: Array<{ code: string }>;
  coordinatingAgencies: Array<{ code: string }>;
}

/**
 * Refreshes the domain's copy of the task registry and the indicator catalogue from the plan
 * subgraph, in one transaction.
 * Returns how many rows changed. Plan is the source of truth; a domain keeps serving from its
 * copy while plan is unreachable.
 */
export async function syncTaskRegistry(db: DataSource, planUrl: string, token?: string): Promise<number> {
  const response = await fetch(planUrl, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-request-id": "registry-sync",
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query: REGISTRY_QUERY }),
    signal: AbortSignal.timeout(10_000),
  });
  const text = await response.text();
  let body: {
    data?: { tasks?: RegistryTask[]; indicators?: RegistryIndicator[] } | null;
    errors?: Array<{ message: string }>;
  };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    throw new Error(`plan answered ${response.status} with a non-JSON body: ${text.slice(0, 200)}`);
  }
  // Only a clean, non-empty answer replaces the copy: a partial or empty one would refuse every report.
  const tasks = body.data?.tasks;
  if (!response.ok || body.errors?.length || !tasks || tasks.length === 0) {
    const reason =
      body.errors?.map((e) => e.message).join("; ") ?? (tasks?.length === 0 ? "an empty registry" : "no data");
    throw new Error(`plan answered ${response.status}: ${reason}`);
  }
  const rows = tasks.map((task) =>
    Object.assign(new TaskReference(), {
      code: task.code,
      domain: task.domain,
      startYear: task.startYear,
      endYear: task.endYear,
      leadAgencies: task.leadAgencies.map((agency) => agency.code),
      coordinatingAgencies: task.coordinatingAgencies.map((agency) => agency.code),
    }),
  );
  const indicators = (body.data?.indicators ?? []).map((indicator, index) =>
    Object.assign(new IndicatorReference(), {
      code: indicator.code,
      agencyCode: indicator.reportingAgency.code,
      position: index + 1,
      requirementPosition: indicator.requirement?.position ?? null,
      requiredFigures: indicator.requirement?.requiredFigures ?? null,
    }),
  );
  const diffsIn = async (manager: EntityManager) => [
    await diffRows(manager, TaskReference, rows),
    await diffRows(manager, IndicatorReference, indicators),
  ];
  const changed = (diffs: Array<TableDiff<ObjectLiteral>>) =>
    diffs.map(changesOf).reduce((sum, c) => sum + c.inserted + c.updated + c.deleted, 0);
  // A copy that is already current commits nothing: every commit invalidates the domain's cached answers.
  if (changed(await diffsIn(db.manager)) === 0) return 0;
  return runInTransaction(db, async (manager) => {
    const diffs = await diffsIn(manager);
    await applyDiffs(manager, diffs);
    return changed(diffs);
  });
}

export interface RegistrySyncOptions {
  db: DataSource;
  planUrl: string;
  /** The domain's service token: plan serves no data without one. */
  token?: string | undefined;
  logger: Logger;
  intervalMs: number;
  /** Runs once, after the first successful sync (e.g. loading sample data that needs the registry). */
  afterFirstSync?: () => Promise<void>;
}

export interface RegistrySync {
  /** Resolves once the copy is usable: synced now, or kept from an earlier run. */
  isReady(): Promise<boolean>;
  /**
   * Syncs now rather than at the next poll (plan announced a registry change); a sync under way
   * is followed by one more, so a change committed during it is read too.
   */
  syncNow(): void;
  stop(): void;
}

/** Syncs at start (retrying with backoff until plan answers), then every `intervalMs` and whenever asked. */
export function startRegistrySync({
  db,
  planUrl,
  token,
  logger,
  intervalMs,
  afterFirstSync,
}: RegistrySyncOptions): RegistrySync {
  let ready = false;
  // A copy kept from an earlier run is good enough to serve while plan is unreachable.
  const hadCopy = db
    .getRepository(TaskReference)
    .count()
    .then(
      (rows) => rows > 0,
      () => false,
    );
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let attempt = 0;
  let running = false;
  let again = false;

  const trigger = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    if (timer) clearTimeout(timer);
    running = true;
    void run().finally(() => {
      running = false;
      if (again) {
        again = false;
        trigger();
      }
    });
  };
  const run = async () => {
    try {
      const changed = await syncTaskRegistry(db, planUrl, token);
      if (changed > 0) logger.info({ changed }, "task registry synced from plan");
      if (!ready) {
        await afterFirstSync?.();
        ready = true;
      }
      attempt = 0;
      schedule(intervalMs);
    } catch (error) {
      attempt += 1;
      const delay = Math.min(30_000, 250 * 2 ** Math.min(attempt, 7));
      // Plan may still be starting beside this domain: only a persisting failure is worth a warning.
      logger[attempt >= 3 ? "warn" : "debug"](
        { reason: reasonOf(error), retryInMs: delay },
        "task registry sync failed; serving the copy meanwhile",
      );
      schedule(delay);
    }
  };
  const schedule = (delay: number) => {
    if (!stopped) timer = setTimeout(trigger, delay).unref();
  };
  trigger();

  return {
    isReady: async () => ready || (await hadCopy),
    syncNow: trigger,
    stop: () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}

/** "fetch failed" says little: the cause (ECONNREFUSED, a timeout, plan's answer) is what an operator needs. */
function reasonOf(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const message = error instanceof Error ? error.message : String(error);
  return cause ? `${message}: ${cause.code ?? cause.message}` : message;
}
