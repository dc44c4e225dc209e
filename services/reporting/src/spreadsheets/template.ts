import type { Breakdown } from "../indicators/breakdown";
import type { CodeList, IndicatorDefinition } from "../indicators/indicator-definition";
import type { IndicatorCatalogue } from "../indicators/observation-rules";
import { ObservationStatus } from "../indicators/observation-status";
import { requiredCells } from "../indicators/reporting-obligation";
import { Column, dimensionColumns, templateHeaders } from "./columns";

/** One line of a template: a required item of the obligation, value left for the unit to fill. */
export interface TemplateRow {
  indicatorCode: string;
  /** For people: the code, the unit and the names of the cell's codes (names live in the plan, not here). */
  label: string;
  unit: string;
  period: string;
  status: ObservationStatus;
  breakdown: Breakdown;
}

/** What a unit fills in December for a year, in the committee's catalogue order. */
export interface SpreadsheetTemplate {
  agency: string;
  year: number;
  indicators: IndicatorDefinition[];
  /** Dimension codes, one column each, in order of first use. */
  dimensions: string[];
  /** The code lists of those dimensions, for the sheet per list and its validation. */
  codeLists: CodeList[];
  headers: string[];
  rows: TemplateRow[];
}

/**
 * The template of a unit for a year: for each indicator it reports that this domain defines
 * (in catalogue order), each required cell twice, as the obligation counts it: the previous
 * year's OFFICIAL figure and the year's ESTIMATE.
 */
export function buildTemplate(
  agency: string,
  year: number,
  reportedCodes: readonly string[],
  catalogue: IndicatorCatalogue,
): SpreadsheetTemplate {
  const indicators = reportedCodes
    .map((code) => catalogue.definitions.get(code))
    .filter((definition): definition is IndicatorDefinition => definition !== undefined);
  const dimensions = dimensionColumns(indicators);
  const rows: TemplateRow[] = [];
  for (const definition of indicators) {
    for (const cell of requiredCells(definition, catalogue.codeLists, year)) {
      for (const [period, status] of [
        [String(year - 1), ObservationStatus.OFFICIAL],
        [String(year), ObservationStatus.ESTIMATE],
      ] as const) {
        rows.push({
          indicatorCode: definition.code,
          label: labelOf(definition, cell, catalogue.codeLists),
          unit: definition.unit,
          period,
          status,
          breakdown: cell,
        });
      }
    }
  }
  return {
    agency,
    year,
    indicators,
    dimensions,
    codeLists: dimensions.flatMap((code) => catalogue.codeLists.get(code) ?? []),
    headers: templateHeaders(dimensions),
    rows,
  };
}

function labelOf(definition: IndicatorDefinition, cell: Breakdown, codeLists: ReadonlyMap<string, CodeList>): string {
  const names = definition.dimensions
    .filter((dimension) => dimension in cell)
    .map(
      (dimension) =>
        codeLists.get(dimension)?.entries.find((entry) => entry.code === cell[dimension])?.name ?? cell[dimension],
    );
  const base = `${definition.code} (${definition.unit})`;
  return names.length > 0 ? `${base}: ${names.join(", ")}` : base;
}

/** A template row as the cells of its line, by header; value, source and comment stay blank. */
export function templateRecord(row: TemplateRow): Record<string, string> {
  return {
    [Column.IndicatorCode]: row.indicatorCode,
    [Column.Indicator]: row.label,
    [Column.Unit]: row.unit,
    [Column.Period]: row.period,
    [Column.Status]: row.status,
    ...row.breakdown,
  };
}
