import type { ObservationProblem } from "../indicators/observation-errors";
import { columnOfField } from "./columns";

/** Why a row of a sheet was refused before its figures were checked: it could not be read. */
export const SheetErrorCode = {
  Required: "REQUIRED",
  NotANumber: "NOT_A_NUMBER",
  UnknownStatus: "UNKNOWN_STATUS",
  UnitMismatch: "UNIT_MISMATCH",
  TooLong: "TOO_LONG",
  Unreadable: "UNREADABLE_CELL",
  DuplicateRow: "DUPLICATE_ROW",
} as const;

/** A refused row, as a person finds it in the sheet: its row number (header = 1) and column header. */
export interface SheetProblem {
  row: number;
  column: string;
  code: string;
  message: string;
}

export interface SheetWarning {
  row: number;
  message: string;
}

/**
 * Puts `recordObservations`' problems (position in the submission, input field) where a person
 * looks for them: the sheet's row and the column's header as written in the file.
 */
export function sheetProblemsOf(
  problems: readonly ObservationProblem[],
  rowNumbers: readonly number[],
  headerOf: (column: string) => string = (column) => column,
): SheetProblem[] {
  return problems.map((problem) => ({
    row: rowNumbers[problem.index] ?? problem.index + 2,
    column: headerOf(columnOfField(problem.field)),
    code: problem.code,
    // A duplicate names the figures' 1-based positions; in a sheet, those are rows.
    message: problem.message.replace(
      /at (\d+) and (\d+)\./,
      (_, first: string, second: string) =>
        `on rows ${rowNumbers[Number(first) - 1] ?? first} and ${rowNumbers[Number(second) - 1] ?? second}.`,
    ),
  }));
}

/** Every problem in sheet order, so a person can work down the file. */
export function sortSheetProblems(problems: SheetProblem[], headers: readonly string[]): SheetProblem[] {
  return [...problems].sort((a, b) => a.row - b.row || headers.indexOf(a.column) - headers.indexOf(b.column));
}
