import { type ImplementationPlan, ProgressReport, type TaskReference } from "@hpig/domain-kit";
import { PeriodType, ReportState } from "@hpig/kit";

import { addDays, dateBetween, laterDate, officeHours } from "./sample-calendar";
import { estimateAt, type LeadPlan, leadPlan, planRows, spentSoFar } from "./sample-plans";
import { type Rng, rngFor } from "./sample-random";
import {
  agencyDocument,
  cityDecision,
  correctionSummary,
  lateCompletionText,
  reporterOf,
  reportText,
  type ReportTextInput,
  type Topic,
  topicOf,
} from "./sample-text";
import { type LeadTrajectory, leadTrajectory, type Step, taskProfile } from "./sample-trajectory";

export interface SampleData {
  reports: ProgressReport[];
  plans: ImplementationPlan[];
}

/**
 * Plausible progress reports (2012–2020, and a little after for late completions) and
 * implementation plans for the given tasks, every row marked `sample: true` and every summary
 * starting "[Dữ liệu mẫu] ". Deterministic: each task's rows depend only on that task (seeded
 * from its code and lead agency), so the same tasks give the same rows in any order on any
 * machine. Every report passes the rules a real report must pass.
 *
 * Rows come task by task (by code), lead by lead, in the order the database reads them back
 * (period end, then revision), so ids follow that order too.
 */
export function generateSampleData(tasks: TaskReference[]): SampleData {
  const reports: ProgressReport[] = [];
  const plans: ImplementationPlan[] = [];
  const ordered = [...tasks].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  for (const task of ordered) {
    const profile = taskProfile(task);
    task.leadAgencies.forEach((lead, index) => {
      const plan = leadPlan(task, lead, profile);
      plans.push(...planRows(task, lead, plan));
      const trajectory = leadTrajectory(task, profile, index);
      if (trajectory) reports.push(...leadReports(task, lead, trajectory, plan));
    });
  }
  return { reports, plans };
}

/** One lead's reports: revision 1 of each step, a correction after the step it corrects, a late completion last. */
function leadReports(task: TaskReference, lead: string, trajectory: LeadTrajectory, plan: LeadPlan): ProgressReport[] {
  const time = rngFor(task.code, lead, "time");
  const text = rngFor(task.code, lead, "text");
  const money = rngFor(task.code, lead, "spent");
  const topic = topicOf(task.code, lead);
  const deadline = `${task.endYear}-12-31`;
  const rows: ProgressReport[] = [];
  let previousDate = "";
  let spent = 0;
  let decision: string | null = null;

  trajectory.steps.forEach((step, index) => {
    const date = step.mirror
      ? laterDate(addDays(previousDate, time.int(1, 7)), addDays(step.period.end, time.int(8, 30)))
      : addDays(step.period.end, step.period.type === PeriodType.YEAR ? time.int(8, 30) : time.int(5, 25));
    previousDate = date;
    const reportedAt = officeHours(date, time);
    const estimate = estimateAt(plan, reportedAt);
    if (!step.mirror) spent = spentSoFar(step.state, step.percent, estimate, spent, money);
    if (step.completedOn && decision === null && topic.kind !== "PROGRAMME") {
      decision = cityDecision(step.completedOn, text);
    }
    const behind =
      step.period.end >= deadline && step.state !== ReportState.COMPLETED
        ? trajectory.completesLate
          ? "LATE"
          : "OVERDUE"
        : null;
    const input = textInput(task, topic, step, decision, behind);
    const written = reportText(input, text);
    const base = {
      step,
      estimate,
      spent,
      difficulties: written.difficulties,
      proposals: written.proposals,
    };
    rows.push(
      reportRow(task, lead, {
        ...base,
        revision: 1,
        percent: step.percent,
        summary: written.summary,
        documentRefs: documentRefs(lead, step, date, decision, text),
        reportedAt,
      }),
    );

    if (trajectory.correction?.step === index) {
      const next = trajectory.steps[index + 1];
      let correctedOn = addDays(date, time.int(10, 40));
      if (correctedOn >= next.period.end) correctedOn = addDays(date, 1);
      const percent = trajectory.correction.percent;
      rows.push(
        reportRow(task, lead, {
          ...base,
          revision: 2,
          percent,
          summary: correctionSummary({ ...input, percent }, written.activity, text),
          documentRefs: [agencyDocument("BC", lead, correctedOn, text)],
          reportedAt: officeHours(correctedOn, time),
        }),
      );
    }
  });

  const final = trajectory.steps.at(-1);
  if (trajectory.completesLate && final) {
    const completedOn = dateBetween(addDays(previousDate, 10), `${task.endYear + 1}-09-30`, time);
    const date = addDays(completedOn, time.int(3, 20));
    const reportedAt = officeHours(date, time);
    const estimate = estimateAt(plan, reportedAt);
    const done: Step = { ...final, state: ReportState.COMPLETED, percent: 100, completedOn };
    const lateDecision = topic.kind === "PROGRAMME" ? null : cityDecision(completedOn, text);
    const written = lateCompletionText(textInput(task, topic, done, lateDecision, null), text);
    rows.push(
      reportRow(task, lead, {
        step: done,
        revision: 2,
        percent: 100,
        estimate,
        spent: spentSoFar(ReportState.COMPLETED, 100, estimate, spent, money),
        summary: written.summary,
        difficulties: written.difficulties,
        proposals: written.proposals,
        documentRefs: documentRefs(lead, done, date, lateDecision, text),
        reportedAt,
      }),
    );
  }
  return rows;
}

function textInput(
  task: TaskReference,
  topic: Topic,
  step: Step,
  decision: string | null,
  behind: ReportTextInput["behind"],
): ReportTextInput {
  return {
    taskCode: task.code,
    domain: task.domain,
    endYear: task.endYear,
    topic,
    period: step.period,
    state: step.state,
    percent: step.percent,
    completedOn: step.completedOn,
    decision: step.state === ReportState.COMPLETED ? decision : null,
    behind,
  };
}

/** 0–2 documents: the agency's report (báo cáo), sometimes a plan, submission or notice; a completion's decision. */
function documentRefs(lead: string, step: Step, date: string, decision: string | null, rng: Rng): string[] {
  const roll = rng.next();
  if (step.state === ReportState.COMPLETED) {
    const report = agencyDocument("BC", lead, date, rng);
    return decision ? [report, decision] : [report];
  }
  if (roll < 0.15) return [];
  const refs = [agencyDocument("BC", lead, date, rng)];
  if (roll >= 0.75) refs.push(agencyDocument(rng.pick(["KH", "TTr", "TB"] as const), lead, date, rng));
  return refs;
}

interface RowFields {
  step: Step;
  revision: number;
  percent: number;
  estimate: number;
  spent: number;
  summary: string;
  difficulties: string | null;
  proposals: string | null;
  documentRefs: string[];
  reportedAt: string;
}

function reportRow(task: TaskReference, lead: string, fields: RowFields): ProgressReport {
  const { step } = fields;
  return Object.assign(new ProgressReport(), {
    taskCode: task.code,
    reportingAgency: lead,
    period: step.period.text,
    periodType: step.period.type,
    periodEnd: step.period.end,
    revision: fields.revision,
    state: step.state,
    completedOn: step.completedOn,
    percentComplete: fields.percent,
    summary: fields.summary,
    difficulties: fields.difficulties,
    proposals: fields.proposals,
    budgetEstimatedVnd: fields.estimate,
    budgetSpentVnd: fields.spent,
    documentRefs: fields.documentRefs,
    reporter: reporterOf(lead),
    reportedAt: fields.reportedAt,
    sample: true,
  });
}
