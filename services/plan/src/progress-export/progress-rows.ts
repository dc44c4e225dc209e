import { loadPresent, TaskStatus, vietnamDateOf } from "@hpig/kit";

import { compileContent } from "../committee-report/report-content";
import type { PlanContext } from "../context";
import { AssignmentRole } from "../task/task-assignment.entity";

/** The columns of the progress export, as a Vietnamese office reads them, in order. */
export const PROGRESS_COLUMNS = [
  "Nhóm",
  "Mã nhiệm vụ",
  "Nội dung nhiệm vụ",
  "Cơ quan chủ trì",
  "Cơ quan phối hợp",
  "Thời gian thực hiện",
  "Trạng thái",
  "Tỷ lệ hoàn thành (%)",
  "Kỳ báo cáo gần nhất",
  "Đơn vị báo cáo",
  "Ngày báo cáo",
  "Kết quả thực hiện",
  "Khó khăn, vướng mắc",
  "Kiến nghị",
] as const;

export type ProgressRow = Record<(typeof PROGRESS_COLUMNS)[number], string | number | null>;

/** The status as the committee's documents write it. */
export const STATUS_LABELS: Record<TaskStatus, string> = {
  [TaskStatus.COMPLETED_ON_TIME]: "Hoàn thành đúng hạn",
  [TaskStatus.COMPLETED_LATE]: "Hoàn thành quá hạn",
  [TaskStatus.IN_PROGRESS]: "Đang thực hiện",
  [TaskStatus.OVERDUE]: "Quá hạn",
  [TaskStatus.NOT_STARTED]: "Chưa triển khai",
  [TaskStatus.NOT_REPORTED]: "Chưa báo cáo",
};

/**
 * Every task whose period has begun by `asOf`, in plan order, with its group, agencies, status and
 * latest report as of that date: the quarterly report's content as a table. Agencies by code, so
 * the table reads the same in any language; the report date is Viet Nam's.
 */
export async function progressRows(ctx: PlanContext, asOf: string): Promise<ProgressRow[]> {
  const content = await compileContent(ctx, asOf);
  const codes = content.tasks.map((task) => task.code);
  const [tasks, assignments] = await Promise.all([
    loadPresent(ctx.loaders.task, codes),
    ctx.loaders.assignmentsByTask.loadMany(codes),
  ]);
  const byCode = new Map(tasks.map((task) => [task.code, task]));
  return content.tasks.map((entry, index) => {
    const task = byCode.get(entry.code);
    const taskAssignments = assignments[index];
    const coordinating =
      taskAssignments && !(taskAssignments instanceof Error)
        ? taskAssignments.filter((a) => a.role === AssignmentRole.COORDINATING).map((a) => a.agencyCode)
        : [];
    const report = entry.latestReport;
    return {
      Nhóm: entry.groupCode,
      "Mã nhiệm vụ": entry.code,
      "Nội dung nhiệm vụ": entry.title,
      "Cơ quan chủ trì": entry.leadAgencies.join(", "),
      "Cơ quan phối hợp": coordinating.join(", "),
      "Thời gian thực hiện": task?.periodText ?? null,
      "Trạng thái": STATUS_LABELS[entry.status],
      "Tỷ lệ hoàn thành (%)": entry.percentComplete,
      "Kỳ báo cáo gần nhất": report?.period ?? null,
      "Đơn vị báo cáo": report?.reportingAgency ?? null,
      "Ngày báo cáo": report ? vietnameseDate(vietnamDateOf(report.reportedAt)) : null,
      "Kết quả thực hiện": report?.summary ?? null,
      "Khó khăn, vướng mắc": report?.difficulties ?? null,
      "Kiến nghị": report?.proposals ?? null,
    };
  });
}

/** "2016-07-05" → "05/07/2016". */
function vietnameseDate(date: string): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}
