import { type Breakdown, breakdownKey } from "../indicators/breakdown";
import { type CodeList, type IndicatorDefinition, ValueType } from "../indicators/indicator-definition";
import { requiredCells } from "../indicators/reporting-obligation";
import { type Rng, rngFor } from "./sample-random";
import { FIRST_CYCLE } from "./sample-observations-units";

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
const YEARS = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, index) => FIRST_YEAR + index);

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
const OFFICIAL_REACH = 0.95;
const ESTIMATE_REACH = 0.95;
/** outlier.ts: fewer earlier values than this flag nothing. */
const MIN_HISTORY = 3;

interface SettleOptions {
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
function band(history: readonly number[], reach: number): readonly [number, number] | null {
  if (history.length < MIN_HISTORY) return null;
  const min = Math.min(...history);
  const max = Math.max(...history);
  const margin = (max > min ? (max - min) / 2 : Math.abs(max) * 0.2) * reach;
  return [Math.ceil(min - margin), Math.floor(max + margin)];
}

function within(value: number, limits: readonly [number, number] | null): number {
  return limits ? Math.min(limits[1], Math.max(limits[0], value)) : value;
}

/**
 * The figures of one cell from its target path (in the indicator's unit, by period in order):
 * each official figure kept within the band of the official figures before it, each estimate
 * drawn around its official figure and kept within the band of what was recorded when it was sent
 * (the officials of earlier years and the previous year's estimate).
 */
function settle(targets: ReadonlyMap<string, number>, options: SettleOptions): Map<string, SampleFigure> {
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
function recordedBefore(
  periods: readonly string[],
  officials: readonly number[],
  estimates: readonly number[],
  index: number,
  quarterly: boolean,
): number[] {
  if (quarterly) return officials.slice(0, index);
  return [
    ...officials.slice(0, Math.max(0, index - 1)),
    ...(index >= 1 && Number(periods[index - 1]) >= FIRST_CYCLE ? [estimates[index - 1]!] : []),
  ];
}

function noise(official: number, { spread, rng, scale }: SettleOptions): number {
  if (spread === "none") return 0;
  const sign = rng.chance(0.5) ? 1 : -1;
  if ("points" in spread) return sign * rng.int(1, Math.max(1, Math.round(spread.points * scale)));
  return Math.round(official * sign * spread.relative * (0.2 + 0.8 * rng.next()));
}

// ---------------------------------------------------------------------------------------------
// Paths

/** A path written out year by year, 2011–2020 (a shorter list starts later: the last value is 2020's). */
function yearly(values: readonly number[]): Map<string, number> {
  const first = LAST_YEAR - values.length + 1;
  return new Map(values.map((value, index) => [String(first + index), value]));
}

/** `start` in `from`, then each year's growth (the list runs to 2020), with a little noise. */
function compound(start: number, growth: readonly number[], rng: Rng, wobble = 0.015, from = FIRST_YEAR): number[] {
  const values = [start];
  for (let year = from + 1; year <= LAST_YEAR; year++) {
    const rate = growth[growth.length - (LAST_YEAR - year) - 1] ?? 0;
    values.push(values[values.length - 1]! * (1 + rate + wobble * (2 * rng.next() - 1)));
  }
  return values;
}

/** From `first` (2011) to `last` (2020) in even steps. */
function drift(first: number, last: number): number[] {
  return YEARS.map((_, index) => first + ((last - first) * index) / (YEARS.length - 1));
}

function times(a: readonly number[], b: readonly number[], rng?: Rng, wobble = 0): number[] {
  return a.map((value, index) => value * b[index]! * (1 + (rng ? wobble * (2 * rng.next() - 1) : 0)));
}

/** The cells' figures summed, period by period (every period any of them has), in period order. */
function sumOf(cells: readonly SampleCell[]): Map<string, SampleFigure> {
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
function settledSum(cells: readonly SampleCell[]): Map<string, SampleFigure> {
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

function scaleBy(cells: readonly SampleCell[], period: string, factor: number): void {
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
function scaleTo(cells: readonly SampleCell[], period: string, field: "official" | "estimate", wanted: number): void {
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
function capAt(figures: Map<string, SampleFigure>, bound: ReadonlyMap<string, SampleFigure>, share = 1): void {
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

const TOTAL: Breakdown = {};

function cell(breakdown: Breakdown, figures: Map<string, SampleFigure>): SampleCell {
  return { breakdown, figures };
}

// ---------------------------------------------------------------------------------------------
// The indicators

interface Context {
  codeLists: ReadonlyMap<string, CodeList>;
  /** Another indicator's series (computed once), for the figures bound to it. */
  series(code: string): SampleSeries;
  rng(code: string, cell: string, purpose: string): Rng;
}

type Builder = (context: Context, code: string) => SampleSeries;

const percent =
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

const count =
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

const amount =
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

/** Quarterly figures compare with the same quarter of the year before. */
const SAME_QUARTER_GROWTH = "So với cùng kỳ năm trước.";
const SAME_QUARTER_INDEX = "Cùng kỳ năm trước = 100.";

/**
 * IIP growth, % (previous year = 100), 2011–2020, as the Statistics Office published it: the
 * official figure and the December estimate (2011's estimate is never sent; 2020's official figure
 * comes after the sample ends). Checked by hand against the outlier rule.
 */
const IIP_GROWTH_OFFICIAL = [11.2, 9.4, 12.6, 13.9, 15.3, 15.8, 18.6, 19.8, 17.6, 14.9];
const IIP_GROWTH_ESTIMATE = [11.2, 8.8, 12.8, 14.1, 15.0, 16.2, 18.2, 20.3, 17.9, 14.3];
/** How quarters differ from their year (points); 2020's first half fell with COVID-19. */
const QUARTER_TILT_2020 = [-7.5, -3.5, 3.5, 7.5];

function iipGrowth(context: Context): SampleSeries {
  const code = "IIP_GROWTH";
  const yearlyFigures = settle(yearly(IIP_GROWTH_OFFICIAL), {
    scale: 10,
    rng: context.rng(code, "", "estimate"),
    spread: "none",
    estimates: yearly(IIP_GROWTH_ESTIMATE),
    asWritten: true,
  });
  yearlyFigures.set("2020", {
    ...yearlyFigures.get("2020")!,
    comment: "Ước tính; sản xuất 6 tháng đầu năm chịu ảnh hưởng của dịch COVID-19.",
  });
  const tilt = context.rng(code, "", "quarters");
  const quarters = new Map<string, number>();
  for (let year = FIRST_CYCLE; year <= LAST_YEAR; year++) {
    const growth = IIP_GROWTH_OFFICIAL[year - FIRST_YEAR]!;
    const offsets =
      year === 2020 ? QUARTER_TILT_2020 : [0, 1, 2, 3].map(() => Math.round((4 * tilt.next() - 2) * 10) / 10);
    const mean = offsets.reduce((sum, offset) => sum + offset, 0) / 4;
    // From the third quarter of 2012: the plan was issued in June.
    for (let quarter = year === FIRST_CYCLE ? 3 : 1; quarter <= 4; quarter++) {
      quarters.set(`${year}-Q${quarter}`, growth + offsets[quarter - 1]! - mean);
    }
  }
  const quarterly = settle(quarters, {
    scale: 10,
    rng: context.rng(code, "", "quarter-estimate"),
    spread: { points: 0.9 },
    quarterly: true,
  });
  for (const [period, figure] of quarterly) {
    yearlyFigures.set(period, { ...figure, comment: SAME_QUARTER_GROWTH });
  }
  return { scale: 10, cells: [cell(TOTAL, yearlyFigures)] };
}

/** The level-2 industries the Statistics Office breaks its enterprise figures down by in the sample. */
const ENTERPRISE_VSIC = ["10", "15", "23", "24", "26", "30"] as const;
type EnterpriseVsic = (typeof ENTERPRISE_VSIC)[number];

/** Points added to the city's IIP growth for each industry, 2011–2020. */
const IIP_TILT: Record<EnterpriseVsic, readonly number[]> = {
  "10": [-3, -2, -4, -3, -2, -4, -6, -7, -5, -6],
  "15": [1, -2, 0, 2, 1, 0, -2, -3, -1, -6],
  "23": [-6, -9, -7, -6, -7, -9, -10, -11, -9, -8],
  "24": [-2, -4, -3, -1, -2, 1, 2, 0, -1, -3],
  "26": [6, 9, 7, 9, 10, 14, 16, 13, 11, 8],
  "30": [-24, -29, -14, -11, -12, -11, -13, -16, -12, -10],
};

function iip(context: Context): SampleSeries {
  const growth = context.series("IIP_GROWTH");
  const index = (figure: SampleFigure): SampleFigure => ({
    official: figure.official + 1000,
    estimate: figure.estimate + 1000,
    comment: figure.comment === SAME_QUARTER_GROWTH ? SAME_QUARTER_INDEX : figure.comment,
  });
  const total = new Map([...growth.cells[0]!.figures].map(([period, figure]) => [period, index(figure)]));
  const cells = ENTERPRISE_VSIC.map((vsic) => {
    const rng = context.rng("IIP", vsic, "path");
    const targets = YEARS.map(
      (year, i) => 100 + IIP_GROWTH_OFFICIAL[i]! + IIP_TILT[vsic][i]! + (year > 2011 ? 1.6 * (2 * rng.next() - 1) : 0),
    );
    return cell(
      { VSIC2: vsic },
      settle(yearly(targets), {
        scale: 10,
        rng: context.rng("IIP", vsic, "estimate"),
        spread: { points: 1.2 },
        min: 1,
      }),
    );
  });
  return { scale: 10, cells: [cell(TOTAL, total), ...cells] };
}

/** Shares (%) of the city's total for each industry, 2011 → 2020. */
type Shares = Record<EnterpriseVsic, readonly [number, number]>;

/** A money or count total with the handful of industries, each a drifting share of it. */
function enterpriseSeries(
  code: string,
  context: Context,
  {
    scale,
    start,
    growth,
    shares,
    relative = 0.025,
  }: { scale: number; start: number; growth: readonly number[]; shares: Shares; relative?: number },
): SampleSeries {
  const totalPath = compound(start, growth, context.rng(code, "", "path"));
  const total = settle(yearly(totalPath), {
    scale,
    rng: context.rng(code, "", "estimate"),
    spread: { relative },
    min: 0,
  });
  const cells = ENTERPRISE_VSIC.map((vsic) => {
    const [first, last] = shares[vsic];
    const path = times(totalPath, drift(first / 100, last / 100), context.rng(code, vsic, "path"), 0.04);
    return cell(
      { VSIC2: vsic },
      settle(yearly(path), { scale, rng: context.rng(code, vsic, "estimate"), spread: { relative }, min: 0 }),
    );
  });
  return { scale, cells: [cell(TOTAL, total), ...cells] };
}

const NET_REVENUE_SHARES: Shares = {
  "10": [8.5, 6.0],
  "15": [6.2, 5.0],
  "23": [7.0, 4.2],
  "24": [12.5, 9.0],
  "26": [3.8, 24.0],
  "30": [6.5, 1.9],
};
const CAPITAL_SHARES: Shares = {
  "10": [6.0, 4.5],
  "15": [3.0, 2.5],
  "23": [9.5, 6.0],
  "24": [11.0, 8.5],
  "26": [4.5, 22.0],
  "30": [9.0, 3.0],
};
const WORKER_SHARES: Shares = {
  "10": [7.5, 5.5],
  "15": [22.0, 17.0],
  "23": [4.5, 2.8],
  "24": [4.0, 3.4],
  "26": [5.5, 20.0],
  "30": [9.5, 3.5],
};
const CONTRIBUTION_SHARES: Shares = {
  "10": [9.0, 6.5],
  "15": [3.0, 2.8],
  "23": [8.0, 5.0],
  "24": [10.0, 8.0],
  "26": [2.0, 9.0],
  "30": [4.0, 1.2],
};
/** Average income of an industry against the city's industrial average. */
const INCOME_FACTORS: Record<EnterpriseVsic, number> = {
  "10": 0.93,
  "15": 0.84,
  "23": 1.08,
  "24": 1.17,
  "26": 1.12,
  "30": 1.04,
};

function fixedAssets(context: Context): SampleSeries {
  const code = "FIXED_ASSETS_LONG_TERM_INVESTMENT";
  const capital = context.series("CAPITAL");
  return {
    scale: capital.scale,
    cells: capital.cells.map((capitalCell) => {
      const key = breakdownKey(capitalCell.breakdown);
      const rng = context.rng(code, key, "ratio");
      const ratio = drift(0.5, 0.57).map((share) => share + 0.03 * (2 * rng.next() - 1));
      const path = YEARS.map(
        (year, i) => (capitalCell.figures.get(String(year))!.official / capital.scale) * ratio[i]!,
      );
      const figures = settle(yearly(path), {
        scale: capital.scale,
        rng: context.rng(code, key, "estimate"),
        spread: { relative: 0.025 },
        min: 0,
      });
      // Fixed assets are part of total assets, which equal total capital: well below it, whichever figure is latest.
      capAt(figures, capitalCell.figures, 0.9);
      return cell(capitalCell.breakdown, figures);
    }),
  };
}

function averageIncome(context: Context): SampleSeries {
  const code = "AVERAGE_INCOME";
  const growth = [0.09, 0.1, 0.09, 0.08, 0.08, 0.09, 0.09, 0.08, 0.05];
  const path = compound(4380, growth, context.rng(code, "", "path"), 0.01);
  const total = settle(yearly(path), {
    scale: 1,
    rng: context.rng(code, "", "estimate"),
    spread: { relative: 0.02 },
    min: 0,
  });
  const cells = ENTERPRISE_VSIC.map((vsic) => {
    const rng = context.rng(code, vsic, "path");
    return cell(
      { VSIC2: vsic },
      settle(yearly(path.map((value) => value * INCOME_FACTORS[vsic] * (1 + 0.03 * (2 * rng.next() - 1)))), {
        scale: 1,
        rng: context.rng(code, vsic, "estimate"),
        spread: { relative: 0.02 },
        min: 0,
      }),
    );
  });
  return { scale: 1, cells: [cell(TOTAL, total), ...cells] };
}

/** Budget payments of industrial enterprises by level-2 industry (Tax Department), shares (%) 2011 → 2020. */
const BUDGET_PAYMENT_SHARES: Record<string, readonly [number, number]> = {
  "05": [0.1, 0.05],
  "06": [0, 0],
  "07": [0, 0],
  "08": [1.2, 0.8],
  "09": [0.05, 0.05],
  "10": [6.5, 5.0],
  "11": [9.0, 6.0],
  "12": [4.0, 3.0],
  "13": [1.0, 0.9],
  "14": [3.0, 3.2],
  "15": [2.5, 2.8],
  "16": [0.6, 0.5],
  "17": [1.2, 1.3],
  "18": [0.5, 0.4],
  "19": [1.5, 1.0],
  "20": [5.0, 4.5],
  "21": [0.8, 0.9],
  "22": [6.0, 5.5],
  "23": [10.0, 6.5],
  "24": [9.0, 8.0],
  "25": [3.5, 3.8],
  "26": [1.5, 9.5],
  "27": [2.5, 4.5],
  "28": [1.5, 1.8],
  "29": [1.2, 2.0],
  "30": [5.0, 1.5],
  "31": [0.8, 0.8],
  "32": [1.0, 1.2],
  "33": [0.8, 0.7],
  "35": [16.0, 15.0],
  "36": [2.5, 2.3],
  "37": [0.3, 0.4],
  "38": [1.2, 1.4],
  "39": [0.1, 0.1],
};

function budgetPayments(context: Context): SampleSeries {
  const code = "BUDGET_PAYMENTS";
  const totalPath = compound(
    8650,
    [-0.07, 0.12, 0.05, 0.055, 0.075, 0.1, 0.12, 0.11, 0.04],
    context.rng(code, "", "path"),
    0.005,
  );
  const vsic = context.codeLists.get("VSIC2")?.entries.map((entry) => entry.code) ?? [];
  const weights = vsic.map((industry) => BUDGET_PAYMENT_SHARES[industry] ?? [0.2, 0.2]);
  const sums = YEARS.map((_, i) => weights.reduce((sum, [first, last]) => sum + first + ((last - first) * i) / 9, 0));
  const cells = vsic.map((industry, k) => {
    const [first, last] = weights[k]!;
    const share = drift(first, last).map((value, i) => value / sums[i]!);
    return cell(
      { VSIC2: industry },
      settle(yearly(times(totalPath, share, context.rng(code, industry, "path"), 0.05)), {
        scale: 10,
        rng: context.rng(code, industry, "estimate"),
        spread: { relative: 0.03 },
        min: 0,
      }),
    );
  });
  return { scale: 10, cells: [cell(TOTAL, settledSum(cells)), ...cells] };
}

/** Customs trade by commodity group: each group a drifting share (%) of the industrial total, 2011 → 2020. */
function trade(
  code: string,
  context: Context,
  start: number,
  growth: readonly number[],
  shares: Record<string, readonly [number, number]>,
): SampleSeries {
  const totalPath = compound(start, growth, context.rng(code, "", "path"));
  const groups = context.codeLists.get("COMMODITY")?.entries.map((entry) => entry.code) ?? [];
  const cells = groups.map((group) => {
    const [first, last] = shares[group] ?? [1, 1];
    return cell(
      { COMMODITY: group },
      settle(yearly(times(totalPath, drift(first / 100, last / 100), context.rng(code, group, "path"), 0.05)), {
        scale: 10,
        rng: context.rng(code, group, "estimate"),
        spread: { relative: 0.03 },
        min: 0,
      }),
    );
  });
  // Industrial goods outside the listed groups make up the rest of the total.
  const total = settle(yearly(totalPath), {
    scale: 10,
    rng: context.rng(code, "", "estimate"),
    spread: { relative: 0.02 },
    min: 0,
  });
  return { scale: 10, cells: [cell(TOTAL, atLeastSumOf(total, cells)), ...cells] };
}

/** A total settled on its own path, never below the sum of its listed cells (the rest is not listed). */
function atLeastSumOf(total: Map<string, SampleFigure>, cells: readonly SampleCell[]): Map<string, SampleFigure> {
  const sums = sumOf(cells);
  return new Map(
    [...total].map(([period, figure]) => {
      const sum = sums.get(period) ?? { official: 0, estimate: 0 };
      return [
        period,
        {
          ...figure,
          official: Math.max(figure.official, sum.official),
          estimate: Math.max(figure.estimate, sum.estimate),
        },
      ];
    }),
  );
}

const EXPORT_SHARES: Record<string, readonly [number, number]> = {
  FOOTWEAR: [14, 9],
  TEXTILES_GARMENTS: [11, 8],
  FIBRES_YARNS: [1.5, 1.2],
  FABRICS: [0.8, 0.6],
  TEXTILE_LEATHER_MATERIALS: [1.5, 1],
  BAGS_HATS_UMBRELLAS: [4, 3],
  COMPUTERS_ELECTRONICS: [5, 20],
  PHONES: [1, 12],
  CAMERAS: [0.2, 5],
  MACHINERY_EQUIPMENT: [6, 7],
  ELECTRIC_WIRES_CABLES: [8, 4.5],
  IRON_STEEL: [2.5, 2],
  IRON_STEEL_PRODUCTS: [1.5, 1.3],
  OTHER_BASE_METALS: [1.2, 1],
  VEHICLES_PARTS: [4, 3.5],
  SHIPS: [6, 1.5],
  PLASTICS_RAW: [0.5, 0.7],
  PLASTIC_PRODUCTS: [3, 3.2],
  RUBBER_PRODUCTS: [1, 1.2],
  CHEMICALS: [0.5, 0.6],
  CHEMICAL_PRODUCTS: [0.8, 0.9],
  FERTILISERS: [2.5, 1.2],
  CEMENT_CLINKER: [3, 2],
  PAPER: [0.6, 0.6],
  WOOD_PRODUCTS: [1.5, 1.2],
};
const IMPORT_SHARES: Record<string, readonly [number, number]> = {
  FOOTWEAR: [0.5, 0.4],
  TEXTILES_GARMENTS: [0.8, 0.6],
  FIBRES_YARNS: [3, 2.2],
  FABRICS: [6, 4.5],
  TEXTILE_LEATHER_MATERIALS: [7, 5],
  BAGS_HATS_UMBRELLAS: [0.3, 0.3],
  COMPUTERS_ELECTRONICS: [7, 24],
  PHONES: [0.4, 5],
  CAMERAS: [0.1, 2.5],
  MACHINERY_EQUIPMENT: [17, 15],
  ELECTRIC_WIRES_CABLES: [1.5, 1.5],
  IRON_STEEL: [9, 6],
  IRON_STEEL_PRODUCTS: [2, 1.8],
  OTHER_BASE_METALS: [4, 3.5],
  VEHICLES_PARTS: [3, 2.5],
  SHIPS: [2, 0.8],
  PLASTICS_RAW: [8, 6.5],
  PLASTIC_PRODUCTS: [1.5, 1.8],
  RUBBER_PRODUCTS: [0.6, 0.7],
  CHEMICALS: [4, 3.5],
  CHEMICAL_PRODUCTS: [3, 3],
  FERTILISERS: [2, 1.2],
  CEMENT_CLINKER: [0.1, 0.1],
  PAPER: [2, 1.8],
  WOOD_PRODUCTS: [1, 0.8],
};
const EXPORT_GROWTH = [0.05, 0.11, 0.14, 0.12, 0.18, 0.24, 0.22, 0.15, 0.06];
const IMPORT_GROWTH = [0.03, 0.1, 0.12, 0.1, 0.17, 0.22, 0.2, 0.13, 0.05];

/** Unit prices (USD per tonne) of the groups customs also counts in tonnes, 2011 → 2020. */
const PRICES: Record<string, readonly [number, number]> = {
  FIBRES_YARNS: [3100, 2650],
  IRON_STEEL: [750, 600],
  OTHER_BASE_METALS: [4700, 4200],
  PLASTICS_RAW: [1600, 1200],
  CHEMICALS: [700, 600],
  FERTILISERS: [450, 330],
  CEMENT_CLINKER: [48, 40],
};

/** Tonnes of the groups measured in tonnes (from their value and price), and of all industrial goods. */
function volume(
  code: string,
  valueCode: string,
  context: Context,
  start: number,
  growth: readonly number[],
): SampleSeries {
  const values = context.series(valueCode);
  const groups = new Set(context.codeLists.get("COMMODITY")?.entries.map((entry) => entry.code));
  const measured = Object.entries(PRICES).filter(([group]) => groups.has(group));
  const cells = measured.map(([group, [first, last]]) => {
    const valueCell = values.cells.find((candidate) => candidate.breakdown["COMMODITY"] === group)!;
    const price = drift(first, last);
    const path = YEARS.map(
      (year, i) => ((valueCell.figures.get(String(year))!.official / values.scale) * 1e6) / price[i]!,
    );
    return cell(
      { COMMODITY: group },
      settle(yearly(path), { scale: 1, rng: context.rng(code, group, "estimate"), spread: { relative: 0.03 }, min: 0 }),
    );
  });
  // Goods of the other groups counted in tonnes, and goods outside the groups, make up the rest.
  const total = settle(yearly(compound(start, growth, context.rng(code, "", "path"))), {
    scale: 1,
    rng: context.rng(code, "", "estimate"),
    spread: { relative: 0.02 },
    min: 0,
  });
  return { scale: 1, cells: [cell(TOTAL, atLeastSumOf(total, cells)), ...cells] };
}

/** The parks' area (ha), leasable industrial land (ha) and leased land from the first year (or 2011) to 2020. */
interface ParkProfile {
  area: number;
  leasable: number;
  occupied: readonly [number, number];
  expansion?: { year: number; area: number; leasable: number; comment: string };
}

const PARKS: Record<string, ParkProfile> = {
  NOMURA: { area: 153, leasable: 121.6, occupied: [121.6, 121.6] },
  DO_SON: { area: 150, leasable: 104, occupied: [58, 88] },
  DINH_VU: { area: 541, leasable: 397, occupied: [232, 361] },
  TRANG_DUE: {
    area: 398.7,
    leasable: 286,
    occupied: [82, 452],
    // The one deliberate outlier of the sample: a real jump, flagged as it should be.
    expansion: {
      year: 2016,
      area: 687,
      leasable: 481,
      comment:
        "KCN Tràng Duệ được điều chỉnh mở rộng quy hoạch (giai đoạn 2, thu hút các dự án LG): số liệu đúng, không phải lỗi nhập.",
    },
  },
  NAM_CAU_KIEN: { area: 263.5, leasable: 188, occupied: [38, 151] },
  VSIP_HAI_PHONG: { area: 507, leasable: 363, occupied: [12, 290] },
  NAM_DINH_VU: { area: 1329, leasable: 926, occupied: [0, 185] },
  MP_DINH_VU: { area: 164, leasable: 115.5, occupied: [0, 78] },
  AN_DUONG: { area: 195.3, leasable: 139, occupied: [0, 116] },
  BEN_RUNG: { area: 471, leasable: 330, occupied: [0, 18] },
};

/** Occupied / leasable × 100, in tenths of a percent (both areas in tenths of a hectare). */
function occupancy(
  occupied: ReadonlyMap<string, SampleFigure>,
  leasable: ReadonlyMap<string, SampleFigure>,
): Map<string, SampleFigure> {
  return new Map(
    [...occupied].map(([period, figure]) => {
      const land = leasable.get(period)!;
      const rate = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part * 1000) / whole));
      return [
        period,
        {
          official: rate(figure.official, land.official),
          estimate: rate(figure.estimate, land.estimate),
          comment: null,
        },
      ];
    }),
  );
}

interface ParkFigures {
  area: Map<string, SampleFigure>;
  leasable: Map<string, SampleFigure>;
  occupied: Map<string, SampleFigure>;
  rate: Map<string, SampleFigure>;
}

/** Each park's four figures, from the year it was established. */
function parks(context: Context): Map<string, ParkFigures> {
  const result = new Map<string, ParkFigures>();
  for (const entry of context.codeLists.get("INDUSTRIAL_PARK")?.entries ?? []) {
    const first = Math.max(FIRST_YEAR, entry.validFrom ?? FIRST_YEAR);
    const years = YEARS.filter((year) => year >= first);
    const profile = PARKS[entry.code] ?? { area: 200, leasable: 140, occupied: [0, 70] };
    const plan = (base: number, expanded: number | undefined) =>
      new Map(
        years.map((year) => [
          String(year),
          profile.expansion && year >= profile.expansion.year ? (expanded ?? base) : base,
        ]),
      );
    const breaks = profile.expansion
      ? new Map([[String(profile.expansion.year), profile.expansion.comment]])
      : undefined;
    const fixed = (targets: Map<string, number>) =>
      settle(targets, { scale: 10, rng: context.rng("PARK", entry.code, "area"), spread: "none", min: 0, breaks });
    const area = fixed(plan(profile.area, profile.expansion?.area));
    const leasable = fixed(plan(profile.leasable, profile.expansion?.leasable));
    capAt(leasable, area);

    const rng = context.rng("PARK_OCCUPIED_AREA_HA", entry.code, "path");
    const [from, to] = profile.occupied;
    const steps = Math.max(1, years.length - 1);
    const occupiedPath = years.map((_, i) =>
      i === 0 || from === to
        ? from + ((to - from) * i) / steps
        : from + ((to - from) * (i + 0.3 * (2 * rng.next() - 1))) / steps,
    );
    const occupied = settle(yearly(occupiedPath), {
      scale: 10,
      rng: context.rng("PARK_OCCUPIED_AREA_HA", entry.code, "estimate"),
      spread: from === to ? "none" : { relative: 0.03 },
      min: 0,
    });
    capAt(occupied, leasable);
    result.set(entry.code, { area, leasable, occupied, rate: occupancy(occupied, leasable) });
  }
  return result;
}

/** The parks' figures and, first, the city's total: the parks' areas summed, the rate of the sums. */
const parkIndicator =
  (field: keyof ParkFigures): Builder =>
  (context) => {
    const all = [...parks(context)];
    const sum = (of: keyof ParkFigures) => sumOf(all.map(([, figures]) => cell(TOTAL, figures[of])));
    const total = field === "rate" ? occupancy(sum("occupied"), sum("leasable")) : sum(field);
    return {
      scale: 10,
      cells: [cell(TOTAL, total), ...all.map(([park, figures]) => cell({ INDUSTRIAL_PARK: park }, figures[field]))],
    };
  };

function projectsAttracted(context: Context): SampleSeries {
  const code = "INDUSTRIAL_PROJECTS_ATTRACTED";
  const origins: Record<string, readonly number[]> = {
    DOMESTIC: [38, 29, 36, 38, 41, 47, 55, 63, 66, 54],
    FOREIGN: [31, 27, 37, 40, 43, 49, 60, 74, 83, 62],
  };
  const cells = Object.entries(origins).map(([origin, values]) =>
    cell(
      { ORIGIN: origin },
      settle(yearly(values), {
        scale: 1,
        rng: context.rng(code, origin, "estimate"),
        spread: { relative: 0.06 },
        min: 0,
      }),
    ),
  );
  return { scale: 1, cells: [cell(TOTAL, sumOf(cells)), ...cells] };
}

function trainedWorkers(context: Context): SampleSeries {
  const code = "TRAINED_WORKERS";
  const total = compound(
    46200,
    [-0.08, 0.07, 0.04, 0.03, 0.03, 0.04, 0.03, 0.02, -0.03],
    context.rng(code, "", "path"),
  );
  const levels: Record<string, readonly [number, number]> = {
    SO_CAP: [42, 38],
    TRUNG_CAP: [14, 16],
    CAO_DANG: [8, 12],
    THUONG_XUYEN: [36, 34],
  };
  const cells = Object.entries(levels).map(([level, [first, last]]) =>
    cell(
      { TRAINING_LEVEL: level },
      settle(yearly(times(total, drift(first / 100, last / 100), context.rng(code, level, "path"), 0.03)), {
        scale: 1,
        rng: context.rng(code, level, "estimate"),
        spread: { relative: 0.03 },
        min: 0,
      }),
    ),
  );
  return { scale: 1, cells: [cell(TOTAL, settledSum(cells)), ...cells] };
}

function qualitySystems(context: Context): SampleSeries {
  const code = "ENTERPRISES_ADOPTING_QMS";
  const systems: Record<string, readonly number[]> = {
    ISO_9001: [42, 36, 45, 48, 51, 54, 58, 61, 64, 60],
    ISO_14001: [12, 10, 14, 16, 18, 21, 24, 26, 29, 28],
    HACCP: [8, 6, 9, 10, 10, 11, 12, 13, 14, 13],
    ISO_22000: [6, 3, 7, 8, 9, 10, 11, 12, 14, 13],
    "5S": [15, 12, 18, 21, 24, 27, 31, 34, 38, 35],
    KAIZEN: [5, 2, 6, 7, 8, 10, 12, 14, 16, 15],
    LEAN: [2, 0, 3, 4, 5, 6, 8, 9, 11, 10],
  };
  const cells = Object.entries(systems).map(([system, values]) =>
    cell(
      { QMS: system },
      settle(yearly(values), {
        scale: 1,
        rng: context.rng(code, system, "estimate"),
        spread: { relative: 0.08 },
        min: 0,
      }),
    ),
  );
  // An enterprise applying several systems counts once in the total: about three quarters of the sum.
  const sum = sumOf(cells);
  const largest = (period: string, field: "official" | "estimate") =>
    Math.max(...cells.map((c) => c.figures.get(period)?.[field] ?? 0));
  const total = new Map(
    [...sum].map(([period, figure]) => [
      period,
      {
        official: Math.max(largest(period, "official"), Math.round(figure.official * 0.74)),
        estimate: Math.max(largest(period, "estimate"), Math.round(figure.estimate * 0.74)),
        comment: null,
      },
    ]),
  );
  return { scale: 1, cells: [cell(TOTAL, total), ...cells] };
}

/** Where the environment department monitors in the sample: the parks (from their year), three clusters, the rest. */
const MONITORED_CLUSTERS = ["CCN_VINH_NIEM", "CCN_QUAN_TRU", "CCN_TAN_LIEN"];

interface MonitoringFigures {
  campaigns: SampleCell[];
  samples: SampleCell[];
  exceeding: SampleCell[];
}

/**
 * Monitoring by area and, first in each list, the city's total. Parks are monitored quarterly and
 * the clusters twice a year, except in 2012, when the budget allowed one campaign fewer; each
 * campaign takes some fifteen samples, and fewer of them exceed the limits as the years go by.
 */
function monitoring(context: Context): MonitoringFigures {
  const areas = (context.codeLists.get("INDUSTRIAL_AREA")?.entries ?? []).filter(
    (entry) =>
      !entry.code.startsWith("CCN_") ||
      MONITORED_CLUSTERS.includes(entry.code) ||
      entry.code === "OTHER_HIGH_RISK_AREA",
  );
  const campaigns: SampleCell[] = [];
  const samples: SampleCell[] = [];
  const rates: Array<Map<number, number>> = [];
  for (const area of areas) {
    const kind = area.code.startsWith("CCN_") ? "cluster" : area.code === "OTHER_HIGH_RISK_AREA" ? "other" : "park";
    const years = YEARS.filter((year) => year >= (area.validFrom ?? FIRST_YEAR));
    const rng = context.rng("ENV_MONITORING", area.code, "path");
    const usual = kind === "park" ? 4 : kind === "cluster" ? 2 : 6;
    const campaignPath = years.map((year) => (year === 2012 ? usual - 1 : usual));
    const breakdown = { INDUSTRIAL_AREA: area.code };
    const campaignFigures = settle(yearly(campaignPath), {
      scale: 1,
      rng: context.rng("ENV_MONITORING_CAMPAIGNS", area.code, "estimate"),
      spread: "none",
      min: 0,
    });
    const perCampaign = kind === "park" ? 17 : kind === "cluster" ? 11 : 14;
    const samplePath = campaignPath.map((count) => count * (perCampaign + 2 * (2 * rng.next() - 1)));
    const [first, last] = kind === "park" ? [0.1, 0.05] : kind === "cluster" ? [0.2, 0.12] : [0.28, 0.18];
    rates.push(
      new Map(
        years.map((year) => [
          year,
          (first + ((last - first) * (year - FIRST_YEAR)) / 9) * (1 + 0.2 * (2 * rng.next() - 1)),
        ]),
      ),
    );
    campaigns.push(cell(breakdown, campaignFigures));
    samples.push(
      cell(
        breakdown,
        settle(yearly(samplePath), {
          scale: 1,
          rng: context.rng("ENV_MONITORING_SAMPLES", area.code, "estimate"),
          spread: { relative: 0.04 },
          min: 0,
        }),
      ),
    );
  }
  const samplesTotal = settledSum(samples);
  const exceeding = samples.map((sampleCell, index) => {
    const path = [...sampleCell.figures].map(
      ([period, figure]) => figure.official * rates[index]!.get(Number(period))!,
    );
    const figures = settle(yearly(path), {
      scale: 1,
      rng: context.rng("ENV_MONITORING_SAMPLES_EXCEEDING", areas[index]!.code, "estimate"),
      spread: { relative: 0.1 },
      min: 0,
    });
    capAt(figures, sampleCell.figures);
    return cell(sampleCell.breakdown, figures);
  });
  settledSum(exceeding);
  for (const [index, exceedingCell] of exceeding.entries()) capAt(exceedingCell.figures, samples[index]!.figures);
  return {
    campaigns: [cell(TOTAL, sumOf(campaigns)), ...campaigns],
    samples: [cell(TOTAL, samplesTotal), ...samples],
    exceeding: [cell(TOTAL, sumOf(exceeding)), ...exceeding],
  };
}

const monitoringIndicator =
  (field: keyof MonitoringFigures): Builder =>
  (context) => ({ scale: 1, cells: monitoring(context)[field] });

const BUILDERS: Record<string, Builder> = {
  // Cục Thống kê: section I quantities.
  INDUSTRY_CONSTRUCTION_GDP_SHARE: percent([35.9, 34.9, 35.4, 35.9, 36.3, 36.2, 36.9, 37.4, 37.9, 38.3]),
  INDUSTRY_GDP_SHARE: percent([30.6, 29.7, 30.1, 30.6, 30.9, 30.8, 31.5, 32.1, 32.6, 33.0]),
  INDUSTRY_CONSTRUCTION_GDP_GROWTH: percent([11.8, 9.6, 10.9, 12.4, 13.4, 13.0, 15.1, 16.4, 15.7, 12.6], 0.5),
  IIP_GROWTH: iipGrowth,
  HIGH_TECH_OUTPUT_SHARE: percent([15.2, 14.6, 16.1, 17.3, 19.0, 21.4, 24.6, 28.3, 31.0, 33.2]),
  MANUFACTURING_OUTPUT_SHARE: percent([29.6, 28.8, 30.2, 31.3, 32.6, 34.1, 36.5, 38.7, 40.4, 41.6]),

  // Cục Thống kê: industrial enterprises.
  IIP: iip,
  NET_REVENUE: (context, code) =>
    enterpriseSeries(code, context, {
      scale: 10,
      start: 168400,
      growth: [0.06, 0.1, 0.12, 0.11, 0.14, 0.21, 0.2, 0.16, 0.08],
      shares: NET_REVENUE_SHARES,
    }),
  CAPITAL: (context, code) =>
    enterpriseSeries(code, context, {
      scale: 10,
      start: 214000,
      growth: [0.07, 0.08, 0.1, 0.1, 0.15, 0.22, 0.18, 0.14, 0.09],
      shares: CAPITAL_SHARES,
    }),
  FIXED_ASSETS_LONG_TERM_INVESTMENT: fixedAssets,
  BUDGET_CONTRIBUTIONS: (context, code) =>
    enterpriseSeries(code, context, {
      scale: 10,
      start: 9850,
      growth: [-0.04, 0.09, 0.11, 0.1, 0.12, 0.16, 0.15, 0.12, 0.05],
      shares: CONTRIBUTION_SHARES,
    }),
  AVERAGE_WORKERS: (context, code) =>
    enterpriseSeries(code, context, {
      scale: 1,
      start: 231500,
      growth: [0.01, 0.03, 0.04, 0.05, 0.07, 0.11, 0.09, 0.06, 0.02],
      shares: WORKER_SHARES,
      relative: 0.015,
    }),
  AVERAGE_INCOME: averageIncome,

  // Cục Thuế.
  BUDGET_PAYMENTS: budgetPayments,

  // Cục Hải quan.
  EXPORT_VALUE: (context, code) => trade(code, context, 2350, EXPORT_GROWTH, EXPORT_SHARES),
  IMPORT_VALUE: (context, code) => trade(code, context, 3100, IMPORT_GROWTH, IMPORT_SHARES),
  EXPORT_VOLUME: (context, code) =>
    volume(code, "EXPORT_VALUE", context, 3850000, [0.02, 0.06, 0.05, 0.03, 0.05, 0.07, 0.06, 0.04, 0.01]),
  IMPORT_VOLUME: (context, code) =>
    volume(code, "IMPORT_VALUE", context, 6200000, [0.01, 0.05, 0.06, 0.04, 0.06, 0.08, 0.07, 0.05, 0.02]),
  IMPORT_EXPORT_DUTIES: (context, code) =>
    amount(compound(4200, [-0.02, 0.05, 0.07, 0.04, 0.02, 0.06, 0.05, 0.03, -0.02], context.rng(code, "", "path")))(
      context,
      code,
    ),

  // Ban quản lý Khu kinh tế.
  PARK_AREA_HA: parkIndicator("area"),
  PARK_LEASABLE_AREA_HA: parkIndicator("leasable"),
  PARK_OCCUPIED_AREA_HA: parkIndicator("occupied"),
  PARK_OCCUPANCY_RATE: parkIndicator("rate"),

  // Sở Kế hoạch và Đầu tư.
  INDUSTRIAL_PROJECTS_ATTRACTED: projectsAttracted,
  INDUSTRIAL_CAPITAL_DOMESTIC: amount([7850, 5930, 6720, 8150, 9480, 12300, 15900, 21400, 19800, 17600], 10, 0.05),
  INDUSTRIAL_CAPITAL_FOREIGN: amount([720, 490, 860, 1120, 1380, 1920, 2460, 3050, 2710, 1980], 10, 0.05),

  // Sở Lao động, Thương binh và Xã hội.
  VOCATIONAL_TRAINING_FACILITIES: count([86, 88, 84, 83, 80, 74, 71, 68, 65, 63], 0.02),
  TRAINED_WORKERS: trainedWorkers,
  ENTERPRISES_ORDERING_TRAINING: count([118, 104, 126, 139, 151, 172, 196, 214, 231, 218]),
  ENTERPRISES_HIRING_GRADUATES: count([340, 312, 355, 381, 402, 447, 498, 536, 571, 548]),
  TRAINING_COURSES: count([96, 84, 101, 108, 115, 121, 134, 142, 149, 118]),
  TRAINING_COURSE_PARTICIPANTS: count([5340, 4760, 5620, 6010, 6480, 6920, 7610, 8140, 8530, 6870]),
  HR_PROGRAMMES_IMPLEMENTED: count([6, 4, 7, 7, 8, 8, 9, 9, 10, 9], 0),
  HR_PROGRAMME_BENEFICIARIES: count([2860, 2410, 3150, 3420, 3780, 4160, 4690, 5120, 5480, 4730]),

  // Sở Khoa học và Công nghệ.
  RD_TASKS_FUNDED: count([34, 29, 36, 38, 41, 39, 44, 47, 45, 42]),
  RD_FUNDING: amount([21500, 18400, 23800, 26100, 28900, 30200, 33600, 36900, 38400, 35100], 1, 0.03),
  RD_RESULTS_APPLIED: count([14, 11, 15, 17, 18, 19, 22, 24, 23, 21], 0.06),
  ENTERPRISES_ADOPTING_QMS: qualitySystems,
  ENTERPRISES_STANDARDS_METROLOGY_QUALITY: count([165, 150, 178, 192, 210, 228, 251, 270, 286, 274]),
  TECHNOLOGY_OWNERSHIP_REGISTRATIONS: count([6, 3, 7, 8, 8, 9, 11, 12, 12, 11], 0.1),
  PROJECTS_TECHNOLOGY_APPRAISED: count([24, 19, 27, 31, 35, 42, 48, 55, 51, 44], 0.06),

  // Sở Tài nguyên và Môi trường.
  PROJECTS_EIA_APPROVED: count([72, 61, 78, 85, 91, 98, 112, 124, 119, 104]),
  PROJECTS_ENV_COMMITMENT_APPROVED: count([286, 247, 302, 318, 334, 291, 305, 322, 340, 311]),
  INDUSTRIAL_LAND_ALLOCATED_HA: amount(
    [186.4, 142.7, 205.3, 238.9, 264.1, 312.6, 356.8, 402.5, 371.2, 328.4],
    10,
    0.05,
  ),
  INDUSTRIAL_PROJECTS_LAND_ALLOCATED: count([28, 21, 31, 34, 38, 44, 52, 57, 53, 46], 0.06),
  ENV_MONITORING_CAMPAIGNS: monitoringIndicator("campaigns"),
  ENV_MONITORING_SAMPLES: monitoringIndicator("samples"),
  ENV_MONITORING_SAMPLES_EXCEEDING: monitoringIndicator("exceeding"),

  // Sở Nông nghiệp và Phát triển nông thôn.
  CRAFT_VILLAGES_RECOGNISED: count([21, 19, 22, 23, 23, 24, 25, 25, 26, 27], 0),
  RURAL_INDUSTRY_INFRASTRUCTURE_WORKS: count([12, 8, 13, 15, 14, 17, 19, 18, 21, 16], 0.08),
  RURAL_INDUSTRY_INFRASTRUCTURE_INVESTMENT: amount([86.5, 61.2, 94.8, 108.3, 102.6, 126.4, 141.9, 135.2, 158.7, 119.5]),
};

// ---------------------------------------------------------------------------------------------
// Any other indicator a domain defines

/** A level, a 2012 dip and steady growth, for an indicator the sample has no profile for. */
function genericSeries(
  definition: IndicatorDefinition,
  context: Context,
  cells: readonly Breakdown[],
  firstYearOf: (cell: Breakdown) => number,
): SampleSeries {
  const percentLike = definition.valueType === ValueType.PERCENT || definition.valueType === ValueType.INDEX;
  const scale = definition.valueType === ValueType.COUNT || definition.valueType === ValueType.TONNES ? 1 : 10;
  const level: Record<ValueType, number> = {
    [ValueType.COUNT]: 40,
    [ValueType.MONEY_VND]: 1200,
    [ValueType.MONEY_USD]: 150,
    [ValueType.PERCENT]: 45,
    [ValueType.INDEX]: 108,
    [ValueType.AREA_HA]: 120,
    [ValueType.TONNES]: 25000,
  };
  return {
    scale,
    cells: cells.map((breakdown) => {
      const key = breakdownKey(breakdown);
      const rng = context.rng(definition.code, key, "path");
      const start = level[definition.valueType] * (0.6 + 0.8 * rng.next());
      const path = percentLike
        ? YEARS.map((_, i) => start + (i === 1 ? -1.5 : 0.4 * i) + (2 * rng.next() - 1))
        : compound(start, [-0.08, 0.09, 0.07, 0.07, 0.08, 0.09, 0.08, 0.07, 0.03], rng);
      const first = firstYearOf(breakdown);
      return cell(
        breakdown,
        settle(yearly(path.slice(Math.max(0, first - FIRST_YEAR))), {
          scale,
          rng: context.rng(definition.code, key, "estimate"),
          spread: percentLike ? { points: 0.5 } : { relative: 0.03 },
          min: definition.valueType === ValueType.PERCENT && definition.allowNegative ? -100 : 0,
          max: definition.max ?? (definition.valueType === ValueType.PERCENT ? 100 : undefined),
        }),
      );
    }),
  };
}

// ---------------------------------------------------------------------------------------------

/**
 * The figures of each of `definitions`, fitted to the definition: cells it does not allow are
 * dropped, required cells the profile lacks are filled from a generic path, and values are kept
 * to what the value type allows. Each indicator depends only on its own profile (and those it is
 * bound to), never on which other indicators are asked for.
 */
export function sampleSeries(
  definitions: readonly IndicatorDefinition[],
  codeLists: ReadonlyMap<string, CodeList>,
): Map<string, SampleSeries> {
  const cache = new Map<string, SampleSeries>();
  const context: Context = {
    codeLists,
    rng: (code, cellName, purpose) => rngFor(`OBSERVATION:${code}`, cellName || "TOTAL", purpose),
    series(code) {
      let series = cache.get(code);
      if (!series) {
        const builder = BUILDERS[code];
        if (!builder) throw new Error(`no sample profile for ${code}`);
        series = builder(context, code);
        cache.set(code, series);
      }
      return series;
    },
  };
  const result = new Map<string, SampleSeries>();
  for (const definition of definitions) {
    const profile = BUILDERS[definition.code] ? context.series(definition.code) : null;
    result.set(definition.code, fit(definition, profile, context));
  }
  return result;
}

function fit(definition: IndicatorDefinition, known: SampleSeries | null, context: Context): SampleSeries {
  const profile = known ?? { scale: 10, cells: [] };
  const allowed = (breakdown: Breakdown) =>
    Object.entries(breakdown).every(
      ([dimension, code]) =>
        definition.dimensions.includes(dimension) &&
        (context.codeLists.get(dimension)?.entries.some((entry) => entry.code === code) ?? false),
    );
  const cells = profile.cells.filter((candidate) => allowed(candidate.breakdown));
  const firstYearOf = (breakdown: Breakdown) =>
    Math.max(
      FIRST_YEAR,
      ...Object.entries(breakdown).map(
        ([dimension, code]) =>
          context.codeLists.get(dimension)?.entries.find((entry) => entry.code === code)?.validFrom ?? FIRST_YEAR,
      ),
    );
  const present = new Set(cells.map((candidate) => breakdownKey(candidate.breakdown)));
  const missing = new Map<string, Breakdown>();
  if (!known) missing.set("", {});
  for (const year of YEARS) {
    for (const required of requiredCells(definition, context.codeLists, year)) {
      const key = breakdownKey(required);
      if (!present.has(key)) missing.set(key, required);
    }
  }
  if (missing.size === 0 && cells.length === profile.cells.length) return profile;
  const filler = genericSeries(definition, context, [...missing.values()], firstYearOf);
  const scale = cells.length > 0 ? profile.scale : filler.scale;
  const rescaled = filler.cells.map((candidate) => rescale(candidate, filler.scale, scale, definition));
  // The total first, then the cells (a stable sort keeps their order).
  const ordered = [...cells, ...rescaled].sort(
    (a, b) => Number(breakdownKey(a.breakdown) !== "") - Number(breakdownKey(b.breakdown) !== ""),
  );
  return { scale, cells: ordered };
}

function rescale(source: SampleCell, from: number, to: number, definition: IndicatorDefinition): SampleCell {
  if (from === to) return source;
  const convert = (value: number) => {
    const converted = Math.round((value * to) / from);
    return definition.valueType === ValueType.COUNT ? Math.round(converted / to) * to : converted;
  };
  return {
    breakdown: source.breakdown,
    figures: new Map(
      [...source.figures].map(([period, figure]) => [
        period,
        { ...figure, official: convert(figure.official), estimate: convert(figure.estimate) },
      ]),
    ),
  };
}
