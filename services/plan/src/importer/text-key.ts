/**
 * Search keys let the importer compare spellings that differ only in letter case, spacing or
 * tone-mark placement. Each key character remembers the span of source text it came from, so a
 * match found in the key can be quoted exactly as the document wrote it.
 */
export interface SearchKey {
  /** The source text, NFC. */
  readonly source: string;
  readonly key: string;
  /** For each key character, the [start, end) span of `source` it stands for. */
  readonly spans: readonly (readonly [number, number])[];
}

const TONED: Record<string, string> = {
  a: "àáảãạ",
  e: "èéẻẽẹ",
  o: "òóỏõọ",
  u: "ùúủũụ",
  y: "ỳýỷỹỵ",
};

/**
 * In open syllables oa, oe, uy Vietnamese writes the tone mark either on the first vowel
 * ("hóa", "thủy", the older style) or on the second ("hoá", "thuỷ"); keys use the older style.
 */
const TONE_SHIFT_PAIRS: readonly (readonly [string, string])[] = [
  ["o", "a"],
  ["o", "e"],
  ["u", "y"],
];

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{M}\p{N}]/u.test(char);
}

export function toSearchKey(text: string): SearchKey {
  const source = text.normalize("NFC");
  const chars: string[] = [];
  const spans: [number, number][] = [];
  let index = 0;
  for (const char of source) {
    const end = index + char.length;
    if (/\s/u.test(char)) {
      const previous = spans.at(-1);
      if (chars.at(-1) === " " && previous !== undefined) {
        // One key space stands for the whole run of whitespace.
        previous[1] = end;
      } else {
        chars.push(" ");
        spans.push([index, end]);
      }
    } else {
      for (const lower of char.toLocaleLowerCase("vi")) {
        chars.push(lower);
        spans.push([index, end]);
      }
    }
    index = end;
  }
  unifyTonePlacement(chars);
  return { source, key: chars.join(""), spans };
}

export function normaliseKey(text: string): string {
  return toSearchKey(text).key;
}

/** Whether `candidate` (a key) occurs in `key` at `position` as whole words. */
export function matchesAt(key: string, candidate: string, position: number): boolean {
  if (candidate === "" || !key.startsWith(candidate, position)) {
    return false;
  }
  const end = position + candidate.length;
  const splitsWordBefore = isWordChar(candidate[0]) && isWordChar(key[position - 1]);
  const splitsWordAfter = isWordChar(candidate.at(-1)) && isWordChar(key[end]);
  return !splitsWordBefore && !splitsWordAfter;
}

/** The source text behind key characters [start, end). */
export function sourceOf(searchKey: SearchKey, start: number, end: number): string {
  const first = searchKey.spans[start];
  const last = searchKey.spans[end - 1];
  if (first === undefined || last === undefined || end <= start) {
    return "";
  }
  return searchKey.source.slice(first[0], last[1]);
}

function unifyTonePlacement(chars: string[]): void {
  for (let i = 0; i + 1 < chars.length; i++) {
    for (const [first, second] of TONE_SHIFT_PAIRS) {
      const tone = TONED[second].indexOf(chars[i + 1]);
      if (chars[i] === first && tone >= 0 && !isWordChar(chars[i + 2])) {
        chars[i] = TONED[first].charAt(tone);
        chars[i + 1] = second;
      }
    }
  }
}
