import type { TargetMeasure } from "./plan-document";

/** "37%", "31 - 32%", "12,7-13,7%/năm" (decimal comma); "%/năm" marks an average annual growth. */
export const QUANTITY = /(?<![\d,])(\d+(?:,\d+)?)(?:\s*[-–]\s*(\d+(?:,\d+)?))?\s*%(\s*\/\s*năm)?/gu;

/** A quantity of a target's clause, with its numbers as written ("12,7"), for readers that need the digits. */
export interface WrittenQuantity {
  /** Offsets in the text it was found in. */
  start: number;
  end: number;
  minText: string;
  /** Null for a single value. */
  maxText: string | null;
  measure: TargetMeasure;
}

/** Every quantity of `text`, in order. */
export function writtenQuantities(text: string): WrittenQuantity[] {
  return [...text.matchAll(QUANTITY)].map((match) => {
    const start = match.index ?? 0;
    return {
      start,
      end: start + match[0].length,
      minText: match[1] ?? "",
      maxText: match[2] ?? null,
      measure: match[3] === undefined ? "SHARE" : "AVERAGE_ANNUAL_GROWTH",
    };
  });
}

/** "12,7" → 12.7. */
export function decimal(text: string): number {
  return Number(text.replace(",", "."));
}
