import { Brackets, type DataSource, type EntityManager } from "typeorm";

import type { Principal } from "../auth";
import { groupedLoader } from "../loaders";
import { AuditEntry, AuditSubject } from "./audit-entry.entity";

/** A record a change concerns, for history queries: ("Task", "V.1"), ("Indicator", "IIP"). */
export interface AuditSubjectRef {
  type: string;
  key: string;
}

export interface AuditRecord {
  action: string;
  entityType: string;
  entityKey: string;
  before: unknown;
  after: unknown;
  subjects: AuditSubjectRef[];
}

/** Who is writing, and in which request: every write's context has both. */
export interface AuditWriter {
  principal: Principal | null;
  requestId: string;
}

/**
 * Records one change in the audit trail. Call it with the transaction's manager, so the entry
 * and the change are committed together or not at all.
 */
export async function recordAudit(
  manager: EntityManager,
  writer: AuditWriter,
  record: AuditRecord,
  now: Date,
): Promise<AuditEntry> {
  if (!writer.principal) throw new Error("a write without a signed-in caller cannot be audited");
  const entry = await manager.getRepository(AuditEntry).save(
    Object.assign(new AuditEntry(), {
      at: now.toISOString(),
      actorSubject: writer.principal.subject,
      actorName: writer.principal.name,
      actorAgency: writer.principal.agency,
      actorRoles: writer.principal.roles,
      action: record.action,
      entityType: record.entityType,
      entityKey: record.entityKey,
      before: record.before ?? null,
      after: record.after ?? null,
      requestId: writer.requestId,
    }),
  );
  const subjects = uniqueSubjects(record.subjects).map((subject) =>
    Object.assign(new AuditSubject(), { entryId: entry.id, subjectType: subject.type, subjectKey: subject.key }),
  );
  if (subjects.length > 0) await manager.getRepository(AuditSubject).insert(subjects);
  return entry;
}

function uniqueSubjects(subjects: AuditSubjectRef[]): AuditSubjectRef[] {
  return [...new Map(subjects.map((subject) => [`${subject.type}|${subject.key}`, subject])).values()];
}

export interface AuditFilter {
  /** The agency of the one who changed it. */
  agency?: string | null;
  entityType?: string | null;
  subject?: AuditSubjectRef | null;
  /** ISO timestamps, inclusive from, exclusive to. */
  from?: string | null;
  to?: string | null;
  limit: number;
}

/** A subgraph's trail, newest first, filtered. */
export function findAuditEntries(db: DataSource, filter: AuditFilter): Promise<AuditEntry[]> {
  const query = db.getRepository(AuditEntry).createQueryBuilder("entry").orderBy("entry.id", "DESC").take(filter.limit);
  if (filter.agency) query.andWhere("entry.actorAgency = :agency", { agency: filter.agency });
  if (filter.entityType) query.andWhere("entry.entityType = :entityType", { entityType: filter.entityType });
  if (filter.from) query.andWhere("entry.at >= :from", { from: filter.from });
  if (filter.to) query.andWhere("entry.at < :to", { to: filter.to });
  if (filter.subject) {
    query.andWhere(
      "EXISTS (SELECT 1 FROM audit_subject s WHERE s.entry_id = entry.id AND s.subject_type = :subjectType AND s.subject_key = :subjectKey)",
      { subjectType: filter.subject.type, subjectKey: filter.subject.key },
    );
  }
  return query.getMany();
}

/** The key of a record in `auditHistoryLoader`: "Task|V.1", "Indicator|IIP". */
export function historyKey(type: string, key: string): string {
  return `${type}|${key}`;
}

/**
 * The history of many records in one statement however many there are (entries joined to what
 * they are about): every entry about each, oldest first. Keys are `historyKey`s. An entry about
 * several records (a submission of figures of three indicators) is in the history of each.
 */
export function auditHistoryLoader(db: DataSource) {
  return groupedLoader(
    async (keys: readonly string[]) => {
      const byType = new Map<string, string[]>();
      for (const key of keys) {
        const separator = key.indexOf("|");
        const type = key.slice(0, separator);
        byType.set(type, [...(byType.get(type) ?? []), key.slice(separator + 1)]);
      }
      const query = db
        .getRepository(AuditEntry)
        .createQueryBuilder("entry")
        .innerJoin(AuditSubject, "subject", "subject.entryId = entry.id")
        .addSelect("subject.subjectType", "history_type")
        .addSelect("subject.subjectKey", "history_key")
        .where(
          new Brackets((where) => {
            [...byType].forEach(([type, codes], index) => {
              where.orWhere(`(subject.subjectType = :type${index} AND subject.subjectKey IN (:...codes${index}))`, {
                [`type${index}`]: type,
                [`codes${index}`]: codes,
              });
            });
          }),
        )
        .orderBy("entry.id", "ASC");
      const { raw, entities } = await query.getRawAndEntities<{
        entry_id: number | string;
        history_type: string;
        history_key: string;
      }>();
      const byId = new Map(entities.map((entry) => [entry.id, entry]));
      return raw.map((row) => ({
        key: historyKey(row.history_type, row.history_key),
        entry: byId.get(Number(row.entry_id))!,
      }));
    },
    (row) => row.key,
  );
}
