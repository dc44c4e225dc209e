import { stringify } from "csv-stringify/sync";
import type * as ExcelJS from "exceljs";

export const CSV_CONTENT_TYPE = "text/csv; charset=utf-8";
export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * A CSV file Excel opens correctly: UTF-8 with a byte order mark (without it Excel reads
 * Vietnamese as Windows-1252 mojibake) and Windows line ends.
 */
export function renderCsv(headers: readonly string[], records: ReadonlyArray<Record<string, unknown>>): Buffer {
  const lines = records.map((record) => headers.map((header) => cellText(record[header])));
  return Buffer.from(stringify([[...headers], ...lines], { bom: true, record_delimiter: "windows" }), "utf8");
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || value instanceof Date) return String(value);
  return JSON.stringify(value);
}

/**
 * A new exceljs workbook. exceljs is loaded on the first one a process makes: its module init is
 * some 0.15–0.3 s of CPU that every subgraph would otherwise spend at start, for routes most starts
 * never see. (Its named exports are not visible to a native import(): read them off the default.)
 */
export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const excel = (await import("exceljs")).default;
  return new excel.Workbook();
}
