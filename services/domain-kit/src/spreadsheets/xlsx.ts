import { newWorkbook, RequiredFigures } from "@hpig/kit";
import type { Cell, CellValue, DataValidation, Workbook, Worksheet } from "exceljs";

import { ValueType } from "../indicators/indicator-definition";
import { ObservationStatus } from "../indicators/observation-status";
import { Column } from "./columns";
import { isBlank, type SheetCell, type SheetTable, SpreadsheetStructureError } from "./sheet-table";
import { type SpreadsheetTemplate, templateRecord } from "./template";

/** The sheet of figures; an upload reads it by name, or the first sheet when it was renamed. */
export const DATA_SHEET = "Số liệu";
export const GUIDE_SHEET = "Hướng dẫn";

/** Columns a person types codes into: kept as text so Excel does not turn VSIC "05" into 5. */
const TEXT_COLUMNS = new Set<string>([Column.IndicatorCode, Column.Period, Column.Status]);

const WIDTHS: Record<string, number> = {
  [Column.IndicatorCode]: 34,
  [Column.Indicator]: 60,
  [Column.Unit]: 22,
  [Column.Period]: 9,
  [Column.Status]: 14,
  [Column.Value]: 16,
  [Column.Source]: 32,
  [Column.Comment]: 40,
};

/**
 * The template as a workbook: the figures sheet (header frozen, status and codes chosen from
 * lists, the value column shaded), the instructions, and one sheet per code list in use.
 */
export async function renderTemplateXlsx(template: SpreadsheetTemplate): Promise<Buffer> {
  const workbook = await newWorkbook();
  workbook.creator = "Hải Phòng Industry Graph";
  const sheet = workbook.addWorksheet(DATA_SHEET, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = template.headers.map((header) => ({
    header,
    key: header,
    width: WIDTHS[header] ?? 18,
    style: TEXT_COLUMNS.has(header) || template.dimensions.includes(header) ? { numFmt: "@" } : {},
  }));
  sheet.addRows(template.rows.map(templateRecord));
  const headerRow = sheet.getRow(1);
  headerRow.font = { bold: true };
  headerRow.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: template.headers.length } };

  // One validation per column range: exceljs' per-cell validations are merged into overlapping
  // ranges (it sorts "E10" before "E2"), which Excel reports as a damaged file.
  const lastRow = Math.max(template.rows.length + 1, 2);
  const range = (header: string) => {
    const letter = sheet.getColumn(columnNumber(template.headers, header)).letter;
    return `${letter}2:${letter}${lastRow}`;
  };
  addValidation(sheet, range(Column.Status), {
    type: "list",
    allowBlank: true,
    formulae: [`"${Object.values(ObservationStatus).join(",")}"`],
    showErrorMessage: true,
    errorTitle: "status",
    error: "ESTIMATE, PRELIMINARY hoặc/or OFFICIAL",
  });
  for (const list of template.codeLists) {
    addValidation(sheet, range(list.code), {
      type: "list",
      allowBlank: true,
      formulae: [`'${list.code}'!$A$2:$A$${list.entries.length + 1}`],
      showErrorMessage: true,
      errorTitle: list.code,
      error: `Mã trong danh mục / a code of the list "${list.code}"`,
    });
  }
  for (let row = 2; row <= lastRow; row++) {
    sheet.getCell(row, columnNumber(template.headers, Column.Value)).fill = {
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FFFFF2CC" },
    };
  }

  addGuideSheet(workbook, template);
  for (const list of template.codeLists) {
    const listSheet = workbook.addWorksheet(list.code, { views: [{ state: "frozen", ySplit: 1 }] });
    listSheet.columns = [
      { header: "code", key: "code", width: 18, style: { numFmt: "@" } },
      { header: "name", key: "name", width: 60 },
      { header: "name_en", key: "nameEn", width: 60 },
      { header: "valid_from", key: "validFrom", width: 12 },
    ];
    listSheet.addRows(list.entries.map((entry) => ({ ...entry, validFrom: entry.validFrom ?? null })));
    listSheet.getRow(1).font = { bold: true };
    listSheet.addRow([]);
    listSheet.addRow([`${list.name} / ${list.nameEn}`]);
    listSheet.addRow([list.source]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** exceljs keeps range validations in `dataValidations`, which its typings leave out. */
function addValidation(sheet: Worksheet, range: string, validation: DataValidation): void {
  (
    sheet as unknown as { dataValidations: { add(range: string, validation: DataValidation): void } }
  ).dataValidations.add(range, validation);
}

function columnNumber(headers: readonly string[], header: string): number {
  return headers.indexOf(header) + 1;
}

const VALUE_RULES: Record<ValueType, string> = {
  [ValueType.COUNT]: "số nguyên không âm / a whole number, not negative",
  [ValueType.MONEY_VND]: "không âm / not negative",
  [ValueType.MONEY_USD]: "không âm / not negative",
  [ValueType.PERCENT]: "0–100 (tốc độ tăng có thể âm / growth rates may be negative)",
  [ValueType.INDEX]: "dương, kỳ trước = 100 / positive, previous period = 100",
  [ValueType.AREA_HA]: "không âm / not negative",
  [ValueType.TONNES]: "không âm / not negative",
};

function addGuideSheet(workbook: Workbook, template: SpreadsheetTemplate): void {
  const guide = workbook.addWorksheet(GUIDE_SHEET);
  guide.columns = [{ width: 36 }, { width: 110 }];
  const lines: string[][] = [
    [`Mẫu báo cáo số liệu năm ${template.year} — đơn vị ${template.agency}`],
    [`Figures report template for ${template.year} — unit ${template.agency}`],
    [],
    ["Cách điền", `Điền cột "${Column.Value}" của sheet "${DATA_SHEET}": mỗi dòng là một số liệu bắt buộc.`],
    ["", figuresAsked(template).vi],
    ["", `Dòng để trống cột "${Column.Value}" được bỏ qua (không ghi nhận).`],
    [
      "",
      "Số viết không có dấu phân cách hàng nghìn; số thập phân dùng dấu chấm khi nhập dạng chữ (1234.5). Ô số của Excel được đọc đúng.",
    ],
    [
      "",
      template.dimensions.length > 0
        ? `Không đổi tên, xóa hay thêm cột. ${template.dimensions.join(", ")}: mã trong danh mục (sheet cùng tên); để trống là số tổng.`
        : "Không đổi tên, xóa hay thêm cột.",
    ],
    ["", `"${Column.Source}": nguồn số liệu (ví dụ Niên giám thống kê); "${Column.Comment}": ghi chú. Không bắt buộc.`],
    ["", "Tệp được ghi nhận tất cả hoặc không gì: nếu có dòng sai, hệ thống báo số dòng và cột cần sửa."],
    ["", "Gửi lại cùng tệp không tạo bản ghi mới; số liệu thay đổi được lưu như bản sửa đổi, bản trước vẫn được giữ."],
    [],
    ["How to fill", `Fill the "${Column.Value}" column of the "${DATA_SHEET}" sheet: each row is a required figure.`],
    ["", figuresAsked(template).en],
    ["", `Rows whose "${Column.Value}" is blank are ignored (nothing is recorded for them).`],
    [
      "",
      "Write numbers without thousands separators; typed as text, decimals take a dot (1234.5). Excel number cells are read as they are.",
    ],
    [
      "",
      template.dimensions.length > 0
        ? `Do not rename, delete or add columns. ${template.dimensions.join(", ")}: codes of the code lists (the sheets of the same names); blank means the total.`
        : "Do not rename, delete or add columns.",
    ],
    ["", `"${Column.Source}": where the figure comes from; "${Column.Comment}": a note. Both optional.`],
    ["", "A file is recorded whole or not at all: when a row is wrong, the answer names its row and column."],
    [
      "",
      "Sending the same file again records nothing new; a changed figure is kept as a revision beside the earlier one.",
    ],
    [],
    ["Chỉ tiêu / Indicator", "Đơn vị / Unit — giá trị / values"],
    ...template.indicators.map((definition) => [definition.code, `${definition.unit} — ${valueRule(definition)}`]),
    [],
    ["Danh mục / Code lists", "Mã / Codes"],
    ...template.codeLists.map((list) => [
      list.code,
      `${list.name} / ${list.nameEn}: ${list.entries.map((entry) => entry.code).join(", ")}`,
    ]),
    [],
    [
      "Trạng thái / status",
      "ESTIMATE = ước tính, PRELIMINARY = sơ bộ, OFFICIAL = chính thức (các chữ tiếng Việt cũng được chấp nhận / the Vietnamese words are accepted too)",
    ],
  ];
  for (const line of lines) guide.addRow(line);
  guide.getRow(1).font = { bold: true, size: 14 };
  guide.getRow(2).font = { bold: true, size: 12 };
  guide.getColumn(1).font = { bold: true };
  guide.getColumn(2).alignment = { wrapText: true, vertical: "top" };
}

/** What the unit's appendix row asks for, in words, Vietnamese and English. */
function figuresAsked({ year, requiredFigures }: SpreadsheetTemplate): { vi: string; en: string } {
  return requiredFigures === RequiredFigures.PREVIOUS_YEAR_OFFICIAL_AND_REPORTING_YEAR_ESTIMATE
    ? {
        vi: `Năm ${year - 1}: số liệu CHÍNH THỨC (OFFICIAL); năm ${year}: số ƯỚC THỰC HIỆN (ESTIMATE), hoặc SƠ BỘ (PRELIMINARY).`,
        en: `${year - 1}: the OFFICIAL figure; ${year}: the ESTIMATE (or PRELIMINARY) figure.`,
      }
    : {
        vi: `Số liệu năm ${year}: ƯỚC TÍNH (ESTIMATE), SƠ BỘ (PRELIMINARY) hoặc CHÍNH THỨC (OFFICIAL).`,
        en: `The ${year} figure: ESTIMATE, PRELIMINARY or OFFICIAL, as far as it is known.`,
      };
}

function valueRule(definition: SpreadsheetTemplate["indicators"][number]): string {
  const rule =
    definition.valueType === ValueType.PERCENT && !definition.allowNegative
      ? "0–100"
      : VALUE_RULES[definition.valueType];
  const capped = definition.max !== undefined && !(definition.valueType === ValueType.PERCENT && definition.max >= 100);
  return capped ? `${rule}, ≤ ${definition.max}` : rule;
}

/** Reads the figures sheet of an uploaded workbook; the header must be its first row. */
export async function readXlsxTable(file: Buffer): Promise<SheetTable> {
  const workbook = await newWorkbook();
  try {
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
  } catch (error) {
    throw new SpreadsheetStructureError(`The file is not a readable .xlsx workbook: ${(error as Error).message}`);
  }
  const sheet: Worksheet | undefined = workbook.getWorksheet(DATA_SHEET) ?? workbook.worksheets[0];
  if (!sheet) throw new SpreadsheetStructureError("The workbook has no sheet.");
  const width = sheet.columnCount;
  const cellsOf = (rowNumber: number): SheetCell[] => {
    const row = sheet.getRow(rowNumber);
    return Array.from({ length: width }, (_, index) => cellOf(row.getCell(index + 1)));
  };
  const headers = cellsOf(1).map((cell) => (cell === null ? "" : textOf(cell)));
  if (headers.every((header) => header === "")) {
    throw new SpreadsheetStructureError(`The sheet "${sheet.name}" is empty: its first row must be the header.`);
  }
  const rows: SheetTable["rows"] = [];
  sheet.eachRow({ includeEmpty: false }, (_row, number) => {
    if (number === 1) return;
    const cells = cellsOf(number);
    if (!cells.every((cell) => isBlank(cell))) rows.push({ number, cells });
  });
  return { headers: headers.map((header) => header.trim()), rows, decimalSeparator: "." };
}

/** A cell's value as the sheet shows it: a formula's result, a link's text, rich text joined. */
function cellOf(cell: Cell): SheetCell {
  return normalise(cell.value);
}

function normalise(value: CellValue): SheetCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value;
  if ("error" in value) return { unreadable: `the cell shows the error ${String(value.error)}` };
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("hyperlink" in value) return normalise(value.text);
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as { result?: unknown }).result;
    if (result === undefined || result === null) {
      return { unreadable: "the formula has no calculated value (open the file in Excel and save it again)" };
    }
    return normalise(result as CellValue);
  }
  return { unreadable: "the cell's content cannot be read" };
}

function textOf(cell: Exclude<SheetCell, null>): string {
  if (typeof cell === "object" && !(cell instanceof Date)) return "";
  return cell instanceof Date ? cell.toISOString() : String(cell);
}

/** A template of a domain's records: a sheet with its column headers, a guide, and sheets of allowed codes. */
export interface RecordsTemplate {
  /** The records' sheet (read as the first sheet of an upload). */
  sheet: string;
  headers: readonly string[];
  /** Columns kept as text, so Excel keeps codes such as "05" and certificate numbers as written. */
  textColumns: readonly string[];
  /** Lines of the guide sheet, each one or two cells. */
  guide: ReadonlyArray<readonly string[]>;
  /** Lists of allowed codes, one sheet each (code, name). */
  lists: ReadonlyArray<{ name: string; entries: ReadonlyArray<{ code: string; name: string }> }>;
}

/** The workbook of a records template: the records' sheet first (header frozen), the guide, the code lists. */
export async function renderRecordsTemplateXlsx(template: RecordsTemplate): Promise<Buffer> {
  const workbook = await newWorkbook();
  workbook.creator = "Hải Phòng Industry Graph";
  const sheet = workbook.addWorksheet(template.sheet, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = template.headers.map((header) => ({
    header,
    key: header,
    width: Math.max(14, header.length + 4),
    style: template.textColumns.includes(header) ? { numFmt: "@" } : {},
  }));
  const headerRow = sheet.getRow(1);
  headerRow.font = { bold: true };
  headerRow.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
  const guide = workbook.addWorksheet(GUIDE_SHEET);
  guide.columns = [{ width: 28 }, { width: 110 }];
  for (const line of template.guide) guide.addRow([...line]);
  guide.getColumn(1).font = { bold: true };
  guide.getColumn(2).alignment = { wrapText: true, vertical: "top" };
  for (const list of template.lists) {
    const listSheet = workbook.addWorksheet(list.name);
    listSheet.columns = [
      { header: "code", key: "code", width: 18, style: { numFmt: "@" } },
      { header: "name", key: "name", width: 70 },
    ];
    listSheet.addRows(list.entries.map((entry) => ({ code: entry.code, name: entry.name })));
    listSheet.getRow(1).font = { bold: true };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
