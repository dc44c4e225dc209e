import { breakdownKey } from "@hpig/domain-kit";
import {
  amount,
  capAt,
  cell,
  compound,
  drift,
  FIRST_CYCLE,
  FIRST_YEAR,
  LAST_YEAR,
  percent,
  type SampleCell,
  type SampleContext,
  sampleDataLoader,
  type SampleFigure,
  type SampleProfile,
  type SampleSeries,
  settle,
  settledSum,
  sumOf,
  times,
  TOTAL,
  yearly,
  YEARS,
} from "@hpig/sample-data";

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

function iipGrowth(context: SampleContext): SampleSeries {
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
    const growth = IIP_GROWTH_OFFICIAL[year - FIRST_YEAR];
    const offsets =
      year === 2020 ? QUARTER_TILT_2020 : [0, 1, 2, 3].map(() => Math.round((4 * tilt.next() - 2) * 10) / 10);
    const mean = offsets.reduce((sum, offset) => sum + offset, 0) / 4;
    // From the third quarter of 2012: the plan was issued in June.
    for (let quarter = year === FIRST_CYCLE ? 3 : 1; quarter <= 4; quarter++) {
      quarters.set(`${year}-Q${quarter}`, growth + offsets[quarter - 1] - mean);
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

function iip(context: SampleContext): SampleSeries {
  const growth = context.series("IIP_GROWTH");
  const index = (figure: SampleFigure): SampleFigure => ({
    official: figure.official + 1000,
    estimate: figure.estimate + 1000,
    comment: figure.comment === SAME_QUARTER_GROWTH ? SAME_QUARTER_INDEX : figure.comment,
  });
  const total = new Map([...growth.cells[0].figures].map(([period, figure]) => [period, index(figure)]));
  const cells = ENTERPRISE_VSIC.map((vsic) => {
    const rng = context.rng("IIP", vsic, "path");
    const targets = YEARS.map(
      (year, i) => 100 + IIP_GROWTH_OFFICIAL[i] + IIP_TILT[vsic][i] + (year > 2011 ? 1.6 * (2 * rng.next() - 1) : 0),
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
  context: SampleContext,
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

function fixedAssets(context: SampleContext): SampleSeries {
  const code = "FIXED_ASSETS_LONG_TERM_INVESTMENT";
  const capital = context.series("CAPITAL");
  return {
    scale: capital.scale,
    cells: capital.cells.map((capitalCell) => {
      const key = breakdownKey(capitalCell.breakdown);
      const rng = context.rng(code, key, "ratio");
      const ratio = drift(0.5, 0.57).map((share) => share + 0.03 * (2 * rng.next() - 1));
      const path = YEARS.map((year, i) => (capitalCell.figures.get(String(year))!.official / capital.scale) * ratio[i]);
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

function averageIncome(context: SampleContext): SampleSeries {
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

function budgetPayments(context: SampleContext): SampleSeries {
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
    const [first, last] = weights[k];
    const share = drift(first, last).map((value, i) => value / sums[i]);
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
  context: SampleContext,
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
  context: SampleContext,
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
      (year, i) => ((valueCell.figures.get(String(year))!.official / values.scale) * 1e6) / price[i],
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

/**
 * How the industry domain's sample figures look (2011–2020), by indicator: loaded by npm start on the
 * embedded database (marked sample: true), never in production.
 */
export const industrySampleProfile: SampleProfile = {
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
};

/** Loads the sample data with this profile (imported lazily by subgraph.ts, only when asked). */
export const loadSample = sampleDataLoader(industrySampleProfile);
