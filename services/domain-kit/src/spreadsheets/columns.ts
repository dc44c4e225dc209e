import type { IndicatorDefinition } from "../indicators/indicator-definition";

/**
 * The columns of a reporting spreadsheet. Headers are stable codes, not translations: a
 * department may fill a template in Vietnamese Excel and the system still finds every column.
 */
export const Column = {
  IndicatorCode: "indicator_code",
  Indicator: "indicator",
  Unit: "unit",
  Period: "period",
  Status: "status",
  Value: "value",
  Source: "source",
  Comment: "comment",
} as const;

/** Columns an upload must have: without them a row cannot say which figure it is. */
export const REQUIRED_COLUMNS: readonly string[] = [Column.IndicatorCode, Column.Period, Column.Status, Column.Value];

/** Columns an upload may have besides the dimensions: `indicator` is a label for people and is ignored. */
export const OPTIONAL_COLUMNS: readonly string[] = [Column.Indicator, Column.Unit, Column.Source, Column.Comment];

/** The dimensions the indicators use, in order of first use: one spreadsheet column each. */
export function dimensionColumns(definitions: readonly IndicatorDefinition[]): string[] {
  const dimensions: string[] = [];
  for (const definition of definitions) {
    for (const dimension of definition.dimensions) if (!dimensions.includes(dimension)) dimensions.push(dimension);
  }
  return dimensions;
}

/** A template's header row: what identifies a figure, one column per dimension, then what the unit fills in. */
export function templateHeaders(dimensions: readonly string[]): string[] {
  return [
    Column.IndicatorCode,
    Column.Indicator,
    Column.Unit,
    Column.Period,
    Column.Status,
    ...dimensions,
    Column.Value,
    Column.Source,
    Column.Comment,
  ];
}

/**
 * The column a problem of `recordObservations` points at: its fields are the input's
 * ("indicatorCode", "breakdown.INDUSTRIAL_PARK"), a person sees the sheet's headers.
 */
export function columnOfField(field: string): string {
  if (field.startsWith("breakdown.")) return field.slice("breakdown.".length);
  switch (field) {
    case "indicatorCode":
      return Column.IndicatorCode;
    default:
      // period, value, status, source and comment are named alike in both.
      return field;
  }
}
