import { TargetDirection, TargetMeasure } from "@hpig/kit";

import { ObservationPeriodType } from "./indicator-definition";
import { Observation } from "./observation.entity";
import { ObservationStatus } from "./observation-status";
import { FigureBasis, VerdictOutcome } from "./target-verdict";
import { compoundedAverage, judgeTarget, round2, yearlyFigures } from "./verdict-rules";

const { OFFICIAL, ESTIMATE_ALLOWED } = FigureBasis;
const { MET, NOT_MET, ON_TRACK, AT_RISK, NO_DATA } = VerdictOutcome;

/** IIP_GROWTH_2011_2015 as the plan writes it: "tăng bình quân 13,5 - 14,5%/năm giai đoạn 2011-2015". */
const rate = {
  measure: TargetMeasure.AVERAGE_ANNUAL_GROWTH,
  direction: TargetDirection.AT_LEAST,
  min: 13.5,
  max: 14.5,
  fromYear: 2011,
  toYear: 2015,
};
/** HIGH_TECH_OUTPUT_SHARE_2015: "đạt 30%" by 2015. */
const level = {
  measure: TargetMeasure.SHARE,
  direction: TargetDirection.AT_LEAST,
  min: 30,
  max: 30,
  fromYear: 2015,
  toYear: 2015,
};

let ids = 0;
/** One revision of a yearly total; recorded on 20 December of its year unless said otherwise. */
function figure(
  year: number,
  value: number,
  status = ObservationStatus.OFFICIAL,
  extra: Partial<Observation> = {},
): Observation {
  return Object.assign(new Observation(), {
    id: ++ids,
    indicatorCode: "X",
    period: String(year),
    periodType: ObservationPeriodType.YEAR,
    periodEnd: `${year}-12-31`,
    breakdownKey: "",
    breakdown: {},
    value,
    status,
    revision: 1,
    recordedAt: `${year}-12-20T03:00:00.000Z`,
    ...extra,
  });
}

/** Official figures for consecutive years from `first`. */
function series(first: number, values: number[]): Observation[] {
  return values.map((value, i) => figure(first + i, value));
}

function judge(
  target: typeof rate,
  rows: Observation[],
  asOf: string,
  basis: FigureBasis = OFFICIAL,
): ReturnType<typeof judgeTarget> {
  return judgeTarget(target, yearlyFigures(rows, asOf, basis), asOf, basis);
}

describe("compoundedAverage and round2", () => {
  it("takes the geometric mean of 1 + g/100, in percent, to 2 decimals", () => {
    // (1.13 × 1.15 × 1.12)^(1/3) − 1 = 1.45544^(1/3) − 1 = 13.3265 % → 13.33
    expect(compoundedAverage([13, 15, 12])).toBe(13.33);
    // (0.98 × 1.04)^(1/2) − 1 = 1.0192^(1/2) − 1 = 0.9554 % → 0.96
    expect(compoundedAverage([-2, 4])).toBe(0.96);
    // One year is its own rate.
    expect(compoundedAverage([14.2])).toBe(14.2);
  });

  it("rounds half away from zero on the decimal digits", () => {
    expect(round2(13.325)).toBe(13.33);
    expect(round2(1.005)).toBe(1.01);
    expect(round2(-13.325)).toBe(-13.33);
    expect(round2(-0.001)).toBe(0);
  });
});

describe("a rate over a period (AVERAGE_ANNUAL_GROWTH)", () => {
  it("is MET when the period is over and the average of every year meets the minimum", () => {
    const verdict = judge(rate, series(2011, [13, 15, 12, 14, 16]), "2015-12-31");

    // (1.13 × 1.15 × 1.12 × 1.14 × 1.16)^(1/5) − 1 = 1.924673856^(1/5) − 1 = 13.9912 % → 13.99 ≥ 13.5
    expect(verdict).toMatchObject({
      outcome: MET,
      value: 13.99,
      requiredMin: 13.5,
      requiredMax: null,
      yearsUsed: [2011, 2012, 2013, 2014, 2015],
      missingYears: [],
      measure: TargetMeasure.AVERAGE_ANNUAL_GROWTH,
      direction: TargetDirection.AT_LEAST,
      asOf: "2015-12-31",
      basis: OFFICIAL,
    });
    expect(verdict.observations.map((o) => o.value)).toEqual([13, 15, 12, 14, 16]);
    expect(verdict.explanation).toBe(
      "Tăng bình quân 2011–2015 (bình quân nhân 5 năm, số liệu chính thức): 13,99%/năm, yêu cầu tối thiểu 13,5%/năm: đạt.",
    );
    expect(verdict.explanationEn).toBe(
      "Compounded average annual rate 2011–2015 (5 years, official figures): 13.99%/year; required at least 13.5%/year: met.",
    );
  });

  it("is NOT_MET below the minimum, even when a single year was above it", () => {
    const verdict = judge(rate, series(2011, [11, 12, 13, 14, 12]), "2016-03-01");

    // (1.11 × 1.12 × 1.13 × 1.14 × 1.12)^(1/5) − 1 = 1.7936690688^(1/5) − 1 = 12.3954 % → 12.40 < 13.5
    expect(verdict).toMatchObject({ outcome: NOT_MET, value: 12.4 });
  });

  it("is AT_RISK before the period ends when the average so far is below the minimum", () => {
    const verdict = judge(rate, series(2011, [13, 15, 12]), "2013-12-31");

    // (1.13 × 1.15 × 1.12)^(1/3) − 1 = 1.45544^(1/3) − 1 = 13.3265 % → 13.33 < 13.5
    expect(verdict).toMatchObject({ outcome: AT_RISK, value: 13.33, yearsUsed: [2011, 2012, 2013] });
    expect(verdict.explanation).toBe(
      "Tăng bình quân 2011–2013 (bình quân nhân 3 năm đầu của giai đoạn 2011–2015, số liệu chính thức): 13,33%/năm, yêu cầu tối thiểu 13,5%/năm: có nguy cơ không đạt.",
    );
  });

  it("is ON_TRACK from the years so far, naming the year whose figure is not yet in", () => {
    const verdict = judge(rate, series(2011, [13, 15]), "2013-06-30");

    // (1.13 × 1.15)^(1/2) − 1 = 1.2995^(1/2) − 1 = 13.9956 % → 14.00 ≥ 13.5
    expect(verdict).toMatchObject({ outcome: ON_TRACK, value: 14, yearsUsed: [2011, 2012], missingYears: [2013] });
    expect(verdict.explanation).toBe(
      "Tăng bình quân 2011–2012 (bình quân nhân 2 năm đầu của giai đoạn 2011–2015, số liệu chính thức): 14%/năm, yêu cầu tối thiểu 13,5%/năm: đúng hướng. Năm 2013: chưa có số liệu chính thức.",
    );
    expect(verdict.explanationEn).toBe(
      "Compounded average annual rate 2011–2012 (the first 2 of 2011–2015, official figures): 14%/year; required at least 13.5%/year: on track. 2013: no official figure yet.",
    );
  });

  it("is a projection when the period is over but its last official figure is awaited; with estimates allowed, final", () => {
    const rows = [...series(2011, [13, 15, 12, 14]), figure(2015, 16, ObservationStatus.ESTIMATE)];

    const official = judge(rate, rows, "2015-12-31", OFFICIAL);
    const estimated = judge(rate, rows, "2015-12-31", ESTIMATE_ALLOWED);

    // Official: (1.13 × 1.15 × 1.12 × 1.14)^(1/4) − 1 = 1.6592016^(1/4) − 1 = 13.4945 % → 13.49 < 13.5
    expect(official).toMatchObject({ outcome: AT_RISK, value: 13.49, missingYears: [2015] });
    expect(official.yearsUsed).toEqual([2011, 2012, 2013, 2014]);
    expect(official.explanation).toMatch(/: có nguy cơ không đạt\. Năm 2015: chưa có số liệu chính thức\.$/);
    expect(official.explanationEn).toMatch(/: at risk\. 2015: no official figure yet\.$/);
    // With the 2015 estimate: (… × 1.16)^(1/5) − 1 = 13.99 % ≥ 13.5, the five years complete: final.
    expect(estimated).toMatchObject({ outcome: MET, value: 13.99, missingYears: [] });
    expect(estimated.observations.map((o) => o.status)).toEqual([
      ...Array(4).fill(ObservationStatus.OFFICIAL),
      ObservationStatus.ESTIMATE,
    ]);
  });

  it("is NO_DATA, naming the missing year, when a year is missing before one with a figure: never an average of fewer years", () => {
    const rows = [figure(2011, 13), figure(2013, 12), figure(2014, 14)];

    const verdict = judge(rate, rows, "2016-01-31");

    expect(verdict).toMatchObject({
      outcome: NO_DATA,
      value: null,
      yearsUsed: [],
      observations: [],
      missingYears: [2012, 2015],
    });
    expect(verdict.explanation).toBe(
      "Năm 2012 chưa có số liệu chính thức trong khi năm sau đã có, nên không tính bình quân 2011–2015 trên số năm ít hơn: chưa đánh giá được.",
    );
    expect(verdict.explanationEn).toBe(
      "No official figure for 2012 although a later year has one, so no average of 2011–2015 is taken over fewer years: no verdict.",
    );
  });

  it("is NO_DATA when the first year is missing", () => {
    const verdict = judge(rate, series(2012, [15, 12]), "2013-12-31");

    expect(verdict).toMatchObject({ outcome: NO_DATA, missingYears: [2011] });
  });

  it("is NO_DATA without a figure, and says what was looked for", () => {
    const verdict = judge(rate, [], "2012-06-30");

    expect(verdict).toMatchObject({ outcome: NO_DATA, value: null, missingYears: [2011, 2012] });
    expect(verdict.explanation).toBe(
      "Chưa có số liệu chính thức nào của giai đoạn 2011–2015 tính đến hết ngày 2012-06-30: chưa đánh giá được.",
    );
    expect(verdict.explanationEn).toBe("No official figure for 2011–2015 known at the end of 2012-06-30: no verdict.");
  });

  it("judges AT_MOST against max and WITHIN_BAND against both bounds", () => {
    const atMost = { ...rate, direction: TargetDirection.AT_MOST, min: 8, max: 10 };
    const band = { ...rate, direction: TargetDirection.WITHIN_BAND };

    // (1.10 × 1.09 × 1.08 × 1.09 × 1.10)^(1/5) − 1 = 1.55260908^(1/5) − 1 = 9.1974 % → 9.20 ≤ 10
    expect(judge(atMost, series(2011, [10, 9, 8, 9, 10]), "2015-12-31")).toMatchObject({
      outcome: MET,
      value: 9.2,
      requiredMin: null,
      requiredMax: 10,
    });
    // 13.99 % (above) within 13.5–14.5
    expect(judge(band, series(2011, [13, 15, 12, 14, 16]), "2015-12-31")).toMatchObject({
      outcome: MET,
      value: 13.99,
      requiredMin: 13.5,
      requiredMax: 14.5,
    });
    // (1.15 × 1.16 × 1.15 × 1.16 × 1.15)^(1/5) − 1 = 2.0464894^(1/5) − 1 = 15.3990 % → 15.40 > 14.5
    const above = judge(band, series(2011, [15, 16, 15, 16, 15]), "2015-12-31");
    expect(above).toMatchObject({ outcome: NOT_MET, value: 15.4 });
    expect(above.explanation).toMatch(/yêu cầu từ 13,5 đến 14,5%\/năm: không đạt\.$/);
  });
});

describe("a share or level (SHARE)", () => {
  it("is MET or NOT_MET on the end year's figure once the period is over", () => {
    const met = judge(level, [figure(2014, 25), figure(2015, 31)], "2016-06-30");
    const notMet = judge(level, [figure(2014, 35), figure(2015, 29.5)], "2016-06-30");

    expect(met).toMatchObject({ outcome: MET, value: 31, yearsUsed: [2015], requiredMin: 30, requiredMax: null });
    expect(met.explanation).toBe("Năm 2015: 31% (chính thức), yêu cầu tối thiểu 30%: đạt.");
    expect(met.explanationEn).toBe("2015: 31% (official); required at least 30%: met.");
    // The earlier year is above 30: only the end year counts.
    expect(notMet).toMatchObject({ outcome: NOT_MET, value: 29.5, yearsUsed: [2015] });
  });

  it("is ON_TRACK before the end year when the latest figure meets it already", () => {
    const verdict = judge(level, [figure(2013, 26), figure(2014, 30.2)], "2015-06-30");

    expect(verdict).toMatchObject({ outcome: ON_TRACK, value: 30.2, yearsUsed: [2014], missingYears: [2015] });
    expect(verdict.explanation).toBe(
      "Năm 2014 đã đạt 30,2%, đáp ứng yêu cầu tối thiểu 30% cho năm 2015: đúng hướng. Năm 2015: chưa có số liệu chính thức.",
    );
  });

  it("is ON_TRACK when the straight line through the last two years reaches it by the end year", () => {
    const verdict = judge(level, [figure(2013, 26), figure(2014, 28.5)], "2014-12-31");

    // 28.5 + (28.5 − 26) × (2015 − 2014) = 31 ≥ 30
    expect(verdict).toMatchObject({ outcome: ON_TRACK, value: 31, yearsUsed: [2013, 2014], missingYears: [] });
    expect(verdict.explanation).toBe(
      "Năm 2014: 28,5%; theo đường thẳng qua năm 2013 (26%) và năm 2014, năm 2015 sẽ là 31%, yêu cầu tối thiểu 30%: đúng hướng.",
    );
    expect(verdict.explanationEn).toBe(
      "2014: 28.5%; the straight line through 2013 (26%) and 2014 reaches 31% in 2015; required at least 30%: on track.",
    );
  });

  it("is AT_RISK when the line falls short, and draws it over every year left", () => {
    // 28 + (28 − 27) × 1 = 29 < 30
    expect(judge(level, [figure(2013, 27), figure(2014, 28)], "2015-03-01")).toMatchObject({
      outcome: AT_RISK,
      value: 29,
    });
    // Two years left: 27.3 + (27.3 − 25.6) × 2 = 30.7 ≥ 30
    expect(judge(level, [figure(2012, 25.6), figure(2013, 27.3)], "2014-01-31")).toMatchObject({
      outcome: ON_TRACK,
      value: 30.7,
      yearsUsed: [2012, 2013],
    });
  });

  it("is AT_RISK without a line when the year before the latest has no figure", () => {
    const verdict = judge(level, [figure(2012, 25), figure(2014, 28)], "2015-01-31");

    expect(verdict).toMatchObject({ outcome: AT_RISK, value: 28, yearsUsed: [2014] });
    expect(verdict.explanation).toBe(
      "Năm 2014: 28%, chưa đáp ứng yêu cầu tối thiểu 30%; năm 2013 chưa có số liệu chính thức để ngoại suy: có nguy cơ không đạt. Năm 2015: chưa có số liệu chính thức.",
    );
  });

  it("projects while the end year's official figure is awaited; with estimates allowed, is final on the estimate", () => {
    const rows = [figure(2013, 26), figure(2014, 28.5), figure(2015, 29, ObservationStatus.ESTIMATE)];

    const official = judge(level, rows, "2015-12-31", OFFICIAL);
    const estimated = judge(level, rows, "2015-12-31", ESTIMATE_ALLOWED);

    // Official: 28.5 + 2.5 × 1 = 31 ≥ 30
    expect(official).toMatchObject({ outcome: ON_TRACK, value: 31, missingYears: [2015] });
    expect(official.explanationEn).toMatch(/: on track\. 2015: no official figure yet\.$/);
    expect(estimated).toMatchObject({ outcome: NOT_MET, value: 29, yearsUsed: [2015], missingYears: [] });
    expect(estimated.explanation).toBe("Năm 2015: 29% (ước tính), yêu cầu tối thiểu 30%: không đạt.");
  });

  it("judges WITHIN_BAND and AT_MOST levels, the line included", () => {
    const band = { ...level, direction: TargetDirection.WITHIN_BAND, min: 31, max: 32 };
    const atMost = { ...level, direction: TargetDirection.AT_MOST, min: 10, max: 10 };

    expect(judge(band, [figure(2015, 32.4)], "2015-12-31")).toMatchObject({
      outcome: NOT_MET,
      value: 32.4,
      requiredMin: 31,
      requiredMax: 32,
    });
    // Above the band now, coming down: 33 + (33 − 34) × 1 = 32, within 31–32
    expect(judge(band, [figure(2013, 34), figure(2014, 33)], "2015-02-01")).toMatchObject({
      outcome: ON_TRACK,
      value: 32,
    });
    expect(judge(atMost, [figure(2015, 9.5)], "2016-01-01")).toMatchObject({
      outcome: MET,
      requiredMin: null,
      requiredMax: 10,
    });
  });

  it("is NO_DATA without a figure up to its end year; later years do not count", () => {
    const verdict = judge(level, [figure(2016, 40)], "2017-01-31");

    expect(verdict).toMatchObject({ outcome: NO_DATA, value: null, missingYears: [2015] });
    expect(verdict.explanation).toBe(
      "Chưa có số liệu chính thức nào đến năm 2015 tính đến hết ngày 2017-01-31: chưa đánh giá được.",
    );
  });
});

describe("yearlyFigures", () => {
  it("keeps the yearly totals known at the end of asOf (Viet Nam time), for years up to its year", () => {
    const rows = [
      // Recorded 23:59 in Hải Phòng on 31 Dec 2015 (16:59 UTC): known at the end of that day.
      figure(2015, 31, ObservationStatus.OFFICIAL, { recordedAt: "2015-12-31T16:59:00.000Z" }),
      // Recorded 00:01 on 1 Jan 2016 in Hải Phòng: not yet known.
      figure(2014, 28, ObservationStatus.OFFICIAL, { recordedAt: "2015-12-31T17:01:00.000Z" }),
      figure(2016, 33, ObservationStatus.OFFICIAL, { recordedAt: "2015-12-01T00:00:00.000Z" }),
      figure(2013, 26, ObservationStatus.OFFICIAL, { breakdownKey: "VSIC2=24" }),
      figure(2013, 25, ObservationStatus.OFFICIAL, { periodType: ObservationPeriodType.QUARTER, period: "2013-Q4" }),
    ];

    expect([...yearlyFigures(rows, "2015-12-31", OFFICIAL).keys()]).toEqual([2015]);
  });

  it("takes per year the latest official revision for OFFICIAL, the latest revision of any status otherwise", () => {
    const rows = [
      figure(2015, 29, ObservationStatus.ESTIMATE, { revision: 1, recordedAt: "2015-12-10T00:00:00.000Z" }),
      figure(2015, 30.5, ObservationStatus.OFFICIAL, { revision: 2, recordedAt: "2016-03-10T00:00:00.000Z" }),
      figure(2015, 30.8, ObservationStatus.OFFICIAL, { revision: 3, recordedAt: "2016-06-10T00:00:00.000Z" }),
      figure(2015, 31.2, ObservationStatus.PRELIMINARY, { revision: 4, recordedAt: "2016-09-10T00:00:00.000Z" }),
    ];
    const value = (asOf: string, basis: FigureBasis) => yearlyFigures(rows, asOf, basis).get(2015)?.value;

    expect(value("2015-12-31", OFFICIAL)).toBeUndefined();
    expect(value("2015-12-31", ESTIMATE_ALLOWED)).toBe(29);
    expect(value("2016-06-30", OFFICIAL)).toBe(30.8);
    expect(value("2016-12-31", OFFICIAL)).toBe(30.8);
    expect(value("2016-12-31", ESTIMATE_ALLOWED)).toBe(31.2);
  });
});
