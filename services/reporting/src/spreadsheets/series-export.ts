import { latestPerCell } from "../indicators/series-selection";
import type { CodeList, IndicatorDefinition } from "../indicators/indicator-definition";
import type { Observation } from "../indicators/observation.entity";
import { endOfVietnamDay } from "../progress/vietnam-time";
import { Column } from "./columns";
import { renderCsv } from "./csv";

export interface SeriesSelection {
  /** First period's start ("2011" → from 2011-01-01). */
  start?: string;
  /** Last period's end ("2020" → to 2020-12-31). */
  end?: string;
  /** As known at the end of this Viet Nam day. */
  asOf?: string;
  includeRevisions: boolean;
}

/**
 * The rows of a series as the `series` field selects them: figures known on `asOf`, periods
 * within [start, end], the latest revision of each cell unless every revision is asked for.
 * `rows` come ordered by period end, then recording time.
 */
export function selectSeries(rows: readonly Observation[], selection: SeriesSelection): Observation[] {
  const cutoff = selection.asOf ? endOfVietnamDay(selection.asOf) : undefined;
  const known = rows.filter(
    (row) =>
      (!cutoff || row.recordedAt < cutoff) &&
      (!selection.start || row.periodEnd >= selection.start) &&
      (!selection.end || row.periodEnd <= selection.end),
  );
  return selection.includeRevisions ? known : latestPerCell(known);
}

/** The headers of a series export: the cell, the figure, and where it came from. */
export function seriesHeaders(definition: IndicatorDefinition): string[] {
  return [
    Column.IndicatorCode,
    Column.Period,
    ...definition.dimensions,
    Column.Value,
    Column.Status,
    Column.Source,
    Column.Comment,
    "reporter",
    "recorded_at",
    "revision",
    "outlier",
    "sample",
  ];
}

/**
 * A series as CSV for analysts' own tools (UTF-8 with BOM for Excel): by period, then cells in
 * code-list order, then revision; a breakdown column left blank is the total.
 */
export function renderSeriesCsv(
  definition: IndicatorDefinition,
  codeLists: ReadonlyMap<string, CodeList>,
  rows: readonly Observation[],
): Buffer {
  const rank = (dimension: string, code: string | undefined) =>
    code === undefined ? -1 : (codeLists.get(dimension)?.entries.findIndex((entry) => entry.code === code) ?? 0);
  const ordered = [...rows].sort(
    (a, b) =>
      a.periodEnd.localeCompare(b.periodEnd) ||
      a.period.localeCompare(b.period) ||
      definition.dimensions.reduce(
        (order, dimension) =>
          order || rank(dimension, a.breakdown[dimension]) - rank(dimension, b.breakdown[dimension]),
        0,
      ) ||
      a.revision - b.revision,
  );
  return renderCsv(
    seriesHeaders(definition),
    ordered.map((row) => ({
      [Column.IndicatorCode]: row.indicatorCode,
      [Column.Period]: row.period,
      ...row.breakdown,
      [Column.Value]: row.value,
      [Column.Status]: row.status,
      [Column.Source]: row.source,
      [Column.Comment]: row.comment,
      reporter: row.reporter,
      recorded_at: row.recordedAt,
      revision: row.revision,
      outlier: row.outlier,
      sample: row.sample,
    })),
  );
}
