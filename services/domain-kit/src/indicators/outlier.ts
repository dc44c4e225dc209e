/** Fewer earlier values than this say too little about a series to flag anything. */
const MIN_HISTORY = 3;

/**
 * The min–max check DHIS2 calls outlier detection, on the series' own history: a value further
 * than half the historical range beyond its minimum or maximum (20 % of the level for a flat
 * series) is flagged, never refused. Returns the note to store, or null.
 */
export function outlierNote(value: number, history: number[]): string | null {
  if (history.length < MIN_HISTORY) return null;
  const min = Math.min(...history);
  const max = Math.max(...history);
  const margin = max > min ? (max - min) / 2 : Math.abs(max) * 0.2;
  if (value >= min - margin && value <= max + margin) return null;
  return `${value} is far outside this series' earlier values (${history.length} periods, ${round(min)}–${round(max)})`;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
