import {
  cell,
  compound,
  count,
  drift,
  type SampleContext,
  sampleDataLoader,
  type SampleProfile,
  type SampleSeries,
  settle,
  settledSum,
  times,
  TOTAL,
  yearly,
} from "@hpig/sample-data";

function trainedWorkers(context: SampleContext): SampleSeries {
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

/**
 * How the labour domain's sample figures look (2011–2020), by indicator: loaded by npm start on the
 * embedded database (marked sample: true), never in production.
 */
export const labourSampleProfile: SampleProfile = {
  // Sở Lao động, Thương binh và Xã hội.
  VOCATIONAL_TRAINING_FACILITIES: count([86, 88, 84, 83, 80, 74, 71, 68, 65, 63], 0.02),
  TRAINED_WORKERS: trainedWorkers,
  ENTERPRISES_ORDERING_TRAINING: count([118, 104, 126, 139, 151, 172, 196, 214, 231, 218]),
  ENTERPRISES_HIRING_GRADUATES: count([340, 312, 355, 381, 402, 447, 498, 536, 571, 548]),
  TRAINING_COURSES: count([96, 84, 101, 108, 115, 121, 134, 142, 149, 118]),
  TRAINING_COURSE_PARTICIPANTS: count([5340, 4760, 5620, 6010, 6480, 6920, 7610, 8140, 8530, 6870]),
  HR_PROGRAMMES_IMPLEMENTED: count([6, 4, 7, 7, 8, 8, 9, 9, 10, 9], 0),
  HR_PROGRAMME_BENEFICIARIES: count([2860, 2410, 3150, 3420, 3780, 4160, 4690, 5120, 5480, 4730]),
};

/** Loads the sample data with this profile (imported lazily by subgraph.ts, only when asked). */
export const loadSample = sampleDataLoader(labourSampleProfile);
