import { validateSync } from "class-validator";

import { breakdownKey } from "../indicators/breakdown";
import type { CodeList } from "../indicators/indicator-definition";
import { BreakdownInput, ObservationInput } from "../indicators/observation.input";
import type { IndicatorCatalogue } from "../indicators/observation-rules";
import { ObservationStatus } from "../indicators/observation-status";
import { Column, dimensionColumns, OPTIONAL_COLUMNS, REQUIRED_COLUMNS } from "./columns";
import { SheetErrorCode, type SheetProblem } from "./sheet-problems";
import { isBlank, type SheetCell, type SheetTable, SpreadsheetStructureError } from "./sheet-table";

/** The figures of a sheet, ready for `recordObservations`, and what could not be read. */
export interface ParsedSheet {
  observations: ObservationInput[];
  /** The sheet row of each observation, by position: problems are reported by row. */
  rowNumbers: number[];
  /** Rows left out because their value is blank. */
  skipped: number;
  /** The indicator codes of every row with a value, readable or not: whose figures the file holds. */
  indicatorCodes: Set<string>;
  /** Rows that could not be read (a value that is not a number, an unknown status, …). */
  problems: SheetProblem[];
  /** "period|breakdown" of the unreadable rows: a cross-check with a figure there cannot be judged yet. */
  unreadableCells: Set<string>;
  /** Canonical column → the header as the file writes it (problems name the file's header). */
  headerOf: (column: string) => string;
}

/** Statuses as written in the sheet: the codes, or the Vietnamese words departments use. */
const STATUS_WORDS = new Map<string, ObservationStatus>([
  ["estimate", ObservationStatus.ESTIMATE],
  ["preliminary", ObservationStatus.PRELIMINARY],
  ["official", ObservationStatus.OFFICIAL],
  ["ước tính", ObservationStatus.ESTIMATE],
  ["ước thực hiện", ObservationStatus.ESTIMATE],
  ["sơ bộ", ObservationStatus.PRELIMINARY],
  ["chính thức", ObservationStatus.OFFICIAL],
]);

/**
 * Reads the figures of a sheet: checks its columns first (a file with a missing or unknown
 * column is refused whole), then turns every row with a value into an ObservationInput,
 * collecting each row's reading problems by row and column.
 */
export function readObservationRows(table: SheetTable, catalogue: IndicatorCatalogue): ParsedSheet {
  const columns = checkColumns(table, dimensionColumns([...catalogue.definitions.values()]));
  const at = (cells: SheetCell[], column: string): SheetCell => {
    const index = columns.index.get(column);
    return index === undefined ? null : (cells[index] ?? null);
  };
  const result: ParsedSheet = {
    observations: [],
    rowNumbers: [],
    skipped: 0,
    indicatorCodes: new Set(),
    problems: [],
    unreadableCells: new Set(),
    headerOf: (column) => columns.header.get(column) ?? column,
  };
  const firstRowOfCell = new Map<string, number>();

  for (const { number, cells } of table.rows) {
    if (isBlank(at(cells, Column.Value))) {
      result.skipped += 1;
      continue;
    }
    const problems: SheetProblem[] = [];
    const problem = (column: string, code: string, message: string) =>
      problems.push({ row: number, column: result.headerOf(column), code, message });
    const text = (column: string, required: boolean): string | null => {
      const cell = at(cells, column);
      if (isBlank(cell)) {
        if (required) problem(column, SheetErrorCode.Required, `The ${column} is missing.`);
        return null;
      }
      if (typeof cell === "object" && cell !== null && !(cell instanceof Date)) {
        problem(column, SheetErrorCode.Unreadable, `Cannot read the ${column}: ${cell.unreadable}.`);
        return null;
      }
      if (cell instanceof Date) {
        if (column === Column.Period) {
          problem(column, SheetErrorCode.Unreadable, 'The period is a date; write it as text, e.g. "2015".');
          return null;
        }
        return cell.toISOString().slice(0, 10);
      }
      return String(cell).normalize("NFC").trim();
    };

    const indicatorCode = text(Column.IndicatorCode, true)?.toUpperCase() ?? null;
    if (indicatorCode) result.indicatorCodes.add(indicatorCode);
    const period = text(Column.Period, true);
    const statusText = text(Column.Status, true);
    const status = statusText === null ? null : STATUS_WORDS.get(statusText.toLowerCase());
    if (statusText !== null && !status) {
      problem(
        Column.Status,
        SheetErrorCode.UnknownStatus,
        `"${statusText}" is not a status: write ESTIMATE, PRELIMINARY or OFFICIAL.`,
      );
    }
    const value = readNumber(at(cells, Column.Value), table.decimalSeparator, (code, message) =>
      problem(Column.Value, code, message),
    );
    const breakdown: BreakdownInput[] = [];
    for (const dimension of columns.dimensions) {
      const code = text(dimension, false);
      if (code !== null) {
        breakdown.push(
          Object.assign(new BreakdownInput(), {
            dimension,
            code: canonicalCode(code, catalogue.codeLists.get(dimension)),
          }),
        );
      }
    }
    const unit = text(Column.Unit, false);
    const definition = indicatorCode ? catalogue.definitions.get(indicatorCode) : undefined;
    if (unit !== null && definition && comparable(unit) !== comparable(definition.unit)) {
      problem(
        Column.Unit,
        SheetErrorCode.UnitMismatch,
        `${definition.code} is reported in ${definition.unit}, not in ${unit}: give the value in ${definition.unit} (and leave the unit as it was).`,
      );
    }
    const observation = Object.assign(new ObservationInput(), {
      indicatorCode: indicatorCode ?? "",
      period: period ?? "",
      breakdown,
      value: value ?? Number.NaN,
      status: status ?? ObservationStatus.ESTIMATE,
      source: text(Column.Source, false),
      comment: text(Column.Comment, false),
    });
    // The length limits are the GraphQL input's; other fields' rules are recordObservations'.
    for (const error of validateSync(observation, {
      skipMissingProperties: true,
      validationError: { target: false, value: false },
    })) {
      if (error.property !== "source" && error.property !== "comment") continue;
      problem(error.property, SheetErrorCode.TooLong, Object.values(error.constraints ?? {}).join("; "));
    }
    const cellKey = `${period}|${breakdownKey(Object.fromEntries(breakdown.map((b) => [b.dimension, b.code])))}`;
    if (indicatorCode && period) {
      const cell = `${indicatorCode}|${cellKey}`;
      const first = firstRowOfCell.get(cell);
      if (first !== undefined) {
        problem(
          Column.Period,
          SheetErrorCode.DuplicateRow,
          `The same figure (${indicatorCode}, ${period}${breakdown.map((b) => `, ${b.dimension} ${b.code}`).join("")}) is already on row ${first}.`,
        );
      } else firstRowOfCell.set(cell, number);
    }

    if (problems.length > 0) {
      result.problems.push(...problems);
      if (period) result.unreadableCells.add(cellKey);
      continue;
    }
    result.observations.push(observation);
    result.rowNumbers.push(number);
  }
  return result;
}

interface CheckedColumns {
  /** Canonical column → its position in the row. */
  index: Map<string, number>;
  /** Canonical column → the header as written. */
  header: Map<string, string>;
  /** The dimension columns present. */
  dimensions: string[];
}

/** Refuses a sheet whose header lacks a required column, or has one the system does not know. */
function checkColumns(table: SheetTable, dimensions: readonly string[]): CheckedColumns {
  const known = [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS, ...dimensions];
  const byLowerCase = new Map(known.map((column) => [column.toLowerCase(), column]));
  const checked: CheckedColumns = { index: new Map(), header: new Map(), dimensions: [] };
  const unknown: string[] = [];
  const repeated: string[] = [];
  const unnamed: string[] = [];
  table.headers.forEach((header, position) => {
    if (header === "") {
      // Excel often carries empty columns along; only one holding data needs a name.
      if (table.rows.some((row) => !isBlank(row.cells[position]))) unnamed.push(columnLetter(position));
      return;
    }
    const column = byLowerCase.get(header.normalize("NFC").toLowerCase());
    if (!column) unknown.push(header);
    else if (checked.index.has(column)) repeated.push(header);
    else {
      checked.index.set(column, position);
      checked.header.set(column, header);
      if (dimensions.includes(column)) checked.dimensions.push(column);
    }
  });
  const missing = REQUIRED_COLUMNS.filter((column) => !checked.index.has(column));
  const faults = [
    missing.length > 0 ? `missing column${plural(missing)} ${list(missing)}` : null,
    unknown.length > 0 ? `unknown column${plural(unknown)} ${list(unknown)}` : null,
    repeated.length > 0 ? `repeated column${plural(repeated)} ${list(repeated)}` : null,
    unnamed.length > 0
      ? `column${plural(unnamed)} ${unnamed.join(", ")} hold${unnamed.length === 1 ? "s" : ""} data but no header`
      : null,
  ].filter((fault): fault is string => fault !== null);
  if (faults.length > 0) {
    throw new SpreadsheetStructureError(
      `The header row (row 1) has ${faults.join("; ")}. The columns are ${list(REQUIRED_COLUMNS)} (required), ` +
        `${list([...OPTIONAL_COLUMNS, ...dimensions])} (optional): download the template to start from.`,
    );
  }
  return checked;
}

/**
 * A value as a number. Excel number cells are used as they are; text must be a plain number
 * (a thousands separator is ambiguous: "1.234" is 1234 in Vietnamese and 1.234 in English).
 * Rounded to the 6 decimals the database keeps, so a re-sent formula result compares equal.
 */
function readNumber(cell: SheetCell, decimal: "." | ",", fail: (code: string, message: string) => void): number | null {
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) fail(SheetErrorCode.NotANumber, `${cell} is not a number.`);
    return Number.isFinite(cell) ? round6(cell) : null;
  }
  if (cell instanceof Date) {
    fail(SheetErrorCode.NotANumber, "The value is a date, not a number.");
    return null;
  }
  if (cell !== null && typeof cell === "object") {
    fail(SheetErrorCode.Unreadable, `Cannot read the value: ${cell.unreadable}.`);
    return null;
  }
  const text = String(cell).trim();
  const pattern = decimal === "," ? /^[-+]?\d+(?:,\d+)?$/ : /^[-+]?\d+(?:\.\d+)?$/;
  if (!pattern.test(text)) {
    fail(
      SheetErrorCode.NotANumber,
      `"${text}" is not a number: write digits only, without thousands separators, with ${decimal === "," ? "a comma" : "a dot"} before decimals (e.g. ${decimal === "," ? "1234,5" : "1234.5"}).`,
    );
    return null;
  }
  return round6(Number(text.replace(",", ".")));
}

function round6(value: number): number {
  return Math.abs(value) < 1e15 ? Number(value.toFixed(6)) : value;
}

/**
 * A code as its list writes it: Excel drops leading zeros (VSIC "05" becomes 5) and people
 * type lower case; anything else is left for recordObservations to refuse.
 */
function canonicalCode(code: string, list: CodeList | undefined): string {
  const entries = list?.entries ?? [];
  if (entries.some((entry) => entry.code === code)) return code;
  const match = /^\d+$/.test(code)
    ? entries.find((entry) => /^\d+$/.test(entry.code) && Number(entry.code) === Number(code))
    : entries.find((entry) => entry.code.toUpperCase() === code.toUpperCase());
  return match?.code ?? code;
}

function comparable(text: string): string {
  return text.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();
}

function columnLetter(position: number): string {
  let letters = "";
  for (let n = position + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function list(items: readonly string[]): string {
  return items.map((item) => `"${item}"`).join(", ");
}

function plural(items: readonly unknown[]): string {
  return items.length === 1 ? "" : "s";
}
