import {
  type Breakdown,
  breakdownKey,
  type CodeList,
  type IndicatorDefinition,
  type IndicatorReference,
  Observation,
  type ObservationPeriodType,
  ObservationStatus,
  outlierNote,
  parseObservationPeriod,
  requiredCells,
} from "@hpig/domain-kit";

import { addDays, dateBetween, officeHours } from "./sample-calendar";
import {
  behaviourIn,
  CycleBehaviour,
  FIRST_CYCLE,
  LAST_CYCLE,
  type SampleUnit,
  sampleUnit,
} from "./sample-observations-units";
import type { SampleCell, SampleFigure, SampleProfile, SampleSeries } from "./sample-profile-kit";
import { type Rng, rngFor } from "./sample-random";
import { sampleSeries } from "./sample-series";

/** A figure before its revision number and outlier flag, which depend on everything recorded before it. */
interface Draft {
  position: number;
  indicatorCode: string;
  period: string;
  periodType: ObservationPeriodType;
  periodEnd: string;
  breakdown: Breakdown;
  breakdownKey: string;
  value: number;
  status: ObservationStatus;
  source: string;
  comment: string | null;
  reporter: string;
  recordedAt: string;
  revision: number;
  outlierNote: string | null;
}

/**
 * Plausible figures for Hải Phòng 2011–2020 of every indicator that is both defined by the
 * domain (`definitions`) and listed in its copy of the plan's catalogue (`indicators`, which says
 * which unit reports it), as the units would have sent them:
 *
 * - every December of 2012–2020 each unit sends the year's estimate and the previous year's
 *   official figure (a new revision of that cell), for every required cell, the total and a few
 *   breakdown cells besides; the 2011 official figures come with the 2012 cycle;
 * - most units are on time; by the script in sample-observations-units.ts some send in January
 *   or February (late), some leave a few indicators or cells out (partial: neither that year's
 *   estimate nor, in the next cycle, its official figure comes), one skips a year;
 * - the Statistics Office also sends the IIP quarterly from the third quarter of 2012: an
 *   estimate in the quarter's last month, the official figure after it ends.
 *
 * Every row is `sample: true`, reported by "Dữ liệu mẫu — <unit>", with its revision and outlier
 * flag computed from what was recorded before it, as recordObservations would. Deterministic:
 * a unit's rows depend only on the unit and its indicators, so a domain gets exactly its share of
 * what all domains together get. Rows come in the order the database reads them back (catalogue
 * order, then period end, then recording time), so ids follow it. Nothing is dated after
 * March 2021.
 */
export function generateSampleObservations(
  definitions: readonly IndicatorDefinition[],
  indicators: readonly IndicatorReference[],
  codeLists: ReadonlyMap<string, CodeList> | readonly CodeList[],
  profile: SampleProfile,
): Observation[] {
  const lists: ReadonlyMap<string, CodeList> = isMap(codeLists)
    ? codeLists
    : new Map(codeLists.map((list) => [list.code, list]));
  const references = new Map(indicators.map((reference) => [reference.code, reference]));
  const own = definitions
    .filter((definition) => references.has(definition.code))
    .sort((a, b) => references.get(a.code)!.position - references.get(b.code)!.position || compareText(a.code, b.code));
  const series = sampleSeries(own, lists, profile);

  const units = new Map<string, IndicatorDefinition[]>();
  for (const definition of own) {
    const unit = references.get(definition.code)!.agencyCode;
    units.set(unit, [...(units.get(unit) ?? []), definition]);
  }
  const drafts: Draft[] = [];
  for (const [code, unitDefinitions] of units) {
    const unit = sampleUnit(code);
    const position = (definition: IndicatorDefinition) => references.get(definition.code)!.position;
    drafts.push(
      ...decemberCycles(unit, unitDefinitions, series, lists, position),
      ...quarterlyReports(unit, unitDefinitions, series, position),
    );
  }
  numberAndFlag(drafts);
  return drafts
    .map((draft, index) => ({ draft, index }))
    .sort(
      (a, b) =>
        a.draft.position - b.draft.position ||
        compareText(a.draft.periodEnd, b.draft.periodEnd) ||
        compareText(a.draft.recordedAt, b.draft.recordedAt) ||
        a.index - b.index,
    )
    .map(({ draft }) => toObservation(draft));
}

function isMap(lists: ReadonlyMap<string, CodeList> | readonly CodeList[]): lists is ReadonlyMap<string, CodeList> {
  return !Array.isArray(lists);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** One unit's December reports, cycle by cycle, as its script says. */
function decemberCycles(
  unit: SampleUnit,
  definitions: readonly IndicatorDefinition[],
  series: ReadonlyMap<string, SampleSeries>,
  codeLists: ReadonlyMap<string, CodeList>,
  position: (definition: IndicatorDefinition) => number,
): Draft[] {
  const drafts: Draft[] = [];
  const skipped = new Set<number>();
  const groups = omissionGroups(definitions);
  // What a partial report left out stays out: its official figure never follows in the next cycle.
  let leftOutBefore = new Set<string>();
  for (let year = FIRST_CYCLE; year <= LAST_CYCLE; year++) {
    const behaviour = behaviourIn(unit, year);
    if (behaviour === CycleBehaviour.SKIP) {
      skipped.add(year);
      leftOutBefore = new Set();
      continue;
    }
    const rng = rngFor(`OBSERVATION-UNIT:${unit.code}`, String(year), "cycle");
    const [first, last] = unit.decemberWindow;
    const date =
      behaviour === CycleBehaviour.LATE
        ? dateBetween(`${year + 1}-01-06`, `${year + 1}-02-26`, rng)
        : dateBetween(`${year}-12-${pad(first)}`, `${year}-12-${pad(last)}`, rng);
    const recordedAt = officeHours(date, rng);
    const leftOut =
      behaviour === CycleBehaviour.PARTIAL
        ? chooseOmissions(definitions, series, codeLists, groups, year, rng)
        : new Set<string>();
    for (const definition of definitions) {
      const { scale, cells } = series.get(definition.code)!;
      for (const cell of cells) {
        const group = groups(definition, cell.breakdown);
        if (leftOut.has(group)) continue;
        const base = { definition, cell, scale, unit, recordedAt, position: position(definition) };
        const previous = cell.figures.get(String(year - 1));
        if (previous && !skipped.has(year - 1) && !leftOutBefore.has(group)) {
          drafts.push(
            draft({ ...base, period: String(year - 1), figure: previous, status: ObservationStatus.OFFICIAL }),
          );
        }
        const current = cell.figures.get(String(year));
        if (current) {
          drafts.push(draft({ ...base, period: String(year), figure: current, status: ObservationStatus.ESTIMATE }));
        }
      }
    }
    leftOutBefore = leftOut;
  }
  return drafts;
}

/**
 * What a partial report leaves out together: a required cell (e.g. one park, with all four of its
 * figures) of indicators broken down as required, otherwise a whole indicator with those bound to
 * it by a cross-check (samples and samples exceeding the limits).
 */
function omissionGroups(
  definitions: readonly IndicatorDefinition[],
): (definition: IndicatorDefinition, breakdown: Breakdown) => string {
  const root = new Map<string, string>();
  const find = (code: string): string => {
    const parent = root.get(code) ?? code;
    return parent === code ? code : find(parent);
  };
  const codes = new Set(definitions.map((definition) => definition.code));
  for (const definition of definitions) {
    for (const check of definition.crossChecks ?? []) {
      if (!codes.has(check.atMost)) continue;
      const [a, b] = [find(definition.code), find(check.atMost)].sort(compareText);
      if (a !== b) root.set(b, a);
    }
  }
  return (definition, breakdown) =>
    definition.requiredBreakdown?.length ? `cell:${breakdownKey(breakdown)}` : `indicator:${find(definition.code)}`;
}

/** A few groups whose previous-year official figure is due (so the cycle is short of it), never all of them. */
function chooseOmissions(
  definitions: readonly IndicatorDefinition[],
  series: ReadonlyMap<string, SampleSeries>,
  codeLists: ReadonlyMap<string, CodeList>,
  groupOf: (definition: IndicatorDefinition, breakdown: Breakdown) => string,
  year: number,
  rng: Rng,
): Set<string> {
  const eligible: string[] = [];
  for (const definition of definitions) {
    const cells = new Map(series.get(definition.code)!.cells.map((cell) => [breakdownKey(cell.breakdown), cell]));
    for (const required of requiredCells(definition, codeLists, year)) {
      const group = groupOf(definition, required);
      if (cells.get(breakdownKey(required))?.figures.has(String(year - 1)) && !eligible.includes(group)) {
        eligible.push(group);
      }
    }
  }
  const wanted = Math.min(eligible.length - 1, eligible.length > 8 ? rng.int(2, 4) : rng.chance(0.4) ? 2 : 1);
  const chosen = new Set<string>();
  while (chosen.size < wanted) chosen.add(rng.pick(eligible));
  return chosen;
}

/** The Statistics Office's quarterly figures: the estimate late in the quarter's last month, the official one after it ends. */
function quarterlyReports(
  unit: SampleUnit,
  definitions: readonly IndicatorDefinition[],
  series: ReadonlyMap<string, SampleSeries>,
  position: (definition: IndicatorDefinition) => number,
): Draft[] {
  const drafts: Draft[] = [];
  for (const definition of definitions) {
    const { scale, cells } = series.get(definition.code)!;
    for (const cell of cells) {
      for (const [text, figure] of cell.figures) {
        const period = parseObservationPeriod(text)!;
        if (!text.includes("-Q")) continue;
        // The same draws for every indicator of the quarter: one report.
        const rng = rngFor(`OBSERVATION-UNIT:${unit.code}`, text, "quarter");
        const lastMonth = period.end.slice(0, 8);
        const estimatedAt = officeHours(dateBetween(`${lastMonth}20`, `${lastMonth}28`, rng), rng);
        const publishedAt = officeHours(addDays(period.end, rng.int(20, 45)), rng);
        const base = { definition, cell, scale, unit, position: position(definition), period: text, figure };
        drafts.push(
          draft({ ...base, recordedAt: estimatedAt, status: ObservationStatus.ESTIMATE }),
          draft({ ...base, recordedAt: publishedAt, status: ObservationStatus.OFFICIAL }),
        );
      }
    }
  }
  return drafts;
}

function draft({
  definition,
  cell,
  scale,
  unit,
  recordedAt,
  position,
  period,
  figure,
  status,
}: {
  definition: IndicatorDefinition;
  cell: SampleCell;
  scale: number;
  unit: SampleUnit;
  recordedAt: string;
  position: number;
  period: string;
  figure: SampleFigure;
  status: ObservationStatus;
}): Draft {
  const parsed = parseObservationPeriod(period)!;
  const official = status === ObservationStatus.OFFICIAL;
  return {
    position,
    indicatorCode: definition.code,
    period,
    periodType: parsed.type,
    periodEnd: parsed.end,
    breakdown: { ...cell.breakdown },
    breakdownKey: breakdownKey(cell.breakdown),
    value: (official ? figure.official : figure.estimate) / scale,
    status,
    source:
      official && unit.code === "THONGKE" && !period.includes("-")
        ? `Dữ liệu mẫu: Niên giám thống kê Hải Phòng ${period}`
        : `Dữ liệu mẫu: báo cáo của ${unit.name}`,
    comment: figure.comment,
    reporter: `Dữ liệu mẫu — ${unit.code}`,
    recordedAt,
    revision: 0,
    outlierNote: null,
  };
}

/**
 * In recording order, batch by batch (one unit's report shares one instant), as recordObservations
 * does: each figure's revision follows its cell's last one, and it is flagged against the latest
 * figures of the other periods of its series as recorded before its batch.
 */
function numberAndFlag(drafts: Draft[]): void {
  const chronological = [...drafts].sort((a, b) => compareText(a.recordedAt, b.recordedAt));
  const latest = new Map<string, Map<string, number>>();
  const revisions = new Map<string, number>();
  for (let start = 0; start < chronological.length;) {
    let end = start;
    while (end < chronological.length && chronological[end].recordedAt === chronological[start].recordedAt) end++;
    const batch = chronological.slice(start, end);
    for (const row of batch) {
      const cellKey = `${row.indicatorCode}|${row.period}|${row.breakdownKey}`;
      row.revision = (revisions.get(cellKey) ?? 0) + 1;
      revisions.set(cellKey, row.revision);
      const known = latest.get(seriesKey(row)) ?? new Map<string, number>();
      const history = [...known].filter(([period]) => period !== row.period).map(([, value]) => value);
      row.outlierNote = outlierNote(row.value, history);
    }
    for (const row of batch) {
      const known = latest.get(seriesKey(row)) ?? new Map<string, number>();
      known.set(row.period, row.value);
      latest.set(seriesKey(row), known);
    }
    start = end;
  }
}

function seriesKey(row: Draft): string {
  return `${row.indicatorCode}|${row.breakdownKey}|${row.periodType}`;
}

function toObservation(draft: Draft): Observation {
  return Object.assign(new Observation(), {
    indicatorCode: draft.indicatorCode,
    period: draft.period,
    periodType: draft.periodType,
    periodEnd: draft.periodEnd,
    breakdownKey: draft.breakdownKey,
    breakdown: draft.breakdown,
    value: draft.value,
    status: draft.status,
    source: draft.source,
    comment: draft.comment,
    reporter: draft.reporter,
    recordedAt: draft.recordedAt,
    revision: draft.revision,
    outlier: draft.outlierNote !== null,
    outlierNote: draft.outlierNote,
    sample: true,
  });
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}
