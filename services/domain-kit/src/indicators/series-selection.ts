import { endOfVietnamDay } from "@hpig/kit";

import { type Breakdown, matchesBreakdown } from "./breakdown";
import type { ObservationPeriodType } from "./indicator-definition";
import type { Observation } from "./observation.entity";
import { parseObservationPeriod } from "./observation-period";
import type { ObservationStatus } from "./observation-status";

export interface SeriesOptions {
  /** First period: periods ending on or after its start. */
  from?: string | null;
  /** Last period: periods ending on or before its end. */
  to?: string | null;
  periodType?: ObservationPeriodType | null;
  /** Cells with these codes; {} for the totals only; null for every cell. */
  breakdown?: Breakdown | null;
  status?: ObservationStatus | null;
  /** The figures as known at the end of this Viet Nam day. */
  asOf?: string | null;
  includeRevisions: boolean;
}

/** Only the latest revision of each cell (rows come ordered by period end, then recording time). */
function latestPerCell(rows: Observation[]): Observation[] {
  const latest = new Map<string, Observation>();
  for (const row of rows) latest.set(`${row.period}|${row.breakdownKey}`, row);
  return [...latest.values()];
}

/**
 * A series as asked, from every row of an indicator: rows in period order, the latest revision per
 * cell known at `asOf` unless every revision is wanted. The definition of a series read, in a few
 * lines: reads select it in SQL (series-query.ts), whose tests check it against this for every option.
 */
export function selectSeries(rows: Observation[], options: SeriesOptions): Observation[] {
  const start = options.from ? parseObservationPeriod(options.from)?.start : undefined;
  const end = options.to ? parseObservationPeriod(options.to)?.end : undefined;
  const cutoff = options.asOf ? endOfVietnamDay(options.asOf) : undefined;
  const { breakdown } = options;
  const known = rows.filter(
    (row) =>
      (!cutoff || row.recordedAt < cutoff) &&
      (!start || row.periodEnd >= start) &&
      (!end || row.periodEnd <= end) &&
      (!options.periodType || row.periodType === options.periodType) &&
      (!breakdown ||
        (Object.keys(breakdown).length === 0 ? row.breakdownKey === "" : matchesBreakdown(row.breakdown, breakdown))),
  );
  const selected = options.includeRevisions ? known : latestPerCell(known);
  return options.status ? selected.filter((row) => row.status === options.status) : selected;
}
