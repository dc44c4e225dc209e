import { documentError, partPlace } from "./document-place";
import { PlanDocumentError } from "./plan-document";
import { normaliseKey } from "./text-key";

/** A line of the document with its 1-based number. */
export interface SourceLine {
  number: number;
  text: string;
}

export interface TableCell {
  /** Line of the cell's first paragraph. */
  line: number;
  /** Non-blank lines of the cell, trimmed. */
  paragraphs: string[];
}

export interface TableRow {
  /** Line of the row's first cell. */
  line: number;
  cells: TableCell[];
}

/**
 * Reads a Word table exported as plain text: a line starting with a tab opens a cell; a line
 * without one continues the current cell, even after blank lines; a blank line followed by a new
 * cell starts a new row.
 */
export function readTableRows(lines: readonly SourceLine[]): TableRow[] {
  const rows: TableRow[] = [];
  let row: TableRow | null = null;
  let afterBlank = false;
  for (const line of lines) {
    if (line.text.startsWith("\t")) {
      if (row === null || afterBlank) {
        row = { line: line.number, cells: [] };
        rows.push(row);
      }
      const text = line.text.trim();
      row.cells.push({ line: line.number, paragraphs: text === "" ? [] : [text] });
    } else if (line.text.trim() === "") {
      afterBlank = true;
      continue;
    } else {
      const cell = row?.cells.at(-1);
      if (cell === undefined) {
        throw new PlanDocumentError(`text outside any table cell: "${line.text.trim()}"`, line.number);
      }
      cell.paragraphs.push(line.text.trim());
    }
    afterBlank = false;
  }
  return rows;
}

/** The cell as written: its paragraphs joined with "\n". */
export function cellText(cell: TableCell): string {
  return cell.paragraphs.join("\n");
}

/** Checks a header row's cells against the expected titles, ignoring case and spacing. */
export function expectHeaderRow(row: TableRow, expected: readonly string[], part: string): void {
  const found = row.cells.map(cellText);
  const matches =
    found.length === expected.length &&
    found.every((text, i) => normaliseKey(text) === normaliseKey(expected[i] ?? ""));
  if (!matches) {
    throw documentError(
      partPlace(part, row.line),
      `expected the table header "${expected.join(" | ")}", found "${found.join(" | ")}"`,
    );
  }
}
