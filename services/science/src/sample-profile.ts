import {
  amount,
  cell,
  count,
  type SampleContext,
  sampleDataLoader,
  type SampleProfile,
  type SampleSeries,
  settle,
  sumOf,
  TOTAL,
  yearly,
} from "@hpig/sample-data";

function qualitySystems(context: SampleContext): SampleSeries {
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

/**
 * How the science domain's sample figures look (2011–2020), by indicator: loaded by npm start on the
 * embedded database (marked sample: true), never in production.
 */
export const scienceSampleProfile: SampleProfile = {
  // Sở Khoa học và Công nghệ.
  RD_TASKS_FUNDED: count([34, 29, 36, 38, 41, 39, 44, 47, 45, 42]),
  RD_FUNDING: amount([21500, 18400, 23800, 26100, 28900, 30200, 33600, 36900, 38400, 35100], 1, 0.03),
  RD_RESULTS_APPLIED: count([14, 11, 15, 17, 18, 19, 22, 24, 23, 21], 0.06),
  ENTERPRISES_ADOPTING_QMS: qualitySystems,
  ENTERPRISES_STANDARDS_METROLOGY_QUALITY: count([165, 150, 178, 192, 210, 228, 251, 270, 286, 274]),
  TECHNOLOGY_OWNERSHIP_REGISTRATIONS: count([6, 3, 7, 8, 8, 9, 11, 12, 12, 11], 0.1),
  PROJECTS_TECHNOLOGY_APPRAISED: count([24, 19, 27, 31, 35, 42, 48, 55, 51, 44], 0.06),
};

/** Loads the sample data with this profile (imported lazily by subgraph.ts, only when asked). */
export const loadSample = sampleDataLoader(scienceSampleProfile);
