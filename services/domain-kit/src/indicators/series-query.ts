import { endOfVietnamDay, hydrateRows, placeholders } from "@hpig/kit";
import type { DataSource } from "typeorm";

import { type Breakdown, breakdownKey, matchesBreakdown } from "./breakdown";
import { Observation } from "./observation.entity";
import { parseObservationPeriod } from "./observation-period";
import type { SeriesOptions } from "./series-selection";

/** What a series read asks of SQL: the same options as selectSeries, bounds already read as dates. */
export interface SeriesQuery {
  /** Periods ending on or after this date. */
  start: string | null;
  /** Periods ending on or before this date. */
  end: string | null;
  periodType: string | null;
  /** Cells with these codes; {} for the totals only; null for every cell. */
  breakdown: Breakdown | null;
  status: string | null;
  /** Revisions recorded before this instant (ISO), i.e. known at the end of `asOf`. */
  before: string | null;
  includeRevisions: boolean;
}

/** The SQL form of series options (`from`/`to` periods to dates, `asOf` to the end of its Viet Nam day). */
export function seriesQuery(options: SeriesOptions): SeriesQuery {
  return {
    start: options.from ? (parseObservationPeriod(options.from)?.start ?? null) : null,
    end: options.to ? (parseObservationPeriod(options.to)?.end ?? null) : null,
    periodType: options.periodType ?? null,
    breakdown: options.breakdown ?? null,
    status: options.status ?? null,
    before: options.asOf ? endOfVietnamDay(options.asOf) : null,
    includeRevisions: options.includeRevisions,
  };
}

/** A stable key per query: one loader, so one statement, per distinct query in a request. */
export function seriesQueryKey(query: SeriesQuery): string {
  return JSON.stringify([
    query.start,
    query.end,
    query.periodType,
    query.breakdown === null ? null : breakdownKey(query.breakdown),
    query.status,
    query.before,
    query.includeRevisions,
  ]);
}

/** `%`, `_` and the escape character itself, escaped for LIKE … ESCAPE '!'. */
function likeLiteral(text: string): string {
  return text.replace(/[!%_]/g, (character) => `!${character}`);
}

/**
 * The series of several indicators as selectSeries would give them, selected in SQL: only the
 * requested periods, period type, cells and revisions leave the database, and the latest revision
 * of each cell is picked by a window function (SQLite ≥ 3.25, MariaDB ≥ 10.2, MySQL 8). Each indicator's
 * rows come in selectSeries' order: by period end, then by when the cell was first recorded.
 */
export async function selectSeriesRows(
  db: DataSource,
  indicatorCodes: readonly string[],
  query: SeriesQuery,
): Promise<Observation[]> {
  if (indicatorCodes.length === 0) return [];
  const where = [`o.indicator_code IN (${placeholders(indicatorCodes.length)})`];
  const parameters: unknown[] = [...indicatorCodes];
  const add = (condition: string, ...values: unknown[]) => {
    where.push(condition);
    parameters.push(...values);
  };
  if (query.start) add("o.period_end >= ?", query.start);
  if (query.end) add("o.period_end <= ?", query.end);
  if (query.periodType) add("o.period_type = ?", query.periodType);
  if (query.before) add("o.recorded_at < ?", query.before);
  const filter = query.breakdown;
  if (filter && Object.keys(filter).length === 0) add("o.breakdown_key = ''");
  // breakdown_key is "DIM=CODE;DIM=CODE" in dimension order: a code asked for is one of its parts.
  for (const [dimension, code] of Object.entries(filter ?? {})) {
    const part = likeLiteral(`${dimension}=${code}`);
    add(
      "(o.breakdown_key = ? OR o.breakdown_key LIKE ? ESCAPE '!' OR o.breakdown_key LIKE ? ESCAPE '!' OR o.breakdown_key LIKE ? ESCAPE '!')",
      `${dimension}=${code}`,
      `${part};%`,
      `%;${part}`,
      `%;${part};%`,
    );
  }
  let sql: string;
  if (query.includeRevisions) {
    if (query.status) add("o.status = ?", query.status);
    sql = `SELECT o.* FROM observation o WHERE ${where.join(" AND ")} ORDER BY o.period_end, o.recorded_at, o.id`;
  } else {
    // One window over the cell's revisions, oldest first, gives its latest revision and when it
    // was first recorded (selectSeries' order); it is computed on ids alone and the latest rows
    // read by id, which sorts a fraction of the bytes. The status filter applies to each cell's
    // latest revision, as in selectSeries: after the window.
    const cell =
      "(PARTITION BY o.indicator_code, o.period, o.breakdown_key ORDER BY o.recorded_at, o.id " +
      "ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)";
    sql = `SELECT o.* FROM (
        SELECT DISTINCT LAST_VALUE(o.id) OVER ${cell} AS latest_id,
          FIRST_VALUE(o.recorded_at) OVER ${cell} AS first_recorded_at,
          FIRST_VALUE(o.id) OVER ${cell} AS first_id
        FROM observation o WHERE ${where.join(" AND ")}
      ) cells
      JOIN observation o ON o.id = cells.latest_id${query.status ? " WHERE o.status = ?" : ""}
      ORDER BY o.period_end, cells.first_recorded_at, cells.first_id`;
    if (query.status) parameters.push(query.status);
  }
  const rows = hydrateRows(db, Observation, await db.query<Array<Record<string, unknown>>>(sql, parameters));
  // LIKE ignores case under MySQL's collations; codes are exact, as in selectSeries.
  return filter && Object.keys(filter).length > 0
    ? rows.filter((row) => matchesBreakdown(row.breakdown, filter))
    : rows;
}
