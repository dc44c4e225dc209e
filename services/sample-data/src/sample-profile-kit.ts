import type { Breakdown, CodeList } from "@hpig/domain-kit";

import { FIRST_CYCLE } from "./sample-observations-units";
import type { Rng } from "./sample-random";

/**
 * The figures behind the sample observations: for each indicator, each cell it is given for and
 * each period, the official figure and the estimate sent a year before it. Hải Phòng 2011–2020 in
 * broad strokes: a weak 2012 (tax deferrals, slow demand), steady growth to 2015, then the boom
 * of the electronics investments (LG from 2015–2016) in Tràng Duệ and the other parks.
 *
 * Figures are whole numbers of steps of 1/scale (tenths for "%", "tỷ đồng", "ha", …), so sums
 * and comparisons are exact; the generator divides by the scale once, when it makes the row.
 *
 * Every series is settled against the outlier rule (outlier.ts) as the history stood when each
 * figure would be recorded, so normal series raise no flag; a `break` is a real jump left
 * unsettled on purpose (and explained in the figure's comment).
 */

export const FIRST_YEAR = 2011;
export const LAST_YEAR = 2020;
export const YEARS = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, index) => FIRST_YEAR + index);

export interface SampleFigure {
  /** In steps of 1/scale. */
  official: number;
  /** What the unit estimated in December of the year; in steps of 1/scale. */
  estimate: number;
  comment: string | null;
}

export interface SampleCell {
  breakdown: Breakdown;
  /** By period, "2015" or "2015-Q3". */
  figures: Map<string, SampleFigure>;
}

export interface SampleSeries {
  /** Steps per unit of the indicator: 1 for counts and tonnes, 10 for one decimal. */
  scale: number;
  cells: SampleCell[];
}

// ---------------------------------------------------------------------------------------------
// Settling a target path into figures

/** How far inside the outlier band (0: at the edge of the history, 1: at the band's edge) a figure may go. */
export const OFFICIAL_REACH = 0.95;
export const ESTIMATE_REACH = 0.95;
/** outlier.ts: fewer earlier values than this flag nothing. */
export const MIN_HISTORY = 3;

export interface SettleOptions {
  scale: number;
  rng: Rng;
  /** How far the estimate is from the official figure: a share of it (0.02 = up to ±2 %) or, for rates and indices, points. */
  spread: { relative: number } | { points: number } | "none";
  min?: number;
  max?: number;
  /** Estimates as sent, by period, where they are written out rather than drawn. */
  estimates?: ReadonlyMap<string, number>;
  /** Real breaks in the series, by period: left as they are (the outlier flag is expected) and explained. */
  breaks?: ReadonlyMap<string, string>;
  /** Quarterly figures: the previous quarter's official figure is in by the time the next estimate is made. */
  quarterly?: boolean;
  /** Figures written out and checked by hand (IIP growth): kept exactly as written. */
  asWritten?: boolean;
}

/** The band outlierNote accepts around `history`, narrowed by `reach`; null when it does not judge yet. */
export function band(history: readonly number[], reach: number): readonly [number, number] | null {
  if (history.length < MIN_HISTORY) return null;
  const min = Math.min(...history);
  const max = Math.max(...history);
  const margin = (max > min ? (max - min) / 2 : Math.abs(max) * 0.2) * reach;
  return [Math.ceil(min - margin), Math.floor(max + margin)];
}

export function within(value: number, limits: readonly [number, number] | null): number {
  return limits ? Math.min(limits[1], Math.max(limits[0], value)) : value;
}

/**
 * The figures of one cell from its target path (in the indicator's unit, by period in order):
 * each official figure kept within the band of the official figures before it, each estimate
 * drawn around its official figure and kept within the band of what was recorded when it was sent
 * (the officials of earlier years and the previous year's estimate).
 */
export function settle(targets: ReadonlyMap<string, number>, options: SettleOptions): Map<string, SampleFigure> {
  const { scale } = options;
  const limits: readonly [number, number] = [
    options.min === undefined ? -Infinity : Math.ceil(options.min * scale),
    options.max === undefined ? Infinity : Math.floor(options.max * scale),
  ];
  const officials: number[] = [];
  const estimates: number[] = [];
  const result = new Map<string, SampleFigure>();
  const periods = [...targets.keys()];
  [...targets].forEach(([period, target], index) => {
    const comment = options.breaks?.get(period) ?? null;
    let official = within(Math.round(target * scale), limits);
    const free = comment !== null || options.asWritten === true;
    if (!free) official = within(within(official, band(officials, OFFICIAL_REACH)), limits);

    const written = options.estimates?.get(period);
    let estimate = written === undefined ? official + noise(official, options) : Math.round(written * scale);
    estimate = within(estimate, limits);
    const before = recordedBefore(periods, officials, estimates, index, options.quarterly === true);
    if (!free) estimate = within(within(estimate, band(before, ESTIMATE_REACH)), limits);

    officials.push(official);
    estimates.push(estimate);
    result.set(period, { official, estimate, comment });
  });
  return result;
}

/**
 * What the series held when the estimate for `periods[index]` was recorded: for a quarter, the
 * earlier quarters' official figures; for a year, the official figures up to two years before and
 * the previous year's estimate (its official figure comes with this estimate), except for 2011,
 * which has no estimate.
 */
export function recordedBefore(
  periods: readonly string[],
  officials: readonly number[],
  estimates: readonly number[],
  index: number,
  quarterly: boolean,
): number[] {
  if (quarterly) return officials.slice(0, index);
  return [
    ...officials.slice(0, Math.max(0, index - 1)),
    ...(index >= 1 && Number(periods[index - 1]) >= FIRST_CYCLE ? [estimates[index - 1]] : []),
  ];
}

export function noise(official: number, { spread, rng, scale }: SettleOptions): number {
  if (spread === "none") return 0;
  const sign = rng.chance(0.5) ? 1 : -1;
  if ("points" in spread) return sign * rng.int(1, Math.max(1, Math.round(spread.points * scale)));
  return Math.round(official * sign * spread.relative * (0.2 + 0.8 * rng.next()));
}

// ---------------------------------------------------------------------------------------------
// Paths

/** A path written out year by year, 2011–2020 (a shorter list starts later: the last value is 2020's). */
export function yearly(values: readonly number[]): Map<string, number> {
  const first = LAST_YEAR - values.length + 1;
  return new Map(values.map((value, index) => [String(first + index), value]));
}

/** `start` in `from`, then each year's growth (the list runs to 2020), with a little noise. */
export function compound(
  start: number,
  growth: readonly number[],
  rng: Rng,
  wobble = 0.015,
  from = FIRST_YEAR,
): number[] {
  const values = [start];
  for (let year = from + 1; year <= LAST_YEAR; year++) {
    const rate = growth[growth.length - (LAST_YEAR - year) - 1] ?? 0;
    values.push(values[values.length - 1] * (1 + rate + wobble * (2 * rng.next() - 1)));
  }
  return values;
}

/** From `first` (2011) to `last` (2020) in even steps. */
export function drift(first: number, last: number): number[] {
  return YEARS.map((_, index) => first + ((last - first) * index) / (YEARS.length - 1));
}

export function times(a: readonly number[], b: readonly number[], rng?: Rng, wobble = 0): number[] {
  return a.map((value, index) => value * b[index] * (1 + (rng ? wobble * (2 * rng.next() - 1) : 0)));
}

/** The cells' figures summed, period by period (every period any of them has), in period order. */
export function sumOf(cells: readonly SampleCell[]): Map<string, SampleFigure> {
  const sums = new Map<string, SampleFigure>();
  for (const cell of cells) {
    for (const [period, figure] of cell.figures) {
      const sum = sums.get(period) ?? { official: 0, estimate: 0, comment: null };
      sums.set(period, {
        official: sum.official + figure.official,
        estimate: sum.estimate + figure.estimate,
        comment: null,
      });
    }
  }
  return new Map([...sums].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * The cells' sum as their total. Where the sum alone would leave the total's outlier band (cells
 * moving apart can push a sum further than any of them), the cells are scaled down (or up) from
 * that period on, so the sum stays inside and each cell keeps its own course; largest remainders
 * keep the period's sum exact.
 */
export function settledSum(cells: readonly SampleCell[]): Map<string, SampleFigure> {
  const periods = [...sumOf(cells).keys()];
  const officials: number[] = [];
  const estimates: number[] = [];
  const total = new Map<string, SampleFigure>();
  const sumAt = (period: string, field: "official" | "estimate") =>
    cells.reduce((acc, member) => acc + (member.figures.get(period)?.[field] ?? 0), 0);
  periods.forEach((period, index) => {
    const official = sumAt(period, "official");
    const wantedOfficial = within(official, band(officials, OFFICIAL_REACH));
    if (wantedOfficial !== official && official > 0) {
      for (const later of periods.slice(index + 1)) scaleBy(cells, later, wantedOfficial / official);
      scaleTo(cells, period, "estimate", Math.round((sumAt(period, "estimate") * wantedOfficial) / official));
      scaleTo(cells, period, "official", wantedOfficial);
    }
    const estimate = sumAt(period, "estimate");
    const wantedEstimate = within(
      estimate,
      band(recordedBefore(periods, officials, estimates, index, false), ESTIMATE_REACH),
    );
    if (wantedEstimate !== estimate && estimate > 0) scaleTo(cells, period, "estimate", wantedEstimate);
    officials.push(wantedOfficial);
    estimates.push(wantedEstimate);
    total.set(period, { official: wantedOfficial, estimate: wantedEstimate, comment: null });
  });
  return total;
}

export function scaleBy(cells: readonly SampleCell[], period: string, factor: number): void {
  for (const member of cells) {
    const figure = member.figures.get(period);
    if (figure) {
      member.figures.set(period, {
        ...figure,
        official: Math.round(figure.official * factor),
        estimate: Math.round(figure.estimate * factor),
      });
    }
  }
}

/** Scales one field of the period's cells so that they sum to `wanted` exactly. */
export function scaleTo(
  cells: readonly SampleCell[],
  period: string,
  field: "official" | "estimate",
  wanted: number,
): void {
  const members = cells.filter((member) => member.figures.has(period));
  const sum = members.reduce((acc, member) => acc + member.figures.get(period)![field], 0);
  if (sum === 0) return;
  const shares = members.map((member, index) => {
    const exact = (member.figures.get(period)![field] * wanted) / sum;
    return { member, index, whole: Math.floor(exact), fraction: exact - Math.floor(exact) };
  });
  let left = wanted - shares.reduce((acc, share) => acc + share.whole, 0);
  for (const share of [...shares].sort((a, b) => b.fraction - a.fraction || a.index - b.index)) {
    if (left <= 0) break;
    share.whole += 1;
    left -= 1;
  }
  for (const { member, whole } of shares) {
    member.figures.set(period, { ...member.figures.get(period)!, [field]: whole });
  }
}

/** Caps each figure at `share` of the bound's figures for the same period (both of them: whichever is latest when). */
export function capAt(figures: Map<string, SampleFigure>, bound: ReadonlyMap<string, SampleFigure>, share = 1): void {
  for (const [period, figure] of figures) {
    const limit = bound.get(period);
    if (!limit) continue;
    const most = Math.floor(Math.min(limit.official, limit.estimate) * share);
    figures.set(period, {
      ...figure,
      official: Math.min(figure.official, most),
      estimate: Math.min(figure.estimate, most),
    });
  }
}

export const TOTAL: Breakdown = {};

export function cell(breakdown: Breakdown, figures: Map<string, SampleFigure>): SampleCell {
  return { breakdown, figures };
}

// ---------------------------------------------------------------------------------------------
// The indicators

export interface SampleContext {
  codeLists: ReadonlyMap<string, CodeList>;
  /** Another indicator's series (computed once), for the figures bound to it. */
  series(code: string): SampleSeries;
  rng(code: string, cell: string, purpose: string): Rng;
}

export type Builder = (context: SampleContext, code: string) => SampleSeries;

/**
 * A domain's sample profile: how the figures of each of its indicators look, by indicator code
 * (services/<domain>/src/sample-profile.ts). An indicator without one gets a generic series.
 */
export type SampleProfile = Readonly<Record<string, Builder>>;

export const percent =
  (values: readonly number[], points = 0.4): Builder =>
  (context, code) => ({
    scale: 10,
    cells: [
      cell(
        TOTAL,
        settle(yearly(values), {
          scale: 10,
          rng: context.rng(code, "", "estimate"),
          spread: { points },
          min: 0,
          max: 100,
        }),
      ),
    ],
  });

export const count =
  (values: readonly number[], relative = 0.04): Builder =>
  (context, code) => ({
    scale: 1,
    cells: [
      cell(
        TOTAL,
        settle(yearly(values), { scale: 1, rng: context.rng(code, "", "estimate"), spread: { relative }, min: 0 }),
      ),
    ],
  });

export const amount =
  (values: readonly number[], scale = 10, relative = 0.025): Builder =>
  (context, code) => ({
    scale,
    cells: [
      cell(
        TOTAL,
        settle(yearly(values), { scale, rng: context.rng(code, "", "estimate"), spread: { relative }, min: 0 }),
      ),
    ],
  });
