import { type TaskReference } from "@hpig/domain-kit";
import { parsePeriod, type Period, PeriodType, ReportState } from "@hpig/kit";

import { addDays, dateBetween, laterDate } from "./sample-calendar";
import { type Rng, rngFor } from "./sample-random";

/**
 * The sample data describes the plan as seen at the end of 2020; only late completions are
 * reported after it. An on-time completion is therefore one reported by then.
 */
export const SAMPLE_HORIZON = "2020-12-31";

/** How a task ends up. */
export type Outcome = "ON_TIME" | "LATE" | "OVERDUE" | "NEVER_REPORTED";

/** What is decided once per task, from the task code alone. */
export interface TaskProfile {
  outcome: Outcome;
  /** Quarterly reports instead of the six-monthly one (the yearly report stays). */
  quarterly: boolean;
  /** The leads report NOT_STARTED for their first period(s). */
  slowStart: boolean;
  /** Index in leadAgencies of the lead that corrects one of its reports with a second revision; null if none. */
  correctingLead: number | null;
}

export function taskProfile(task: TaskReference): TaskProfile {
  const rng = rngFor(task.code, null, "profile");
  const roll = rng.next();
  const quarterly = rng.chance(0.25);
  const slowStart = rng.chance(0.15);
  const corrects = rng.chance(0.14);
  const correctingLead = rng.int(0, Math.max(0, task.leadAgencies.length - 1));
  const outcome: Outcome = roll < 0.07 ? "NEVER_REPORTED" : roll < 0.21 ? "OVERDUE" : roll < 0.36 ? "LATE" : "ON_TIME";
  return {
    outcome,
    quarterly: quarterly && outcome !== "NEVER_REPORTED",
    slowStart,
    correctingLead: corrects && outcome !== "NEVER_REPORTED" ? correctingLead : null,
  };
}

/** Revision 1 of one period's report. */
export interface Step {
  period: Period;
  state: ReportState;
  percent: number;
  completedOn: string | null;
  /** A yearly report that repeats the last quarter of the year (or the half year the task completed in). */
  mirror: boolean;
}

export interface LeadTrajectory {
  /** In period order: earlier period end first; a quarter before the year that ends with it. */
  steps: Step[];
  /** The lead completes after the deadline, reported as revision 2 of its last step. */
  completesLate: boolean;
  /** The step corrected by a revision 2, and the percent the correction says (possibly unchanged). */
  correction: { step: number; percent: number } | null;
}

/** The reporting periods a task's lead reports on: per year, Q1–Q4 or H1 and the year. */
export function checkpoints(task: TaskReference, quarterly: boolean): Period[] {
  const parts = quarterly ? ["-Q1", "-Q2", "-Q3", "-Q4"] : ["-H1", ""];
  const periods: Period[] = [];
  for (let year = task.startYear; year <= task.endYear; year++) {
    for (const part of parts) periods.push(parsePeriod(`${year}${part}`)!);
  }
  return periods;
}

/** One lead's reports over the task, before dates, text and budget; null when it never reports. */
export function leadTrajectory(task: TaskReference, profile: TaskProfile, leadIndex: number): LeadTrajectory | null {
  if (profile.outcome === "NEVER_REPORTED") return null;
  const lead = task.leadAgencies[leadIndex];
  const rng = rngFor(task.code, lead, "trajectory");
  const points = checkpoints(task, profile.quarterly);
  const count = points.length;
  const notStarted = profile.slowStart ? Math.min(rng.int(1, profile.quarterly ? 3 : 2), Math.max(0, count - 2)) : 0;

  let last = count - 1;
  const completesOnTime = profile.outcome === "ON_TIME";
  if (completesOnTime) {
    let latest = count - 1;
    while (latest > notStarted && points[latest].end >= SAMPLE_HORIZON) latest--;
    const earliest = Math.min(latest, Math.max(notStarted, Math.floor(count * 0.6)));
    const draw = rng.next();
    last = latest - Math.floor(draw * draw * (latest - earliest + 1));
  }
  const target =
    profile.outcome === "ON_TIME" ? rng.int(60, 95) : profile.outcome === "LATE" ? rng.int(75, 96) : rng.int(60, 90);
  const progress = progressCurve((completesOnTime ? last : last + 1) - notStarted, target, rng);

  const steps: Step[] = [];
  for (let i = 0; i <= last; i++) {
    const period = points[i];
    let step: Step;
    if (i < notStarted) {
      step = { period, state: ReportState.NOT_STARTED, percent: 0, completedOn: null, mirror: false };
    } else if (completesOnTime && i === last) {
      const windowStart = i > 0 ? addDays(points[i - 1].end, 1) : laterDate(period.start, `${task.startYear}-01-01`);
      const completedOn = dateBetween(windowStart, period.end, rng);
      step = { period, state: ReportState.COMPLETED, percent: 100, completedOn, mirror: false };
    } else {
      step = {
        period,
        state: ReportState.IN_PROGRESS,
        percent: progress[i - notStarted],
        completedOn: null,
        mirror: false,
      };
    }
    steps.push(step);
    const lastOfYear = i === last || points[i + 1].year !== period.year;
    if (period.type !== PeriodType.YEAR && lastOfYear) {
      steps.push({ ...step, period: parsePeriod(String(period.year))!, mirror: true });
    }
  }

  const correction = profile.correctingLead === leadIndex ? chooseCorrection(steps, rng) : null;
  return { steps, completesLate: profile.outcome === "LATE", correction };
}

/**
 * `count` non-decreasing percents between 1 and `target`, ending at `target`: a curve between
 * slow-then-fast and fast-then-slow, with some jitter and the odd period without progress.
 */
function progressCurve(count: number, target: number, rng: Rng): number[] {
  const start = Math.min(target, rng.int(3, 15));
  const bend = rng.next();
  const percents: number[] = [];
  let previous = 1;
  for (let j = 0; j < count; j++) {
    const t = (j + 1) / count;
    const shape = bend * t * t + (1 - bend) * t * (2 - t);
    let percent = j === count - 1 ? target : Math.round(start + (target - start) * shape) + rng.int(-3, 3);
    if (j > 0 && j < count - 1 && rng.chance(0.12)) percent = previous;
    percent = Math.min(target, Math.max(previous, percent));
    percents.push(percent);
    previous = percent;
  }
  return percents;
}

/**
 * A mid-task report worth correcting: in progress, not the last, not a yearly report that repeats
 * a quarter nor the quarter it repeats (the two share a period end). The corrected percent stays
 * within the next report's, so progress never goes back.
 */
function chooseCorrection(steps: Step[], rng: Rng): LeadTrajectory["correction"] {
  const candidates: number[] = [];
  for (let i = 0; i < steps.length - 1; i++) {
    const step = steps[i];
    if (step.state === ReportState.IN_PROGRESS && !step.mirror && !steps[i + 1].mirror) candidates.push(i);
  }
  if (candidates.length === 0) return null;
  const step = rng.pick(candidates);
  const current = steps[step].percent;
  const room = Math.min(99, steps[step + 1].percent) - current;
  const raises = room > 0 && rng.chance(0.6);
  return { step, percent: raises ? current + rng.int(1, Math.min(room, 8)) : current };
}
