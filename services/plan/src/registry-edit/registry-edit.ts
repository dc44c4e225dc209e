import {
  type AuditRecord,
  type AuditWriter,
  clock,
  ErrorCode,
  recordAudit,
  runInTransaction,
  TargetMeasure,
  UserInputError,
} from "@hpig/kit";
import type { DataSource, EntityManager, EntityTarget, FindOptionsWhere } from "typeorm";

import { AuditSubjectType, PlanAuditAction } from "../audit/plan-audit";
import { Target } from "../target/target.entity";
import { Task } from "../task/task.entity";
import type { UpdateTargetInput, UpdateTaskInput } from "./registry-edit.input";

/** Stable codes of the registry edits' refusals beyond the kit's BAD_USER_INPUT and NOT_FOUND. */
export const RegistryErrorCode = {
  /** The row has changed since the caller read it: expectedVersion is not the current version. */
  VersionConflict: "VERSION_CONFLICT",
  /** A task's first lead must report in a domain: the task's progress is reported there. */
  LeadWithoutDomain: "LEAD_WITHOUT_DOMAIN",
} as const;

/** A task as the audit trail keeps it, before and after an edit. */
export function taskRecord(task: Task) {
  return {
    code: task.code,
    title: task.title,
    coordinationNote: task.coordinationNote,
    periodText: task.periodText,
    startYear: task.startYear,
    endYear: task.endYear,
    version: task.version,
  };
}

/** A target as the audit trail keeps it, before and after an edit. */
export function targetRecord(target: Target) {
  return {
    code: target.code,
    indicatorCode: target.indicatorCode,
    measure: target.measure,
    fromYear: target.fromYear,
    toYear: target.toYear,
    min: Number(target.min),
    max: Number(target.max),
    direction: target.direction,
    unit: target.unit,
    version: target.version,
  };
}

/** "2012-2015", or "2013" for one year: the plan's own way of writing a period. */
export function periodTextOf(startYear: number, endYear: number): string {
  return startYear === endYear ? String(startYear) : `${startYear}-${endYear}`;
}

/**
 * Changes a task of the registry for the standing office: checks the input against the current row,
 * writes it only if `expectedVersion` is still current (one conditional UPDATE, so of two concurrent
 * editors exactly one wins), raises the version and records one audit entry, all in one transaction.
 * A change that changes nothing writes nothing and records nothing.
 */
export function updateTask(
  db: DataSource,
  writer: AuditWriter,
  input: UpdateTaskInput,
  now: Date = clock.now(),
): Promise<Task> {
  const wanted = {
    title: present(input.title)?.trim(),
    coordinationNote: present(input.coordinationNote)?.trim(),
    startYear: present(input.startYear),
    endYear: present(input.endYear),
  };
  if (Object.values(wanted).every((value) => value === undefined)) {
    throw new UserInputError(
      "Nothing to change: give at least one of title, coordinationNote, startYear, endYear.",
      ErrorCode.BadUserInput,
      { field: "input" },
    );
  }
  return editVersioned(db, Task, "task", input, writer, now, (current) => {
    const startYear = wanted.startYear ?? current.startYear;
    const endYear = wanted.endYear ?? current.endYear;
    if (startYear > endYear) {
      throw new UserInputError(
        `startYear ${startYear} is after endYear ${endYear}: a task's years run from its first to its last year`,
        ErrorCode.BadUserInput,
        { field: wanted.endYear !== undefined ? "input.endYear" : "input.startYear" },
      );
    }
    const next = {
      title: wanted.title ?? current.title,
      coordinationNote: wanted.coordinationNote ?? current.coordinationNote,
      startYear,
      endYear,
      // The period as written stays until the years change; then it is written from them, as the plan does.
      periodText:
        startYear === current.startYear && endYear === current.endYear
          ? current.periodText
          : periodTextOf(startYear, endYear),
    };
    const changes = changedFields(current, next);
    if (!changes) return null;
    return {
      changes,
      audit: (after) => ({
        action: PlanAuditAction.TaskUpdate,
        entityType: "Task",
        entityKey: current.code,
        before: taskRecord(current),
        after: taskRecord(after),
        subjects: [{ type: AuditSubjectType.Task, key: current.code }],
      }),
    };
  });
}

/** The values a target's band may take, by its measure, in its unit. */
const BAND_LIMITS: Record<TargetMeasure, { lowest: number; lowestIncluded: boolean; highest: number; what: string }> = {
  [TargetMeasure.SHARE]: { lowest: 0, lowestIncluded: true, highest: 100, what: "a share" },
  [TargetMeasure.AVERAGE_ANNUAL_GROWTH]: {
    lowest: -100,
    lowestIncluded: false,
    highest: 1000,
    what: "an average growth rate",
  },
};

/**
 * Changes a target's band or direction for the standing office, under the same rules as updateTask:
 * the expected version, one conditional UPDATE, one audit entry (about the target and its indicator).
 */
export function updateTarget(
  db: DataSource,
  writer: AuditWriter,
  input: UpdateTargetInput,
  now: Date = clock.now(),
): Promise<Target> {
  const wanted = { min: present(input.min), max: present(input.max), direction: present(input.direction) };
  if (Object.values(wanted).every((value) => value === undefined)) {
    throw new UserInputError("Nothing to change: give at least one of min, max, direction.", ErrorCode.BadUserInput, {
      field: "input",
    });
  }
  for (const field of ["min", "max"] as const) {
    const value = wanted[field];
    if (value !== undefined && Math.abs(value * 1000 - Math.round(value * 1000)) > 1e-6) {
      throw new UserInputError(`${field} ${value} has more than 3 decimals`, ErrorCode.BadUserInput, {
        field: `input.${field}`,
      });
    }
  }
  return editVersioned(db, Target, "target", input, writer, now, (current) => {
    const band = { min: wanted.min ?? Number(current.min), max: wanted.max ?? Number(current.max) };
    const limits = BAND_LIMITS[current.measure];
    for (const field of ["min", "max"] as const) {
      const value = band[field];
      const tooLow = limits.lowestIncluded ? value < limits.lowest : value <= limits.lowest;
      if (tooLow || value > limits.highest) {
        throw new UserInputError(
          `${field} ${value} cannot be ${limits.what}: it must be ${limits.lowestIncluded ? "from" : "above"} ${limits.lowest} to ${limits.highest} (${current.unit})`,
          ErrorCode.BadUserInput,
          { field: `input.${field}` },
        );
      }
    }
    if (band.min > band.max) {
      throw new UserInputError(
        `min ${band.min} is above max ${band.max}: a band runs from min to max`,
        ErrorCode.BadUserInput,
        { field: wanted.min !== undefined ? "input.min" : "input.max" },
      );
    }
    const changes = changedFields(
      { min: Number(current.min), max: Number(current.max), direction: current.direction },
      { ...band, direction: wanted.direction ?? current.direction },
    );
    if (!changes) return null;
    return {
      changes,
      audit: (after) => ({
        action: PlanAuditAction.TargetUpdate,
        entityType: "Target",
        entityKey: current.code,
        before: targetRecord(current),
        after: targetRecord(after),
        subjects: [
          { type: AuditSubjectType.Target, key: current.code },
          { type: AuditSubjectType.Indicator, key: current.indicatorCode },
        ],
      }),
    };
  });
}

/** A registry row with lost-update protection. */
export interface Versioned {
  code: string;
  version: number;
}

/** What an edit would write, and how it is to be recorded once written. */
interface PlannedEdit<E> {
  changes: Record<string, unknown>;
  audit: (after: E) => AuditRecord;
}

/**
 * The conditional UPDATE found the row at another version: a concurrent edit got there first. The
 * caller's transaction must roll back; versionedTransaction then reads the version that won.
 */
export class StaleVersion extends Error {}

/** Which row an edit expects at which version. */
export interface VersionedKey {
  code: string;
  expectedVersion: number;
}

/**
 * Inside the caller's transaction, the shape of every versioned edit: read the row (NOT_FOUND if
 * absent), refuse a stale expectedVersion, let `plan` check and compute the change (null: nothing
 * changes; empty changes: only the version goes up, e.g. when only the task's assignments change),
 * then `UPDATE … SET …, version = version + 1 WHERE code = ? AND version = ?` and require one row
 * (StaleVersion otherwise), and read the row back.
 */
export async function editVersionedIn<E extends Versioned, P extends { changes: Record<string, unknown> }>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  kind: "task" | "target",
  key: VersionedKey,
  plan: (current: E) => P | null,
  conflict: (currentVersion: number | null) => Error = (current) => versionConflict(kind, key, current),
): Promise<{ before: E; after: E; edit: P | null }> {
  const where = { code: key.code } as FindOptionsWhere<E>;
  const repository = manager.getRepository(entity);
  const current = await repository.findOneBy(where);
  if (!current) {
    throw new UserInputError(`Unknown ${kind} code "${key.code}"; see ${kind}s for the codes.`, ErrorCode.NotFound, {
      field: "input.code",
    });
  }
  if (current.version !== key.expectedVersion) throw conflict(current.version);
  const edit = plan(current);
  if (!edit) return { before: current, after: current, edit: null };
  const result = await manager
    .createQueryBuilder()
    .update(entity)
    .set({ ...edit.changes, version: () => "version + 1" } as never)
    .where("code = :code AND version = :version", { code: key.code, version: key.expectedVersion })
    .execute();
  if (result.affected !== 1) throw new StaleVersion();
  return { before: current, after: await repository.findOneByOrFail(where), edit };
}

/**
 * Runs a transaction of versioned edits. When one of them meets StaleVersion (another writer
 * committed in between), the transaction has rolled back and the version that won is visible: it is
 * read, and the refusal `conflict` makes of it thrown instead.
 */
export async function versionedTransaction<T>(
  db: DataSource,
  entity: EntityTarget<Versioned>,
  code: string,
  work: (manager: EntityManager) => Promise<T>,
  conflict: (currentVersion: number | null) => Error,
): Promise<T> {
  try {
    return await runInTransaction(db, work);
  } catch (error) {
    if (!(error instanceof StaleVersion)) throw error;
    const current = await db.getRepository(entity).findOneBy({ code });
    throw conflict(current?.version ?? null);
  }
}

/** A versioned edit in its own transaction, recorded with one audit entry when it changes something. */
function editVersioned<E extends Versioned>(
  db: DataSource,
  entity: EntityTarget<E>,
  kind: "task" | "target",
  key: VersionedKey,
  writer: AuditWriter,
  now: Date,
  plan: (current: E) => PlannedEdit<E> | null,
): Promise<E> {
  return versionedTransaction(
    db,
    entity as EntityTarget<Versioned>,
    key.code,
    async (manager) => {
      const { after, edit } = await editVersionedIn(manager, entity, kind, key, plan);
      if (edit) await recordAudit(manager, writer, edit.audit(after), now);
      return after;
    },
    (current) => versionConflict(kind, key, current),
  );
}

function versionConflict(
  kind: "task" | "target",
  key: { code: string; expectedVersion: number },
  currentVersion: number | null,
): UserInputError {
  const what = `${kind === "task" ? "Task" : "Target"} ${key.code}`;
  return new UserInputError(
    currentVersion === null
      ? `${what} no longer exists.`
      : `${what} is at version ${currentVersion}, not ${key.expectedVersion}: it has changed since you read it. Read it again, and apply your change to version ${currentVersion}.`,
    RegistryErrorCode.VersionConflict,
    { field: "input.expectedVersion", expectedVersion: key.expectedVersion, currentVersion },
  );
}

/** The fields of `next` whose value differs from `current`'s; null when none does. */
function changedFields<T extends object>(current: T, next: Partial<T>): Record<string, unknown> | null {
  const changes = Object.fromEntries(
    Object.entries(next).filter(([field, value]) => current[field as keyof T] !== value),
  );
  return Object.keys(changes).length > 0 ? changes : null;
}

/** GraphQL's null for an optional input field means "keep the value", as leaving it out does. */
function present<T>(value: T | null | undefined): T | undefined {
  return value ?? undefined;
}
