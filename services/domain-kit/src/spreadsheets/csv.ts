import { parse } from "csv-parse/sync";

import { isBlank, type SheetCell, type SheetTable, SpreadsheetStructureError } from "./sheet-table";

/**
 * Reads an uploaded CSV: UTF-8 (with or without a byte order mark) or the UTF-16 "Unicode text"
 * Excel also saves; the delimiter is the header line's (",", ";" or tab), and with ";" numbers
 * are read with a decimal comma, as a Vietnamese Excel writes them.
 */
export function readCsvTable(file: Buffer): SheetTable {
  const text = decode(file);
  const headerLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = detectDelimiter(headerLine);
  let records: string[][];
  try {
    records = parse(text, {
      delimiter,
      relax_column_count: true,
      relax_quotes: false,
      skip_empty_lines: false,
      bom: true,
    });
  } catch (error) {
    throw new SpreadsheetStructureError(`The file is not a readable CSV: ${(error as Error).message}`);
  }
  const [header, ...body] = records;
  if (!header) throw new SpreadsheetStructureError("The file is empty: the first row must be the header.");
  return {
    headers: header.map((name) => name.trim()),
    // A record is one Excel row even when a quoted comment spans lines, so record i is row i + 1.
    rows: body
      .map((cells, index) => ({
        number: index + 2,
        cells: cells.map((cell): SheetCell => (cell === "" ? null : cell)),
      }))
      .filter((row) => !row.cells.every((cell) => isBlank(cell))),
    decimalSeparator: delimiter === ";" ? "," : ".",
  };
}

function decode(file: Buffer): string {
  if (file[0] === 0xff && file[1] === 0xfe) return new TextDecoder("utf-16le").decode(file.subarray(2));
  if (file[0] === 0xfe && file[1] === 0xff) return new TextDecoder("utf-16be").decode(file.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(file);
  } catch {
    // Excel's plain "CSV (Comma delimited)" writes the Windows code page and loses Vietnamese letters.
    throw new SpreadsheetStructureError(
      'The file is not UTF-8 text. In Excel, save it as "CSV UTF-8 (Comma delimited)" or upload the .xlsx file.',
    );
  }
}

function detectDelimiter(headerLine: string): string {
  const counts = ([",", ";", "\t"] as const).map(
    (delimiter) => [delimiter, headerLine.split(delimiter).length] as const,
  );
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && best[1] > 1 ? best[0] : ",";
}
