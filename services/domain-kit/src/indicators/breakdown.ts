/** A value's breakdown: dimension code → code-list code; empty for the indicator's total. */
export type Breakdown = Record<string, string>;

/**
 * The canonical form of a breakdown, the same whatever order it was given in: "ORIGIN=FOREIGN;VSIC2=24",
 * "" for the total. It identifies a cell together with the indicator and period.
 */
export function breakdownKey(breakdown: Breakdown): string {
  return Object.keys(breakdown)
    .sort()
    .map((dimension) => `${dimension}=${breakdown[dimension]}`)
    .join(";");
}

/** Whether `breakdown` has every code `filter` asks for (dimensions the filter leaves out match anything). */
export function matchesBreakdown(breakdown: Breakdown, filter: Breakdown): boolean {
  return Object.entries(filter).every(([dimension, code]) => breakdown[dimension] === code);
}
