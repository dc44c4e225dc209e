import type { ReportingContext } from "@hpig/domain-kit";
import { ErrorCode, groupedLoader, keyedLoader, UserInputError, vietnamDate } from "@hpig/kit";
import type { DataSource, EntityManager } from "typeorm";
import { In } from "typeorm";

import { ApprovalKind, ApprovalRecord, ApprovalRevision } from "./environmental-approval.entity";
import { EARLIEST_DECISION } from "./environmental-approval.service";

/** Which approvals a list holds: one kind, decided in one year, optionally in one park. */
export interface ApprovalFilter {
  kind: ApprovalKind;
  year: number;
  park: string | null;
}

/** A page's size when none is asked for, and the largest one may ask for. */
export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 500;

function refuse(field: string, message: string): never {
  throw new UserInputError(`${field}: ${message}`, ErrorCode.BadUserInput, { field });
}

/** The year a list may ask for: from the first possible decision to this year. */
export function checkYear(year: number, now: Date): void {
  const first = Number(EARLIEST_DECISION.slice(0, 4));
  const last = Number(vietnamDate(now).slice(0, 4));
  if (year < first || year > last) refuse("year", `must be from ${first} to ${last}.`);
}

export function checkPageSize(first: number): void {
  if (first < 1 || first > MAX_PAGE_SIZE) refuse("first", `must be from 1 to ${MAX_PAGE_SIZE}.`);
}

/** Where a page ends: the last approval's decision date and id, the order lists are in. */
interface Position {
  decidedOn: string;
  id: number;
}

export function cursorOf(approval: ApprovalRevision): string {
  return Buffer.from(`${approval.decidedOn}|${approval.approvalId}`).toString("base64url");
}

function positionOf(cursor: string): Position {
  const match = /^(\d{4}-\d{2}-\d{2})\|(\d{1,9})$/u.exec(Buffer.from(cursor, "base64url").toString());
  if (!match) refuse("after", "is not a cursor this list gave (nextCursor).");
  return { decidedOn: match[1], id: Number(match[2]) };
}

/** The current revisions matching the filter: the approvals as they stand, in one statement. */
function currentApprovals(manager: DataSource | EntityManager, filter: ApprovalFilter) {
  const query = manager
    .getRepository(ApprovalRevision)
    .createQueryBuilder("approval")
    .innerJoin(ApprovalRecord, "record", "record.id = approval.approvalId AND record.revision = approval.revision")
    .where("approval.kind = :kind", { kind: filter.kind })
    .andWhere("approval.decidedOn BETWEEN :from AND :to", { from: `${filter.year}-01-01`, to: `${filter.year}-12-31` });
  if (filter.park !== null) query.andWhere("approval.parkCode = :park", { park: filter.park });
  return query;
}

/** One page of the approvals matching the filter, by decision date then id, and the cursor of the next. */
export async function approvalPage(
  db: DataSource,
  filter: ApprovalFilter,
  first: number,
  after: string | null,
): Promise<{ items: ApprovalRevision[]; nextCursor: string | null }> {
  const query = currentApprovals(db, filter)
    .orderBy("approval.decidedOn", "ASC")
    .addOrderBy("approval.approvalId", "ASC")
    .limit(first + 1);
  if (after !== null) {
    const position = positionOf(after);
    query.andWhere(
      "(approval.decidedOn > :afterDate OR (approval.decidedOn = :afterDate AND approval.approvalId > :afterId))",
      {
        afterDate: position.decidedOn,
        afterId: position.id,
      },
    );
  }
  const rows = await query.getMany();
  const items = rows.slice(0, first);
  return { items, nextCursor: rows.length > first ? cursorOf(items[items.length - 1]) : null };
}

/** How many approvals match the filter, over every page. */
export function approvalCount(db: DataSource, filter: ApprovalFilter): Promise<number> {
  return currentApprovals(db, filter).getCount();
}

/**
 * The approvals decided in a year, as they stand (their current revisions), by decision date
 * then id: what the figures are derived from, read in the caller's transaction.
 */
export function approvalsOfYear(manager: EntityManager, kind: ApprovalKind, year: number): Promise<ApprovalRevision[]> {
  return currentApprovals(manager, { kind, year, park: null })
    .orderBy("approval.decidedOn", "ASC")
    .addOrderBy("approval.approvalId", "ASC")
    .getMany();
}

/** Every revision of many approvals, oldest first, in one statement per batch. */
export function revisionsLoader(db: DataSource) {
  return groupedLoader(
    (ids: readonly number[]) =>
      db.getRepository(ApprovalRevision).find({
        where: { approvalId: In([...ids]) },
        order: { approvalId: "ASC", revision: "ASC" },
      }),
    (revision) => revision.approvalId,
  );
}

/** Approvals as they stand (current revisions) by id, one statement per batch. */
function currentLoader(db: DataSource) {
  return keyedLoader(
    (ids: readonly number[]) =>
      db
        .getRepository(ApprovalRevision)
        .createQueryBuilder("approval")
        .innerJoin(ApprovalRecord, "record", "record.id = approval.approvalId AND record.revision = approval.revision")
        .where("approval.approvalId IN (:...ids)", { ids: [...ids] })
        .getMany(),
    (approval) => approval.approvalId,
  );
}

/** The request's loaders of approvals, kept beside its shared loaders (one object per request). */
const requestLoaders = new WeakMap<
  ReportingContext["loaders"],
  { revisions: ReturnType<typeof revisionsLoader>; current: ReturnType<typeof currentLoader> }
>();

export function approvalLoaders({ db, loaders }: ReportingContext) {
  let made = requestLoaders.get(loaders);
  if (!made) {
    made = { revisions: revisionsLoader(db), current: currentLoader(db) };
    requestLoaders.set(loaders, made);
  }
  return made;
}
