import { TargetDirection, TargetMeasure } from "@hpig/kit";

import { ObservationStatus } from "./observation-status";
import { FigureBasis, VerdictOutcome } from "./target-verdict";

/** A verdict's explanation, in Vietnamese (the committee's language) and in English. */
export interface Explanation {
  explanation: string;
  explanationEn: string;
}

/** What every sentence needs to know of the target and the question asked. */
export interface VerdictSubject {
  measure: TargetMeasure;
  direction: TargetDirection;
  min: number;
  max: number;
  fromYear: number;
  toYear: number;
  asOf: string;
  basis: FigureBasis;
}

const OUTCOME: Record<VerdictOutcome, { vi: string; en: string }> = {
  [VerdictOutcome.MET]: { vi: "đạt", en: "met" },
  [VerdictOutcome.NOT_MET]: { vi: "không đạt", en: "not met" },
  [VerdictOutcome.ON_TRACK]: { vi: "đúng hướng", en: "on track" },
  [VerdictOutcome.AT_RISK]: { vi: "có nguy cơ không đạt", en: "at risk" },
  [VerdictOutcome.NO_DATA]: { vi: "chưa đánh giá được", en: "no verdict" },
};

const FIGURES: Record<FigureBasis, { vi: string; en: string }> = {
  [FigureBasis.OFFICIAL]: { vi: "số liệu chính thức", en: "official figures" },
  [FigureBasis.ESTIMATE_ALLOWED]: {
    vi: "số liệu mới nhất, kể cả ước tính",
    en: "the latest figures, estimates included",
  },
};

const FIGURE_OF: Record<FigureBasis, { vi: string; en: string }> = {
  [FigureBasis.OFFICIAL]: { vi: "số liệu chính thức", en: "official figure" },
  [FigureBasis.ESTIMATE_ALLOWED]: { vi: "số liệu", en: "figure" },
};

/** "13.33" → "13,33" in Vietnamese; a figure keeps the digits it was recorded with. */
function vi(value: number): string {
  return String(value).replace(".", ",");
}

function unit(subject: VerdictSubject): { vi: string; en: string } {
  return subject.measure === TargetMeasure.AVERAGE_ANNUAL_GROWTH ? { vi: "%/năm", en: "%/year" } : { vi: "%", en: "%" };
}

function quantity(subject: VerdictSubject, value: number): { vi: string; en: string } {
  const { vi: viUnit, en: enUnit } = unit(subject);
  return { vi: `${vi(value)}${viUnit}`, en: `${value}${enUnit}` };
}

/** The values that meet the target, without the verb: "tối thiểu 30%" / "at least 30%". */
function requirement(subject: VerdictSubject): { vi: string; en: string } {
  const min = quantity(subject, subject.min);
  const max = quantity(subject, subject.max);
  switch (subject.direction) {
    case TargetDirection.AT_LEAST:
      return { vi: `tối thiểu ${min.vi}`, en: `at least ${min.en}` };
    case TargetDirection.AT_MOST:
      return { vi: `tối đa ${max.vi}`, en: `at most ${max.en}` };
    case TargetDirection.WITHIN_BAND:
      return { vi: `từ ${vi(subject.min)} đến ${max.vi}`, en: `from ${subject.min} to ${max.en}` };
  }
}

function span(from: number, to: number): string {
  return from === to ? String(from) : `${from}–${to}`;
}

/** "Năm 2015: chưa có số liệu chính thức." / "2015: no official figure yet."; nothing when none is missing. */
function missingSentence(subject: VerdictSubject, missing: readonly number[]): { vi: string; en: string } {
  if (missing.length === 0) return { vi: "", en: "" };
  const list = missing.join(", ");
  const of = FIGURE_OF[subject.basis];
  return {
    vi: ` ${missing.length === 1 ? "Năm" : "Các năm"} ${list}: chưa có ${of.vi}.`,
    en: ` ${list}: no ${of.en} yet.`,
  };
}

function explained(parts: { vi: string; en: string }): Explanation {
  return { explanation: parts.vi, explanationEn: parts.en };
}

export function noFigureText(subject: VerdictSubject): Explanation {
  const of = FIGURE_OF[subject.basis];
  const years =
    subject.measure === TargetMeasure.AVERAGE_ANNUAL_GROWTH
      ? {
          vi: `của giai đoạn ${span(subject.fromYear, subject.toYear)}`,
          en: `for ${span(subject.fromYear, subject.toYear)}`,
        }
      : { vi: `đến năm ${subject.toYear}`, en: `for ${subject.toYear} or the years before it` };
  return explained({
    vi: `Chưa có ${of.vi} nào ${years.vi} tính đến hết ngày ${subject.asOf}: ${OUTCOME.NO_DATA.vi}.`,
    en: `No ${of.en} ${years.en} known at the end of ${subject.asOf}: ${OUTCOME.NO_DATA.en}.`,
  });
}

export function rateGapText(subject: VerdictSubject, gaps: readonly number[]): Explanation {
  const of = FIGURE_OF[subject.basis];
  const period = span(subject.fromYear, subject.toYear);
  const list = gaps.join(", ");
  return explained({
    vi: `Năm ${list} chưa có ${of.vi} trong khi năm sau đã có, nên không tính bình quân ${period} trên số năm ít hơn: ${OUTCOME.NO_DATA.vi}.`,
    en: `No ${of.en} for ${list} although a later year has one, so no average of ${period} is taken over fewer years: ${OUTCOME.NO_DATA.en}.`,
  });
}

export function rateText(
  subject: VerdictSubject,
  judged: { years: readonly number[]; value: number; outcome: VerdictOutcome; missing: readonly number[] },
): Explanation {
  const first = judged.years[0];
  const last = judged.years.at(-1)!;
  const n = judged.years.length;
  const value = quantity(subject, judged.value);
  const required = requirement(subject);
  const word = OUTCOME[judged.outcome];
  const figures = FIGURES[subject.basis];
  const missing = missingSentence(subject, judged.missing);
  const whole = last === subject.toYear;
  const which = whole
    ? { vi: `${n} năm, ${figures.vi}`, en: `${n} years, ${figures.en}` }
    : {
        vi: `${n} năm đầu của giai đoạn ${span(subject.fromYear, subject.toYear)}, ${figures.vi}`,
        en: `the first ${n} of ${span(subject.fromYear, subject.toYear)}, ${figures.en}`,
      };
  return explained({
    vi: `Tăng bình quân ${span(first, last)} (bình quân nhân ${which.vi}): ${value.vi}, yêu cầu ${required.vi}: ${word.vi}.${missing.vi}`,
    en: `Compounded average annual rate ${span(first, last)} (${which.en}): ${value.en}; required ${required.en}: ${word.en}.${missing.en}`,
  });
}

const STATUS: Record<ObservationStatus, { vi: string; en: string }> = {
  [ObservationStatus.ESTIMATE]: { vi: "ước tính", en: "estimate" },
  [ObservationStatus.PRELIMINARY]: { vi: "sơ bộ", en: "preliminary" },
  [ObservationStatus.OFFICIAL]: { vi: "chính thức", en: "official" },
};

/** The end year's figure, once the period is over. */
export function levelFinalText(
  subject: VerdictSubject,
  end: { value: number; status: ObservationStatus },
  outcome: VerdictOutcome,
): Explanation {
  const figure = quantity(subject, end.value);
  const required = requirement(subject);
  const status = STATUS[end.status];
  return explained({
    vi: `Năm ${subject.toYear}: ${figure.vi} (${status.vi}), yêu cầu ${required.vi}: ${OUTCOME[outcome].vi}.`,
    en: `${subject.toYear}: ${figure.en} (${status.en}); required ${required.en}: ${OUTCOME[outcome].en}.`,
  });
}

/** A level reached already, before its end year's figure is in. */
export function levelReachedText(
  subject: VerdictSubject,
  latest: { year: number; value: number },
  missing: readonly number[],
): Explanation {
  const figure = quantity(subject, latest.value);
  const required = requirement(subject);
  const word = OUTCOME[VerdictOutcome.ON_TRACK];
  const after = missingSentence(subject, missing);
  return explained({
    vi: `Năm ${latest.year} đã đạt ${figure.vi}, đáp ứng yêu cầu ${required.vi} cho năm ${subject.toYear}: ${word.vi}.${after.vi}`,
    en: `${latest.year} already reached ${figure.en}, which meets the requirement for ${subject.toYear} (${required.en}): ${word.en}.${after.en}`,
  });
}

/** A level projected along the straight line through its last two consecutive years. */
export function levelLineText(
  subject: VerdictSubject,
  line: { previous: { year: number; value: number }; latest: { year: number; value: number }; projected: number },
  outcome: VerdictOutcome,
  missing: readonly number[],
): Explanation {
  const previous = quantity(subject, line.previous.value);
  const latest = quantity(subject, line.latest.value);
  const projected = quantity(subject, line.projected);
  const required = requirement(subject);
  const after = missingSentence(subject, missing);
  return explained({
    vi: `Năm ${line.latest.year}: ${latest.vi}; theo đường thẳng qua năm ${line.previous.year} (${previous.vi}) và năm ${line.latest.year}, năm ${subject.toYear} sẽ là ${projected.vi}, yêu cầu ${required.vi}: ${OUTCOME[outcome].vi}.${after.vi}`,
    en: `${line.latest.year}: ${latest.en}; the straight line through ${line.previous.year} (${previous.en}) and ${line.latest.year} reaches ${projected.en} in ${subject.toYear}; required ${required.en}: ${OUTCOME[outcome].en}.${after.en}`,
  });
}

/** A level not reached, with no line to draw: the year before the latest has no figure, or the latest is the end year. */
export function levelShortText(
  subject: VerdictSubject,
  latest: { year: number; value: number },
  missing: readonly number[],
): Explanation {
  const figure = quantity(subject, latest.value);
  const required = requirement(subject);
  const word = OUTCOME[VerdictOutcome.AT_RISK];
  const of = FIGURE_OF[subject.basis];
  const noLine =
    latest.year < subject.toYear
      ? {
          vi: `; năm ${latest.year - 1} chưa có ${of.vi} để ngoại suy`,
          en: `, and ${latest.year - 1} has no ${of.en} to draw a line from`,
        }
      : { vi: "", en: "" };
  const after = missingSentence(subject, missing);
  return explained({
    vi: `Năm ${latest.year}: ${figure.vi}, chưa đáp ứng yêu cầu ${required.vi}${noLine.vi}: ${word.vi}.${after.vi}`,
    en: `${latest.year}: ${figure.en}, which does not meet the requirement for ${subject.toYear} (${required.en})${noLine.en}: ${word.en}.${after.en}`,
  });
}
