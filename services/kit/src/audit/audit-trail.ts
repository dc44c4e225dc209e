import { type DataSource, type EntityManager, In } from "typeorm";
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

/**
 * The history of many records in two statements however many there are (the subjects, then their
 * entries): every entry about each, oldest first. Keys are `type|key`.
 */
export function auditHistoryLoader(db: DataSource) {
  return groupedLoader(
    async (keys: readonly string[]) => {
      const refs = keys.map((key) => key.split("|") as [string, string]);
      const subjects = await db.getRepository(AuditSubject).find({
        where: refs.map(([type, key]) => ({ subjectType: type, subjectKey: key })),
      });
      if (subjects.length === 0) return [];
      const entries = await db.getRepository(AuditEntry).find({
        where: { id: In([...new Set(subjects.map((s) => s.entryId))]) },
      });
      const byId = new Map(entries.map((entry) => [entry.id, entry]));
      return subjects
        .sort((a, b) => a.entryId - b.entryId)
        .map((subject) => ({ key: `${subject.subjectType}|${subject.subjectKey}`, entry: byId.get(subject.entryId)! }));
    },
    (row) => row.key,
  );
}
