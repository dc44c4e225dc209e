/**
 * The app's reading of an indicator's series: the total's figures by period (the latest revision
 * of each, and the earlier ones apart), and a breakdown's latest figures pivoted by period.
 */
export interface Figure {
  period: string;
  periodType: string;
  value: number;
  status: "ESTIMATE" | "PRELIMINARY" | "OFFICIAL";
  revision: number;
  recordedAt: string;
  breakdown: ReadonlyArray<{ dimension: string; code: string; name: string }>;
}

const isTotal = (figure: Figure) => figure.breakdown.length === 0;

/** The period type drawn: years when there are any, else the first type the series has. */
export function chartedPeriodType(series: readonly Figure[]): string | null {
  const totals = series.filter(isTotal);
  if (totals.some((figure) => figure.periodType === "YEAR")) return "YEAR";
  return totals[0]?.periodType ?? null;
}

/** The totals of one period type: the latest revision of each period, and every earlier revision. */
export function totalsByPeriod(series: readonly Figure[], periodType: string): { latest: Figure[]; earlier: Figure[] } {
  const totals = series.filter((figure) => isTotal(figure) && figure.periodType === periodType);
  const latestOf = new Map<string, Figure>();
  for (const figure of totals) {
    const seen = latestOf.get(figure.period);
    if (!seen || figure.revision > seen.revision) latestOf.set(figure.period, figure);
  }
  const latest = [...latestOf.values()].sort((a, b) => a.period.localeCompare(b.period));
  const earlier = totals.filter((figure) => latestOf.get(figure.period) !== figure);
  return { latest, earlier };
}

/** A breakdown's cells (rows, in first-seen order) by period (columns), each the latest revision's value. */
export function pivotBreakdown(
  series: readonly Figure[],
  dimension: string,
): { periods: string[]; rows: Array<{ code: string; name: string; values: Map<string, number> }> } {
  const cells = series.filter((figure) => figure.breakdown.length === 1 && figure.breakdown[0].dimension === dimension);
  const latest = new Map<string, Figure>();
  for (const figure of cells) {
    const key = `${figure.period}|${figure.breakdown[0].code}`;
    const seen = latest.get(key);
    if (!seen || figure.revision > seen.revision) latest.set(key, figure);
  }
  const periods = [...new Set([...latest.values()].map((figure) => figure.period))].sort();
  const rows = new Map<string, { code: string; name: string; values: Map<string, number> }>();
  for (const figure of latest.values()) {
    const { code, name } = figure.breakdown[0];
    if (!rows.has(code)) rows.set(code, { code, name, values: new Map() });
    rows.get(code)!.values.set(figure.period, figure.value);
  }
  return { periods, rows: [...rows.values()].sort((a, b) => a.code.localeCompare(b.code)) };
}
