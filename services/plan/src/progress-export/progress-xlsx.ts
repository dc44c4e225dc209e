import { newWorkbook } from "@hpig/kit";

import { PROGRESS_COLUMNS, type ProgressRow } from "./progress-rows";

const WIDTHS: Partial<Record<(typeof PROGRESS_COLUMNS)[number], number>> = {
  Nhóm: 7,
  "Mã nhiệm vụ": 11,
  "Nội dung nhiệm vụ": 60,
  "Cơ quan chủ trì": 16,
  "Cơ quan phối hợp": 24,
  "Thời gian thực hiện": 12,
  "Trạng thái": 20,
  "Tỷ lệ hoàn thành (%)": 12,
  "Kỳ báo cáo gần nhất": 12,
  "Đơn vị báo cáo": 12,
  "Ngày báo cáo": 12,
  "Kết quả thực hiện": 60,
  "Khó khăn, vướng mắc": 40,
  "Kiến nghị": 40,
};

/** Long texts wrap instead of running across the screen. */
const WRAPPED = new Set(["Nội dung nhiệm vụ", "Kết quả thực hiện", "Khó khăn, vướng mắc", "Kiến nghị"]);

/** The export as a workbook: one sheet of tasks (header frozen and filterable), and a sheet saying what it is. */
export async function renderProgressXlsx(rows: ProgressRow[], about: { asOf: string; plan: string }): Promise<Buffer> {
  const workbook = await newWorkbook();
  workbook.creator = "Hải Phòng Industry Graph";
  const sheet = workbook.addWorksheet("Tiến độ", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = PROGRESS_COLUMNS.map((header) => ({
    header,
    key: header,
    width: WIDTHS[header] ?? 16,
    style: WRAPPED.has(header)
      ? { alignment: { wrapText: true, vertical: "top" } }
      : { alignment: { vertical: "top" } },
  }));
  sheet.addRows(rows);
  const headerRow = sheet.getRow(1);
  headerRow.font = { bold: true };
  headerRow.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: PROGRESS_COLUMNS.length } };
  const info = workbook.addWorksheet("Thông tin");
  info.columns = [{ width: 28 }, { width: 70 }];
  info.addRows([
    ["Kế hoạch", about.plan],
    ["Tình hình đến hết ngày", about.asOf],
    ["Số nhiệm vụ", rows.length],
    ["Nguồn", "Báo cáo tiến độ của các sở, ngành (Hải Phòng Industry Graph)"],
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
