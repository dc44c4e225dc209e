import type { DataSource, EntityTarget } from "typeorm";

import { hydrateRows, placeholders, sqlNames } from "../raw-rows";
import type { ProgressReportRecord } from "./progress-report-record";
import { endOfVietnamDay } from "./vietnam-time";

/**
 * Each lead's latest report of each task as known at the end of `asOf` (Viet Nam time), selected
 * in SQL: the latest period end, then the last recorded (then `tieBreak`, the order reports were
 * stored in), one row per task and reporting agency. A task's whole history is never read to
 * answer its status. ROW_NUMBER needs SQLite ≥ 3.25 or MariaDB ≥ 10.2 / MySQL 8.
 */
export async function selectLatestReports<R extends ProgressReportRecord>(
  db: DataSource,
  entity: EntityTarget<R>,
  taskCodes: readonly string[],
  asOf: string,
  tieBreak: keyof R & string,
): Promise<R[]> {
  if (taskCodes.length === 0) return [];
  const { table, columns } = sqlNames(db, entity, [
    "taskCode",
    "reportingAgency",
    "periodEnd",
    "reportedAt",
    tieBreak,
  ] as Array<keyof R & string>);
  const c = columns as Record<string, string>;
  const rows = await db.query<Array<Record<string, unknown>>>(
    `SELECT * FROM (
       SELECT r.*, ROW_NUMBER() OVER (
         PARTITION BY r.${c["taskCode"]}, r.${c["reportingAgency"]}
         ORDER BY r.${c["periodEnd"]} DESC, r.${c["reportedAt"]} DESC, r.${c[tieBreak]} DESC) AS latest_rank
       FROM ${table} r
       WHERE r.${c["taskCode"]} IN (${placeholders(taskCodes.length)}) AND r.${c["reportedAt"]} < ?
     ) ranked
     WHERE latest_rank = 1
     ORDER BY ${c["periodEnd"]}, ${c["reportedAt"]}, ${c[tieBreak]}`,
    [...taskCodes, endOfVietnamDay(asOf)],
  );
  return hydrateRows(db, entity, rows);
}
