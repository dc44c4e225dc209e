import { registerEnumType } from "type-graphql";

/** What a lead agency says of its task in a progress report. */
export enum ReportState {
  NOT_STARTED = "NOT_STARTED",
  IN_PROGRESS = "IN_PROGRESS",
  COMPLETED = "COMPLETED",
}

registerEnumType(ReportState, {
  name: "ReportState",
  description: "The state a lead agency reports for its task.",
  valuesConfig: {
    NOT_STARTED: { description: "Chưa triển khai: work has not begun (0%)." },
    IN_PROGRESS: { description: "Đang triển khai: under way." },
    COMPLETED: { description: "Đã hoàn thành: done (100%, with the completion date)." },
  },
});

/**
 * The status the committee reads: the four-way status the Government Office uses for assigned
 * tasks (on time, late, in progress, overdue) plus the two a tracker needs.
 */
export enum TaskStatus {
  COMPLETED_ON_TIME = "COMPLETED_ON_TIME",
  COMPLETED_LATE = "COMPLETED_LATE",
  IN_PROGRESS = "IN_PROGRESS",
  OVERDUE = "OVERDUE",
  NOT_STARTED = "NOT_STARTED",
  NOT_REPORTED = "NOT_REPORTED",
}

registerEnumType(TaskStatus, {
  name: "TaskStatus",
  description:
    "A task's status as of a date, from its latest progress report(s) and its deadline (31 December of its end year).",
  valuesConfig: {
    COMPLETED_ON_TIME: { description: "Hoàn thành đúng hạn: completed on or before the deadline." },
    COMPLETED_LATE: { description: "Hoàn thành quá hạn: completed after the deadline." },
    IN_PROGRESS: { description: "Đang thực hiện: reported under way, deadline not yet passed." },
    OVERDUE: { description: "Quá hạn: deadline passed and not reported completed." },
    NOT_STARTED: {
      description: "Chưa triển khai: reported as not started, or its period has not begun and nothing is reported.",
    },
    NOT_REPORTED: {
      description: "Chưa báo cáo: the period has begun and no lead has reported, before or after the deadline.",
    },
  },
});

/** The latest report of one lead agency, as far as the status needs it. */
export interface LeadReport {
  state: ReportState;
  percentComplete: number;
  completedOn: string | null;
}

export interface StatusInput {
  /** ISO date the status is asked for. */
  asOf: string;
  startYear: number;
  endYear: number;
  /** Latest report as of `asOf` of each lead agency, null where a lead has not reported. */
  leads: Array<LeadReport | null>;
}

/** The deadline of a task: the last day of its end year. */
export function deadlineOf(endYear: number): string {
  return `${endYear}-12-31`;
}

/**
 * A task with several leads (III.2) is complete when every lead reports it complete (on the
 * last completion date); otherwise the leads' reports are read together.
 */
export function taskStatus({ asOf, startYear, endYear, leads }: StatusInput): TaskStatus {
  const deadline = deadlineOf(endYear);
  const reported = leads.filter((lead): lead is LeadReport => lead !== null);
  const allCompleted =
    leads.length > 0 && reported.length === leads.length && reported.every((l) => l.state === ReportState.COMPLETED);
  if (allCompleted) {
    const completedOn = reported
      .map((l) => l.completedOn ?? asOf)
      .sort()
      .at(-1)!;
    return completedOn <= deadline ? TaskStatus.COMPLETED_ON_TIME : TaskStatus.COMPLETED_LATE;
  }
  // No report at all is the tracker's first question, before or after the deadline.
  if (reported.length === 0) return asOf < `${startYear}-01-01` ? TaskStatus.NOT_STARTED : TaskStatus.NOT_REPORTED;
  if (asOf > deadline) return TaskStatus.OVERDUE;
  if (reported.every((l) => l.state === ReportState.NOT_STARTED)) return TaskStatus.NOT_STARTED;
  return TaskStatus.IN_PROGRESS;
}

/** The task's share done: the mean over its leads, a lead that has not reported counting 0; null if none reported. */
export function taskPercentComplete(leads: Array<LeadReport | null>): number | null {
  if (leads.every((lead) => lead === null)) return null;
  const total = leads.reduce((sum, lead) => sum + (lead?.percentComplete ?? 0), 0);
  return Math.round(total / leads.length);
}
