import {
  type Breakdown,
  breakdownKey,
  type CodeList,
  type IndicatorDefinition,
  requiredCells,
  ValueType,
} from "@hpig/domain-kit";

import {
  cell,
  compound,
  FIRST_YEAR,
  type SampleCell,
  type SampleContext,
  type SampleProfile,
  type SampleSeries,
  settle,
  yearly,
  YEARS,
} from "./sample-profile-kit";
import { rngFor } from "./sample-random";

// Any other indicator a domain defines

/** A level, a 2012 dip and steady growth, for an indicator the sample has no profile for. */
function genericSeries(
  definition: IndicatorDefinition,
  context: SampleContext,
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
  profile: SampleProfile,
): Map<string, SampleSeries> {
  const cache = new Map<string, SampleSeries>();
  const context: SampleContext = {
    codeLists,
    rng: (code, cellName, purpose) => rngFor(`OBSERVATION:${code}`, cellName || "TOTAL", purpose),
    series(code) {
      let series = cache.get(code);
      if (!series) {
        const builder = profile[code];
        if (!builder) throw new Error(`no sample profile for ${code}`);
        series = builder(context, code);
        cache.set(code, series);
      }
      return series;
    },
  };
  const result = new Map<string, SampleSeries>();
  for (const definition of definitions) {
    const known = profile[definition.code] ? context.series(definition.code) : null;
    result.set(definition.code, fit(definition, known, context));
  }
  return result;
}

function fit(definition: IndicatorDefinition, known: SampleSeries | null, context: SampleContext): SampleSeries {
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
