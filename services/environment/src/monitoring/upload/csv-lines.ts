import { StringDecoder } from "node:string_decoder";

/** A line of the file: its number (the first line is 1) and its cells. */
export interface CsvLine {
  line: number;
  cells: string[];
}

/** A line the reader cannot split: an unclosed quote (a cell may not span lines here). */
export class CsvLineError extends Error {
  constructor(readonly line: number) {
    super(`Line ${line} has an unclosed quote.`);
  }
}

/** One line's cells; quoted cells may hold commas and doubled quotes (""), as spreadsheets write them. */
function splitLine(text: string, line: number): string[] {
  if (!text.includes('"')) return text.split(",");
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char !== '"') cell += char;
      else if (text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else quoted = false;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      cells.push(cell);
      cell = "";
    } else cell += char;
  }
  if (quoted) throw new CsvLineError(line);
  cells.push(cell);
  return cells;
}

/**
 * The lines of a UTF-8 CSV stream (with or without a byte order mark), split as they arrive:
 * one record per line, so a problem's line number is the line an editor sees. Blank lines are
 * skipped. A hand-made splitter rather than a general CSV parser: the samples format has no
 * multi-line cells, and this is most of an upload's CPU on a million rows.
 */
export async function* csvLines(
  source: AsyncIterable<Buffer | string> | Iterable<Buffer | string>,
): AsyncGenerator<CsvLine> {
  const decoder = new StringDecoder("utf8");
  let rest = "";
  let line = 0;
  let first = true;
  const emit = function* (text: string): Generator<CsvLine> {
    line += 1;
    const clean = text.endsWith("\r") ? text.slice(0, -1) : text;
    if (clean.trim() !== "") yield { line, cells: splitLine(clean, line) };
  };
  for await (const chunk of source) {
    let text = rest + (typeof chunk === "string" ? chunk : decoder.write(chunk));
    if (first && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    let start = 0;
    for (let end = text.indexOf("\n"); end >= 0; end = text.indexOf("\n", start)) {
      yield* emit(text.slice(start, end));
      start = end + 1;
    }
    rest = text.slice(start);
  }
  rest += decoder.end();
  if (rest !== "") yield* emit(rest);
}
