import {
  DIRECTION_QUALIFIERS,
  DIRECTION_VERBS,
  type DirectionWord,
  NEUTRAL_PHRASES,
  PARAGRAPH_DIRECTION,
  UNREADABLE_WORDS,
} from "./direction-lexicon";
import { INDICATOR_LEXICON } from "./indicator-lexicon";
import type { TargetDirection } from "./plan-document";
import { decimal, writtenQuantities, type WrittenQuantity } from "./quantity";
import { matchesAt, normaliseKey, type SearchKey, sourceOf, toSearchKey } from "./text-key";

/** What a clause's wording says of its target: the direction, and the band to judge it by. */
export interface DirectionReading {
  direction: TargetDirection;
  min: number;
  max: number;
}

/** A clause the importer cannot read a direction from; `problem` says why (without quoting the clause). */
export interface DirectionProblem {
  problem: string;
}

type Kind = "qualifier" | "verb" | "neutral" | "unreadable";

interface Pattern {
  kind: Kind;
  /** Keys of the words, in order; more than one where the lexicon writes "…". */
  parts: string[];
  word?: DirectionWord;
  why?: string;
}

interface Found {
  pattern: Pattern;
  /** The words as the clause writes them, "giảm … xuống" for a split entry. */
  asWritten: string;
}

const patternOf = (kind: Kind, words: string, extra: Partial<Pattern> = {}): Pattern => ({
  kind,
  parts: words.split("…").map((part) => normaliseKey(part.trim())),
  ...extra,
});

/** Longest first, so "không dưới" is taken before "dưới" and "giảm … xuống" before "giảm". */
const PATTERNS: readonly Pattern[] = [
  ...DIRECTION_QUALIFIERS.map((word) => patternOf("qualifier", word.words, { word })),
  ...DIRECTION_VERBS.map((word) => patternOf("verb", word.words, { word })),
  ...NEUTRAL_PHRASES.map((words) => patternOf("neutral", words)),
  ...UNREADABLE_WORDS.map(({ words, why }) => patternOf("unreadable", words, { why })),
].sort((a, b) => b.parts.join("").length - a.parts.join("").length);

const INDICATOR_PHRASES = INDICATOR_LEXICON.flatMap((indicator) => indicator.phrases.map(normaliseKey));

/** The registry keeps bands to 3 decimals; "khoảng" adds one to the digits written. */
const MOST_DECIMALS_WIDENED = 2;

/**
 * Reads a target's direction from its clause as written (the target's sourceText): the words
 * before its quantity, outside the indicator's name. A word qualifying the number ("trên",
 * "khoảng", …) decides; else a verb ("đạt", "tăng", "chiếm", …); else the paragraph's "Phấn đấu
 * đạt" (AT_LEAST). Two words of the same kind that disagree, or a word the importer cannot judge a
 * band by, make a problem. "khoảng" widens the band by half a unit of the last digit written.
 * Pure: the importer and the migration that filled the column for existing rows both use it.
 */
export function readTargetDirection(clause: string): DirectionReading | DirectionProblem {
  const text = toSearchKey(clause);
  const quantity = writtenQuantities(text.key)[0];
  if (!quantity) return { problem: "no quantity to read a direction for" };
  const found = directionWords(text, quantity.start);
  const unreadable = found.find((entry) => entry.pattern.kind === "unreadable");
  if (unreadable) return { problem: unreadable.pattern.why ?? `"${unreadable.asWritten}" gives no direction` };
  const isBand = quantity.maxText !== null;
  const directionOf = (entry: Found): TargetDirection =>
    (isBand ? entry.pattern.word?.band : undefined) ?? entry.pattern.word!.direction;
  let deciding: Found | undefined;
  for (const kind of ["qualifier", "verb"] as const) {
    const words = found.filter((entry) => entry.pattern.kind === kind);
    const other = words.find((entry) => directionOf(entry) !== directionOf(words[0]));
    if (other) {
      return {
        problem: `its words contradict each other: "${words[0].asWritten}" says ${directionOf(words[0])}, "${other.asWritten}" says ${directionOf(other)}`,
      };
    }
    deciding ??= words[0];
  }
  const direction = deciding ? directionOf(deciding) : PARAGRAPH_DIRECTION;
  return deciding?.pattern.word?.widen ? widenedReading(quantity, direction) : writtenReading(quantity, direction);
}

/** The direction words before `end`, each span read once, indicator names left out. */
function directionWords(text: SearchKey, end: number): Found[] {
  const key = text.key.slice(0, end);
  const taken = new Array<boolean>(key.length).fill(false);
  const isFree = (start: number, length: number) => !taken.slice(start, start + length).some(Boolean);
  const take = (start: number, length: number) => taken.fill(true, start, start + length);
  for (const phrase of INDICATOR_PHRASES) {
    for (let at = key.indexOf(phrase); at >= 0; at = key.indexOf(phrase, at + 1)) {
      if (matchesAt(key, phrase, at)) take(at, phrase.length);
    }
  }
  const found: Found[] = [];
  for (let position = 0; position < key.length; position++) {
    if (taken[position]) continue;
    for (const pattern of PATTERNS) {
      const spans = matchPattern(key, pattern, position, isFree);
      if (!spans) continue;
      for (const [start, length] of spans) take(start, length);
      found.push({
        pattern,
        asWritten: spans.map(([start, length]) => sourceOf(text, start, start + length)).join(" … "),
      });
      break;
    }
  }
  return found;
}

/** The spans of the pattern's parts, the first at `position` and each later one after the one before; null if any is missing. */
function matchPattern(
  key: string,
  pattern: Pattern,
  position: number,
  isFree: (start: number, length: number) => boolean,
): Array<[number, number]> | null {
  const [first, ...rest] = pattern.parts;
  if (!first || !matchesAt(key, first, position) || !isFree(position, first.length)) return null;
  const spans: Array<[number, number]> = [[position, first.length]];
  let from = position + first.length;
  for (const part of rest) {
    let at = key.indexOf(part, from);
    while (at >= 0 && !(matchesAt(key, part, at) && isFree(at, part.length))) at = key.indexOf(part, at + 1);
    if (at < 0) return null;
    spans.push([at, part.length]);
    from = at + part.length;
  }
  return spans;
}

function writtenReading(quantity: WrittenQuantity, direction: TargetDirection): DirectionReading {
  const min = decimal(quantity.minText);
  return { direction, min, max: quantity.maxText === null ? min : decimal(quantity.maxText) };
}

/** "khoảng 37%" → 36.5–37.5, "khoảng 12,7%" → 12.65–12.75: half a unit of the last digit written, each side. */
function widenedReading(quantity: WrittenQuantity, direction: TargetDirection): DirectionReading | DirectionProblem {
  const maxText = quantity.maxText ?? quantity.minText;
  for (const written of [quantity.minText, maxText]) {
    if (decimalsOf(written) > MOST_DECIMALS_WIDENED) {
      return {
        problem: `"khoảng" ${written} cannot be widened by half a unit of its last digit within the registry's 3 decimals`,
      };
    }
  }
  return { direction, min: widen(quantity.minText, -1), max: widen(maxText, 1) };
}

function widen(written: string, side: -1 | 1): number {
  // In whole units of a tenth of the last digit, so 12.7 − 0.05 is 12.65 and not 12.649999….
  const scale = 10 ** (decimalsOf(written) + 1);
  return (Math.round(decimal(written) * scale) + side * 5) / scale;
}

function decimalsOf(written: string): number {
  return written.split(",")[1]?.length ?? 0;
}
