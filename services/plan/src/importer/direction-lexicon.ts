import type { TargetDirection } from "./plan-document";

/**
 * Words of a target's clause that say which side of its band meets it. They are looked for before
 * the quantity, outside the indicator's name, as whole words (ignoring case, spacing and tone-mark
 * placement); "…" stands for any words in between. Longer entries are matched first, so "không
 * dưới" is never read as "dưới", nor "tăng trưởng" as "tăng".
 */
export interface DirectionWord {
  words: string;
  direction: TargetDirection;
  /** The direction when the quantity is a band ("chiếm 31 - 32%"), if it differs. */
  band?: TargetDirection;
  /** "khoảng": the band judged is the number written ± half a unit of its last digit. */
  widen?: boolean;
}

/**
 * Words qualifying the number itself ("trên 30%", "khoảng 37%"). One of these says more than the
 * verb: "đạt khoảng 37%" is about 37 %, "tăng không quá 5%" at most 5 %.
 */
export const DIRECTION_QUALIFIERS: readonly DirectionWord[] = [
  { words: "trên", direction: "AT_LEAST" },
  { words: "ít nhất", direction: "AT_LEAST" },
  { words: "tối thiểu", direction: "AT_LEAST" },
  { words: "không dưới", direction: "AT_LEAST" },
  { words: "dưới", direction: "AT_MOST" },
  { words: "không quá", direction: "AT_MOST" },
  { words: "tối đa", direction: "AT_MOST" },
  { words: "khoảng", direction: "WITHIN_BAND", widen: true },
];

/**
 * Verbs: they decide when no qualifier does. "chiếm" names a structure: with a band the plan fixes
 * both bounds of it; with one value it is a level to reach, like the paragraph's "Phấn đấu đạt".
 */
export const DIRECTION_VERBS: readonly DirectionWord[] = [
  { words: "đạt", direction: "AT_LEAST" },
  { words: "tăng", direction: "AT_LEAST" },
  { words: "vượt", direction: "AT_LEAST" },
  { words: "chiếm", direction: "AT_LEAST", band: "WITHIN_BAND" },
  { words: "giảm … xuống", direction: "AT_MOST" },
];

/** A clause with none of the words above: the target paragraph opens "Phấn đấu đạt mục tiêu". */
export const PARAGRAPH_DIRECTION: TargetDirection = "AT_LEAST";

/** Phrases that contain a direction word but say no direction: "tăng trưởng" (growth), "trên địa bàn" (in the area of). */
export const NEUTRAL_PHRASES: readonly string[] = ["tăng trưởng", "trên địa bàn", "trên tổng"];

/** Words the importer cannot judge a band by: the clause is refused rather than read as a level to reach. */
export const UNREADABLE_WORDS: readonly { words: string; why: string }[] = [
  {
    words: "giảm",
    why: '"giảm" without "xuống" is a reduction by an amount, not a level the figures can be judged against',
  },
];
