import { placeholders } from "@hpig/kit";
import type { DataSource, EntityManager } from "typeorm";

import { Aggregate } from "./medium";

/** Later than any sample: the end of the newest limit's time in force. */
const FOREVER = 253_402_300_800;

type Queryable = DataSource | EntityManager;

/** Whether a data source, or a transaction's manager, is on SQLite. */
const isSqlite = (db: Queryable) => ("dataSource" in db ? db.dataSource : db).options.type === "better-sqlite3";

/**
 * Each limit with the time it is in force: from its own start until the next limit of the same
 * parameter starts (a window over the small limits table; SQLite ≥ 3.25, MariaDB ≥ 10.2, whose LEAD
 * takes no default).
 */
export function limitPeriods(parameterFilter: string): string {
  return `lim AS (
  SELECT parameter_id, min_value, max_value, in_force_from,
    COALESCE(LEAD(in_force_from) OVER (PARTITION BY parameter_id ORDER BY in_force_from), ${FOREVER}) AS in_force_until
  FROM monitoring_limit ${parameterFilter})`;
}

/** The join of a sample `s` to the limit `l` in force when it was taken. */
export const LIMIT_IN_FORCE =
  "LEFT JOIN lim l ON l.parameter_id = s.parameter_id AND s.taken_at >= l.in_force_from AND s.taken_at < l.in_force_until";

/**
 * 1 when sample `s` breaks limit `l`: above a maximum, or below a minimum. A value below detection
 * is the detection limit, the true value lower: it breaks a minimum it is under, never a maximum.
 */
export const EXCEEDS = `CASE WHEN l.max_value IS NOT NULL AND s.value > l.max_value AND s.below_detection = 0 THEN 1
  WHEN l.min_value IS NOT NULL AND s.value < l.min_value THEN 1 ELSE 0 END`;

/**
 * The start of a sample's bucket, in seconds since 1970 UTC. Hours and days are integer arithmetic
 * on the stored seconds (the same on both databases); a month needs the calendar: SQLite's
 * strftime, and on MariaDB a DATETIME built by adding seconds to 1970-01-01, which involves no
 * session time zone. Both give the first second of the UTC calendar month.
 */
function bucketOf(db: Queryable, aggregate: Aggregate): string {
  switch (aggregate) {
    case Aggregate.HOUR:
      return "s.taken_at - s.taken_at % 3600";
    case Aggregate.DAY:
      return "s.taken_at - s.taken_at % 86400";
    case Aggregate.MONTH:
      return isSqlite(db)
        ? "CAST(strftime('%s', s.taken_at, 'unixepoch', 'start of month') AS INTEGER)"
        : "TIMESTAMPDIFF(SECOND, '1970-01-01', DATE_FORMAT('1970-01-01' + INTERVAL s.taken_at SECOND, '%Y-%m-01'))";
  }
}

/** A limit as a series needs it: from when, and its bounds. */
export interface LimitPeriod {
  inForceFrom: number;
  min: number | null;
  max: number | null;
}

/**
 * 1 when sample `s` breaks the limit in force when it was taken, for one parameter whose limits
 * (oldest first) are spelt out: a CASE on the time, with the bounds bound as parameters. Cheaper
 * than joining each sample to the limits (a third of a year's aggregate on SQLite, measured).
 */
function exceedsOf(limits: readonly LimitPeriod[]): { sql: string; parameters: number[] } {
  if (limits.length === 0) return { sql: "0", parameters: [] };
  const parameters: number[] = [limits[0].inForceFrom];
  const branches = limits.map((limit, index) => {
    const tests: string[] = [];
    const bounds: number[] = [];
    if (limit.max !== null) {
      tests.push("(s.value > ? AND s.below_detection = 0)");
      bounds.push(limit.max);
    }
    if (limit.min !== null) {
      tests.push("s.value < ?");
      bounds.push(limit.min);
    }
    const next = limits[index + 1];
    const test = tests.length > 0 ? `(${tests.join(" OR ")})` : "0";
    if (!next) {
      parameters.push(...bounds);
      return `ELSE ${test}`;
    }
    parameters.push(next.inForceFrom, ...bounds);
    return `WHEN s.taken_at < ? THEN ${test}`;
  });
  return { sql: `CASE WHEN s.taken_at < ? THEN 0 ${branches.join(" ")} END`, parameters };
}

export interface SeriesQuery {
  parameterId: number;
  /** Seconds since 1970 UTC, from included, to excluded. */
  from: number;
  to: number;
  /** Null: every value as taken. */
  aggregate: Aggregate | null;
}

/** One point of a station's series: a value as taken, or a bucket's mean, max, count and samples over the limit. */
export interface SeriesPoint {
  stationId: number;
  /** The sample's time, or its bucket's start, in seconds since 1970 UTC. */
  time: number;
  value: number;
  max: number;
  count: number;
  exceeds: number;
  /** For a value as taken: whether it is below detection; null for a bucket. */
  belowDetection: boolean | null;
}

/**
 * One parameter's series of several stations over [from, to), in one statement: each station's
 * range of the primary key (station, parameter, time), each value judged by the limit in force,
 * grouped by bucket in SQL when asked.
 */
export async function selectSeries(
  db: Queryable,
  stationIds: readonly number[],
  query: SeriesQuery,
  limits: readonly LimitPeriod[],
): Promise<SeriesPoint[]> {
  const exceeds = exceedsOf(limits);
  const where = `s.station_id IN (${placeholders(stationIds.length)}) AND s.parameter_id = ? AND s.taken_at >= ? AND s.taken_at < ?`;
  const parameters = [...exceeds.parameters, ...stationIds, query.parameterId, query.from, query.to];
  const sql = query.aggregate
    ? `SELECT s.station_id AS station, ${bucketOf(db, query.aggregate)} AS bucket, AVG(s.value) AS mean, MAX(s.value) AS peak,
  COUNT(*) AS n, SUM(${exceeds.sql}) AS exceeding
FROM monitoring_sample s
WHERE ${where}
GROUP BY s.station_id, bucket
ORDER BY s.station_id, bucket`
    : `SELECT s.station_id AS station, s.taken_at AS bucket, s.value AS mean, s.value AS peak, 1 AS n, ${exceeds.sql} AS exceeding,
  s.below_detection AS below
FROM monitoring_sample s
WHERE ${where}
ORDER BY s.station_id, s.taken_at`;
  const rows: Array<Record<string, unknown>> = await db.query(sql, parameters);
  return rows.map((row) => ({
    stationId: Number(row["station"]),
    time: Number(row["bucket"]),
    value: Number(row["mean"]),
    max: Number(row["peak"]),
    count: Number(row["n"]),
    exceeds: Number(row["exceeding"]),
    belowDetection: query.aggregate ? null : Number(row["below"]) === 1,
  }));
}

/** A station's parameter over a period: how many samples, how many broke the limit in force, the highest value. */
export interface ExceedanceRow {
  stationId: number;
  parameterId: number;
  samples: number;
  exceeding: number;
  max: number;
  firstExceedingAt: number | null;
  lastExceedingAt: number | null;
}

/**
 * Every parameter of several stations over [from, to) that broke its limit at least once, in one
 * statement. The parameters are listed (every one there is) so each (station, parameter) pair is a
 * range of the primary key rather than a scan of the station's rows: MariaDB ranged on the station
 * alone when the list was a subquery.
 */
export async function selectExceedances(
  db: Queryable,
  stationIds: readonly number[],
  parameterIds: readonly number[],
  from: number,
  to: number,
): Promise<ExceedanceRow[]> {
  const rows: Array<Record<string, unknown>> = await db.query(
    `WITH ${limitPeriods("")}
SELECT station, parameter, samples, exceeding, peak, first_at, last_at FROM (
  SELECT s.station_id AS station, s.parameter_id AS parameter, COUNT(*) AS samples, SUM(${EXCEEDS}) AS exceeding,
    MAX(s.value) AS peak, MIN(CASE WHEN ${EXCEEDS} = 1 THEN s.taken_at END) AS first_at,
    MAX(CASE WHEN ${EXCEEDS} = 1 THEN s.taken_at END) AS last_at
  FROM monitoring_sample s ${LIMIT_IN_FORCE}
  WHERE s.station_id IN (${placeholders(stationIds.length)})
    AND s.parameter_id IN (${placeholders(parameterIds.length)}) AND s.taken_at >= ? AND s.taken_at < ?
  GROUP BY s.station_id, s.parameter_id
) per_parameter
WHERE exceeding > 0
ORDER BY station, parameter`,
    [...stationIds, ...parameterIds, from, to],
  );
  return rows.map((row) => ({
    stationId: Number(row["station"]),
    parameterId: Number(row["parameter"]),
    samples: Number(row["samples"]),
    exceeding: Number(row["exceeding"]),
    max: Number(row["peak"]),
    firstExceedingAt: row["first_at"] === null ? null : Number(row["first_at"]),
    lastExceedingAt: row["last_at"] === null ? null : Number(row["last_at"]),
  }));
}
