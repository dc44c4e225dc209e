import { renderCsv } from "@hpig/kit";
import type { CodeList, IndicatorDefinition } from "../indicators/indicator-definition";
import type { Observation } from "../indicators/observation.entity";
import { Column } from "./columns";

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
