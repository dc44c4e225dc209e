import {
  checkSpreadsheetType,
  type DomainRouteServices,
  parseBoolean,
  queryValue,
  readUploadedSheet,
  renderRecordsTemplateXlsx,
  spreadsheetBody,
  spreadsheetErrorHandler,
  VSIC2_CODE_LIST,
} from "@hpig/domain-kit";
import { clock, localsOf, principalOf, XLSX_CONTENT_TYPE } from "@hpig/kit";
import type { Request, Router } from "express";

import { IndustrialPark } from "../industrial-park/industrial-park.entity";
import { checkProjectKeeper } from "./investment-project.service";
import { importProjects, MAX_PROJECT_ROWS, PROJECT_COLUMNS, PROJECT_HEADERS } from "./project-import";

const GUIDE: ReadonlyArray<readonly string[]> = [
  ["Danh sách dự án đầu tư / Investment project list"],
  [],
  [
    "Cách điền",
    'Mỗi dòng của sheet "Dự án" là một dự án; số giấy chứng nhận xác định dự án (gửi lại cùng tệp không thay đổi gì).',
  ],
  [
    "",
    "Dự án đã ghi nhận mà có thay đổi: điền adjusted_on (ngày điều chỉnh) và decision (số quyết định/giấy chứng nhận điều chỉnh); mỗi thay đổi được lưu như một lần điều chỉnh.",
  ],
  ["", `Tệp được ghi nhận tất cả hoặc không gì; tối đa ${MAX_PROJECT_ROWS} dòng. Gửi thử với dryRun=true trước.`],
  [
    "How to fill",
    'One project per row of the "Dự án" sheet; the certificate number says which (the same file again changes nothing).',
  ],
  ["", "A recorded project that changes needs adjusted_on and decision: each change is kept as an adjustment."],
  [],
  [PROJECT_COLUMNS.certificateNumber, "Số giấy chứng nhận đăng ký đầu tư (bắt buộc) / certificate number (required)"],
  [
    PROJECT_COLUMNS.certificateDate,
    "Ngày cấp lần đầu YYYY-MM-DD hoặc dd/mm/yyyy (bắt buộc) / first licensed on (required)",
  ],
  [PROJECT_COLUMNS.name, "Tên dự án (bắt buộc) / project name (required)"],
  [PROJECT_COLUMNS.investor, "Nhà đầu tư (bắt buộc) / investor (required)"],
  [
    PROJECT_COLUMNS.country,
    'Quốc gia ISO 3166 hai chữ, "VN" là trong nước (bắt buộc) / country, "VN" domestic (required)',
  ],
  [PROJECT_COLUMNS.sector, 'Mã ngành VSIC cấp 2, sheet "VSIC2" (bắt buộc) / VSIC level-2 code (required)'],
  [PROJECT_COLUMNS.park, 'Mã khu công nghiệp, sheet "KCN"; để trống nếu ngoài KCN / park code; blank outside a park'],
  [PROJECT_COLUMNS.capitalVnd, "Vốn đăng ký, đồng, số nguyên (bắt buộc) / registered capital, đồng (required)"],
  [PROJECT_COLUMNS.capitalUsd, "Vốn đăng ký, USD (bắt buộc) / registered capital, USD (required)"],
  [PROJECT_COLUMNS.leasedAreaHa, "Diện tích đất thuê trong KCN, ha (0 nếu ngoài KCN) / leased land, ha"],
  [
    PROJECT_COLUMNS.status,
    "LICENSED, ADJUSTED hoặc IN_OPERATION; để trống: tự xác định / status; blank: decided for you",
  ],
  [
    PROJECT_COLUMNS["adjustment.adjustedOn"],
    "Ngày điều chỉnh, khi dự án đã ghi nhận thay đổi / adjusted on, for a change",
  ],
  [PROJECT_COLUMNS["adjustment.decision"], "Số quyết định điều chỉnh / the decision's number, for a change"],
];

/** Only an editor of KHĐT or BQLKKT uploads: checked before a 10 MB body is read. */
function uploadPreflight(req: Request, res: Parameters<typeof principalOf>[0]): { dryRun: boolean } {
  checkProjectKeeper({ principal: principalOf(res), requestId: localsOf(res).requestId });
  const dryRun = parseBoolean(queryValue(req, "dryRun"), "dryRun");
  checkSpreadsheetType(req);
  return { dryRun };
}

/**
 * The project list's spreadsheet routes, at /records/investment/projects: its template (any
 * signed-in caller) and its upload (an editor of KHĐT or BQLKKT: 403 otherwise), dry run first.
 */
export function projectRoutes(router: Router, { db, logger }: DomainRouteServices): void {
  router.get("/projects/template", async (_req, res) => {
    const parks = await db.getRepository(IndustrialPark).find({ order: { code: "ASC" } });
    const file = await renderRecordsTemplateXlsx({
      sheet: "Dự án",
      headers: PROJECT_HEADERS,
      textColumns: [
        PROJECT_COLUMNS.certificateNumber,
        PROJECT_COLUMNS.sector,
        PROJECT_COLUMNS.country,
        PROJECT_COLUMNS.park,
      ],
      guide: GUIDE,
      lists: [
        { name: "VSIC2", entries: VSIC2_CODE_LIST.entries },
        { name: "KCN", entries: parks.map((park) => ({ code: park.code, name: park.name })) },
      ],
    });
    res.setHeader("content-disposition", 'attachment; filename="investment-projects.xlsx"');
    res.type(XLSX_CONTENT_TYPE).send(file);
  });

  router.post(
    "/projects/upload",
    (req, res, next) => {
      uploadPreflight(req, res);
      next();
    },
    spreadsheetBody,
    async (req, res) => {
      const { dryRun } = uploadPreflight(req, res);
      const { table, format } = await readUploadedSheet(req);
      const outcome = await importProjects(db, table, req.body as Buffer, {
        dryRun,
        now: clock.now(),
        writer: { principal: principalOf(res), requestId: localsOf(res).requestId },
      });
      logger.info({ format, dryRun, status: outcome.status }, "project list uploaded");
      res.status(outcome.status).json(outcome.body);
    },
  );

  router.use("/projects", (req, res) => {
    res.status(404).json({
      error: "NOT_FOUND",
      message: `No ${req.method} ${req.baseUrl}${req.path}: the project routes are GET /records/investment/projects/template and POST /records/investment/projects/upload?dryRun=true|false.`,
    });
  });
  router.use(spreadsheetErrorHandler);
}
