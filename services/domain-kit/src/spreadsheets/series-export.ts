import { newWorkbook, renderCsv } from "@hpig/kit";

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
 * A series' rows for analysts' own tools: by period, then cells in code-list order, then revision;
 * a breakdown column left blank is the total.
 */
function seriesRecords(
  definition: IndicatorDefinition,
  codeLists: ReadonlyMap<string, CodeList>,
  rows: readonly Observation[],
): Array<Record<string, unknown>> {
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
  return ordered.map((row) => ({
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
  }));
}

/** A series as CSV (UTF-8 with BOM for Excel). */
export function renderSeriesCsv(
  definition: IndicatorDefinition,
  codeLists: ReadonlyMap<string, CodeList>,
  rows: readonly Observation[],
): Buffer {
  return renderCsv(seriesHeaders(definition), seriesRecords(definition, codeLists, rows));
}

/** The same rows as an Excel workbook of one sheet, header frozen, values as numbers. */
export async function renderSeriesXlsx(
  definition: IndicatorDefinition,
  codeLists: ReadonlyMap<string, CodeList>,
  rows: readonly Observation[],
): Promise<Buffer> {
  const workbook = await newWorkbook();
  workbook.creator = "Hải Phòng Industry Graph";
  const sheet = workbook.addWorksheet(definition.code.slice(0, 31), { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = seriesHeaders(definition).map((header) => ({
    header,
    key: header,
    width: header === Column.Source ? 32 : 16,
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRows(seriesRecords(definition, codeLists, rows));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
