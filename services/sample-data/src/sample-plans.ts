import { ImplementationPlan, type TaskReference } from "@hpig/domain-kit";
import { ReportState } from "@hpig/kit";

import { addDays, dateBetween, officeHours } from "./sample-calendar";
import { type Rng, rngFor } from "./sample-random";
import { agencyDocument, planSummary, reporterOf, revisedPlanSummary, topicOf } from "./sample-text";
import type { TaskProfile } from "./sample-trajectory";

/** The year the plan was issued (8 June 2012); it asked for the leads' implementation plans in June 2012. */
const PLAN_YEAR = 2012;

interface PlanRevision {
  budgetVnd: number;
  submittedOn: string;
  recordedAt: string;
  documentRef: string;
}

/** One lead's implementation plan: its first submission and possibly a revision with a larger budget. */
export interface LeadPlan {
  first: PlanRevision;
  revised: PlanRevision | null;
}

export function leadPlan(task: TaskReference, lead: string, profile: TaskProfile): LeadPlan {
  const rng = rngFor(task.code, lead, "plan");
  const budgetVnd = estimate(rng);
  const submittedOn =
    task.startYear === PLAN_YEAR
      ? rng.chance(0.8)
        ? dateBetween(`${PLAN_YEAR}-06-11`, `${PLAN_YEAR}-06-30`, rng)
        : dateBetween(`${PLAN_YEAR}-07-01`, `${PLAN_YEAR}-07-31`, rng)
      : dateBetween(`${task.startYear}-01-05`, `${task.startYear}-06-30`, rng);
  const first = revisionOf(budgetVnd, submittedOn, lead, rng);
  const revises = rng.chance(0.15) && task.endYear >= task.startYear + 2 && profile.outcome !== "NEVER_REPORTED";
  const factor = 1.1 + 0.3 * rng.next();
  const revisedOn = dateBetween(`${task.startYear + 1}-02-01`, `${task.startYear + 1}-04-30`, rng);
  const revised = revises ? revisionOf(roundTo(budgetVnd * factor, 10_000_000), revisedOn, lead, rng) : null;
  return { first, revised };
}

/** The estimate a report made at `instant` states: the latest plan recorded by then. */
export function estimateAt(plan: LeadPlan, instant: string): number {
  return plan.revised && instant >= plan.revised.recordedAt ? plan.revised.budgetVnd : plan.first.budgetVnd;
}

/**
 * Spending so far: about in step with the work done, never less than before and at most 110%
 * of the estimate, in whole millions.
 */
export function spentSoFar(state: ReportState, percent: number, estimateVnd: number, previous: number, rng: Rng) {
  const factor =
    state === ReportState.COMPLETED ? 0.9 + 0.18 * rng.next() : (0.75 + 0.3 * rng.next()) * (percent / 100);
  const amount = state === ReportState.NOT_STARTED ? 0 : roundTo(estimateVnd * factor, 1_000_000);
  return Math.min(Math.max(amount, previous), Math.floor((estimateVnd * 1.1) / 1_000_000) * 1_000_000);
}

export function planRows(task: TaskReference, lead: string, plan: LeadPlan): ImplementationPlan[] {
  const topic = topicOf(task.code, lead);
  const row = (revision: number, source: PlanRevision, summary: string) =>
    Object.assign(new ImplementationPlan(), {
      taskCode: task.code,
      reportingAgency: lead,
      revision,
      submittedOn: source.submittedOn,
      summary,
      budgetEstimatedVnd: source.budgetVnd,
      documentRefs: [source.documentRef],
      reporter: reporterOf(lead),
      recordedAt: source.recordedAt,
      sample: true,
    });
  const rows = [row(1, plan.first, planSummary(topic, task.startYear, task.endYear, plan.first.budgetVnd))];
  if (plan.revised) rows.push(row(2, plan.revised, revisedPlanSummary(topic, plan.revised.budgetVnd)));
  return rows;
}

function revisionOf(budgetVnd: number, submittedOn: string, lead: string, rng: Rng): PlanRevision {
  const recordedAt = officeHours(addDays(submittedOn, rng.int(0, 4)), rng);
  return { budgetVnd, submittedOn, recordedAt, documentRef: agencyDocument("KH", lead, submittedOn, rng) };
}

/** Hundreds of millions to tens of billions of VND, most around a few billion. */
function estimate(rng: Rng): number {
  const tier = rng.next();
  if (tier < 0.3) return rng.int(30, 99) * 10_000_000;
  if (tier < 0.8) return rng.int(20, 160) * 50_000_000;
  return rng.int(16, 80) * 500_000_000;
}

function roundTo(value: number, unit: number): number {
  return Math.round(value / unit) * unit;
}
