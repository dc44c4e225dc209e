/**
 * What a cell of an uploaded sheet holds, whatever the file format: CSV gives text, XLSX also
 * numbers, dates and booleans; `{ unreadable }` is a cell that holds no usable value (an Excel
 * error such as #DIV/0!, a formula never calculated).
 */
export type SheetCell = null | string | number | boolean | Date | { unreadable: string };

export interface SheetRow {
  /** The row number a person sees in Excel (the header is row 1). */
  number: number;
  cells: SheetCell[];
}

/** A sheet read from a file: its header row and the rows below it (entirely blank rows left out). */
export interface SheetTable {
  headers: string[];
  rows: SheetRow[];
  /**
   * The decimal separator of text numbers. Excel writes CSV with the list separator of the
   * computer's locale: ";" and a decimal comma on a Vietnamese Windows, "," and a dot elsewhere.
   */
  decimalSeparator: "." | ",";
}

/** A file the system cannot read as a sheet of figures: the whole upload is refused (HTTP 400). */
export class SpreadsheetStructureError extends Error {
  override name = "SpreadsheetStructureError";
}

/** Whether a cell holds nothing (blank text counts as nothing). */
export function isBlank(cell: SheetCell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}
