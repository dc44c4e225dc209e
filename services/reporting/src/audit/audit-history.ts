import { AuditEntry, AuditSubject, groupedLoader } from "@hpig/kit";
import { Brackets, type DataSource } from "typeorm";

/** What a domain's audit entries are about, for history queries. */
export const AuditSubjectType = { Task: "Task", Indicator: "Indicator" } as const;

/** The history key of a record: "Task|V.1", "Indicator|IIP". */
export function historyKey(type: string, key: string): string {
  return `${type}|${key}`;
}

/**
 * The history of many tasks and indicators in one statement (entries joined to what they are
 * about), oldest first; keys are `historyKey`s. An entry about several records (a submission of
 * figures of three indicators) is in the history of each.
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
