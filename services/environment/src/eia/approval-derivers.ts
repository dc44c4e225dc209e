import type { DerivedCell, DerivedRecords, FigureDeriver } from "@hpig/domain-kit";
import type { EntityManager } from "typeorm";

import { approvalLoaders, approvalsOfYear } from "./approval-queries";
import { ApprovalKind, ApprovalRevision } from "./environmental-approval.entity";

/**
 * The year's count of projects with a decision of this kind: each project once, however many
 * decisions it had that year (the indicator counts projects, "dự án", and an EIA approved again
 * after the project changed is still one project). A project is its investment project when
 * linked, else its name and investor as written (without case and extra spaces). Its first
 * decision of the year is the record it is counted by.
 */
async function projectsDecided(manager: EntityManager, kind: ApprovalKind, year: number): Promise<DerivedCell[]> {
  const firstOfProject = new Map<string, string>();
  for (const approval of await approvalsOfYear(manager, kind, year)) {
    if (!firstOfProject.has(approval.projectKey)) firstOfProject.set(approval.projectKey, String(approval.approvalId));
  }
  const recordKeys = [...firstOfProject.values()];
  return [{ breakdown: {}, value: recordKeys.length, recordKeys }];
}

/** A figure's provenance lists the approvals it counted, as they stand now, loaded in one statement per request. */
const approvals: DerivedRecords = {
  type: ApprovalRevision,
  load: (keys, context) => approvalLoaders(context).current.loadMany(keys.map(Number)),
};

/** TNMT's two appendix counts (row 8) that follow from its records of approvals. */
export const approvalDerivers: readonly FigureDeriver[] = [
  {
    indicatorCode: "PROJECTS_EIA_APPROVED",
    recordType: "EnvironmentalApproval",
    recordName: "quyết định phê duyệt ĐTM (mỗi dự án một quyết định)",
    records: approvals,
    method:
      "Số dự án có quyết định phê duyệt báo cáo ĐTM ngày trong năm (theo bản ghi hiện hành), mỗi dự án tính một lần. / Projects with an EIA approval dated in the year (as currently recorded), each project counted once.",
    derive: (manager, year) => projectsDecided(manager, ApprovalKind.EIA, year),
  },
  {
    indicatorCode: "PROJECTS_ENV_COMMITMENT_APPROVED",
    recordType: "EnvironmentalApproval",
    recordName: "xác nhận đăng ký cam kết bảo vệ môi trường (mỗi dự án một xác nhận)",
    records: approvals,
    method:
      "Số dự án được xác nhận đăng ký cam kết / kế hoạch bảo vệ môi trường ngày trong năm (theo bản ghi hiện hành), mỗi dự án tính một lần. / Projects whose environmental commitment registration was confirmed in the year (as currently recorded), each project counted once.",
    derive: (manager, year) => projectsDecided(manager, ApprovalKind.COMMITMENT, year),
  },
];
