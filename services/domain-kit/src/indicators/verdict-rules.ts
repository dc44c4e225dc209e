import { endOfVietnamDay, TargetDirection, TargetMeasure } from "@hpig/kit";

import { ObservationPeriodType } from "./indicator-definition";
import type { Observation } from "./observation.entity";
import { ObservationStatus } from "./observation-status";
import { FigureBasis, TargetVerdict, VerdictOutcome } from "./target-verdict";
import {
  type Explanation,
  levelFinalText,
  levelLineText,
  levelReachedText,
  levelShortText,
  noFigureText,
  rateGapText,
  rateText,
  type VerdictSubject,
} from "./verdict-text";

/** The plan's fields a verdict is judged by (handed over by @requires). */
export interface VerdictTarget {
  measure: TargetMeasure;
  direction: TargetDirection;
  min: number;
  max: number;
  fromYear: number;
  toYear: number;
}

/** What a rule decided, before the target's own fields are added. */
type Judgement = Pick<TargetVerdict, "outcome" | "value" | "yearsUsed" | "observations" | "missingYears"> & Explanation;

/**
 * The indicator's yearly totals (period type YEAR, no breakdown) for years up to the year of
 * `asOf`, as known at the end of that Viet Nam day: per year the highest revision recorded before
 * then, of status OFFICIAL only unless the basis allows estimates.
 */
export function yearlyFigures(
  rows: readonly Observation[],
  asOf: string,
  basis: FigureBasis,
): Map<number, Observation> {
  const cutoff = endOfVietnamDay(asOf);
  const lastYear = Number(asOf.slice(0, 4));
  const figures = new Map<number, Observation>();
  for (const row of rows) {
    const year = Number(row.period);
    const counts =
      row.periodType === ObservationPeriodType.YEAR &&
      row.breakdownKey === "" &&
      row.recordedAt < cutoff &&
      year <= lastYear &&
      (basis === FigureBasis.ESTIMATE_ALLOWED || row.status === ObservationStatus.OFFICIAL);
    if (counts && row.revision > (figures.get(year)?.revision ?? 0)) figures.set(year, row);
  }
  return figures;
}

/**
 * Judges a target against its yearly figures (see yearlyFigures) as of a Viet Nam date.
 * A rate over a period (AVERAGE_ANNUAL_GROWTH) is judged on the compounded average annual rate of
 * its years, which must run without a gap from the period's first year; a share or level (SHARE)
 * on its end year's figure. Final (MET, NOT_MET) once the period is over and every required year
 * has a figure; before that, or while the last figures are awaited, a projection (ON_TRACK,
 * AT_RISK); NO_DATA without a figure, or when a rate's years have a gap.
 */
export function judgeTarget(
  target: VerdictTarget,
  figures: ReadonlyMap<number, Observation>,
  asOf: string,
  basis: FigureBasis,
): TargetVerdict {
  const subject: VerdictSubject = { ...target, asOf, basis };
  const judgement =
    target.measure === TargetMeasure.AVERAGE_ANNUAL_GROWTH ? judgeRate(subject, figures) : judgeLevel(subject, figures);
  return Object.assign(new TargetVerdict(), {
    ...judgement,
    measure: target.measure,
    direction: target.direction,
    requiredMin: target.direction === TargetDirection.AT_MOST ? null : target.min,
    requiredMax: target.direction === TargetDirection.AT_LEAST ? null : target.max,
    asOf,
    basis,
  });
}

/** (Π(1 + g/100))^(1/n) − 1, in percent, rounded to 2 decimals. */
export function compoundedAverage(rates: readonly number[]): number {
  const product = rates.reduce((result, rate) => result * (1 + rate / 100), 1);
  // A year at −100 % or below leaves nothing to grow from: no root of a non-positive product.
  if (product <= 0) return -100;
  return round2((product ** (1 / rates.length) - 1) * 100);
}

/** Half away from zero on the decimal digits; 1e-9 absorbs binary error (13.325 × 100 = 1332.4999…). */
export function round2(value: number): number {
  return (Math.sign(value) * Math.round(Math.abs(value) * 100 + 1e-9)) / 100 + 0;
}

export function meetsTarget(target: Pick<VerdictTarget, "direction" | "min" | "max">, value: number): boolean {
  switch (target.direction) {
    case TargetDirection.AT_LEAST:
      return value >= target.min;
    case TargetDirection.AT_MOST:
      return value <= target.max;
    case TargetDirection.WITHIN_BAND:
      return value >= target.min && value <= target.max;
  }
}

function judgeRate(subject: VerdictSubject, figures: ReadonlyMap<number, Observation>): Judgement {
  const due = years(subject.fromYear, Math.min(subject.toYear, yearOf(subject.asOf)));
  const missing = due.filter((year) => !figures.has(year));
  const last = due.filter((year) => figures.has(year)).at(-1);
  if (last === undefined) return noData(missing, noFigureText(subject));
  const gaps = missing.filter((year) => year < last);
  if (gaps.length > 0) return noData(missing, rateGapText(subject, gaps));
  const used = years(subject.fromYear, last);
  const observations = used.map((year) => figures.get(year)!);
  const value = compoundedAverage(observations.map((observation) => observation.value));
  const outcome = outcomeOf(periodOver(subject) && last === subject.toYear, meetsTarget(subject, value));
  return {
    outcome,
    value,
    yearsUsed: used,
    observations,
    missingYears: missing,
    ...rateText(subject, { years: used, value, outcome, missing }),
  };
}

function judgeLevel(subject: VerdictSubject, figures: ReadonlyMap<number, Observation>): Judgement {
  const { toYear } = subject;
  const missing = yearOf(subject.asOf) >= toYear && !figures.has(toYear) ? [toYear] : [];
  const latestYear = [...figures.keys()]
    .filter((year) => year <= toYear)
    .sort((a, b) => a - b)
    .at(-1);
  if (latestYear === undefined) return noData(missing, noFigureText(subject));
  const latest = figures.get(latestYear)!;
  const judged = (outcome: VerdictOutcome, value: number, used: Observation[], explanation: Explanation) => ({
    outcome,
    value,
    yearsUsed: used.map((observation) => Number(observation.period)),
    observations: used,
    missingYears: missing,
    ...explanation,
  });
  if (periodOver(subject) && latestYear === toYear) {
    const outcome = outcomeOf(true, meetsTarget(subject, latest.value));
    return judged(outcome, latest.value, [latest], levelFinalText(subject, latest, outcome));
  }
  const point = { year: latestYear, value: latest.value };
  if (meetsTarget(subject, latest.value)) {
    return judged(VerdictOutcome.ON_TRACK, latest.value, [latest], levelReachedText(subject, point, missing));
  }
  const previous = latestYear < toYear ? figures.get(latestYear - 1) : undefined;
  if (!previous) {
    return judged(VerdictOutcome.AT_RISK, latest.value, [latest], levelShortText(subject, point, missing));
  }
  const projected = round2(latest.value + (latest.value - previous.value) * (toYear - latestYear));
  const outcome = outcomeOf(false, meetsTarget(subject, projected));
  const line = { previous: { year: latestYear - 1, value: previous.value }, latest: point, projected };
  return judged(outcome, projected, [previous, latest], levelLineText(subject, line, outcome, missing));
}

function noData(missing: number[], explanation: Explanation): Judgement {
  return {
    outcome: VerdictOutcome.NO_DATA,
    value: null,
    yearsUsed: [],
    observations: [],
    missingYears: missing,
    ...explanation,
  };
}

function outcomeOf(final: boolean, meets: boolean): VerdictOutcome {
  if (final) return meets ? VerdictOutcome.MET : VerdictOutcome.NOT_MET;
  return meets ? VerdictOutcome.ON_TRACK : VerdictOutcome.AT_RISK;
}

/** The period is over on 31 December of its last year. */
function periodOver(subject: VerdictSubject): boolean {
  return subject.asOf >= `${subject.toYear}-12-31`;
}

function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

function years(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}
