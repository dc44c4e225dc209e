import type { RequiredFigures } from "@hpig/kit";

import type { Breakdown } from "../indicators/breakdown";
import type { CodeList, IndicatorDefinition } from "../indicators/indicator-definition";
import type { IndicatorCatalogue } from "../indicators/observation-rules";
import type { ObservationStatus } from "../indicators/observation-status";
import { obligationItems } from "../indicators/reporting-obligation";
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
  /** What the unit's appendix row asks for: the guide sheet says it in words. */
  requiredFigures: RequiredFigures;
  indicators: IndicatorDefinition[];
  /** Dimension codes, one column each, in order of first use. */
  dimensions: string[];
  /** The code lists of those dimensions, for the sheet per list and its validation. */
  codeLists: CodeList[];
  headers: string[];
  rows: TemplateRow[];
}

/**
 * The template of a unit for a year: one row per item its December obligation counts
 * (obligationItems), for each of the obligation's indicators (obligationIndicators) in catalogue
 * order: the year's figure, prefilled ESTIMATE, and where the row asks for it the previous year's
 * OFFICIAL figure just before it.
 */
export function buildTemplate(
  agency: string,
  year: number,
  indicators: readonly IndicatorDefinition[],
  requiredFigures: RequiredFigures,
  catalogue: IndicatorCatalogue,
): SpreadsheetTemplate {
  const dimensions = dimensionColumns(indicators);
  const rows: TemplateRow[] = indicators.flatMap((definition) =>
    obligationItems(definition, catalogue.codeLists, year, requiredFigures).map(({ cell, period, needs }) => ({
      indicatorCode: definition.code,
      label: labelOf(definition, cell, catalogue.codeLists),
      unit: definition.unit,
      period,
      status: needs,
      breakdown: cell,
    })),
  );
  return {
    agency,
    year,
    requiredFigures,
    indicators: [...indicators],
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
