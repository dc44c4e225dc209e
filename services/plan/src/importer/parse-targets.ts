import { documentError, DocumentPlace, partPlace } from "./document-place";
import { INDICATOR_HEAD_WORDS, INDICATOR_LEXICON, IndicatorEntry } from "./indicator-lexicon";
import { ParsedTarget, PlanDocumentError, TargetMeasure } from "./plan-document";
import { decimal, writtenQuantities } from "./quantity";
import { readTargetDirection } from "./target-direction";
import { matchesAt, normaliseKey, SearchKey, sourceOf, toSearchKey } from "./text-key";

interface Span {
  start: number;
  end: number;
}

interface PhraseMatch extends Span {
  indicator: IndicatorEntry;
}

interface Quantity extends Span {
  min: number;
  max: number;
  measure: TargetMeasure;
}

type YearExpression =
  { kind: "range"; from: number; to: number } | { kind: "after"; year: number } | { kind: "by"; year: number };

interface YearSpan {
  fromYear: number;
  toYear: number;
}

/** What every sentence of the paragraph is read against. */
interface Paragraph {
  text: SearchKey;
  place: DocumentPlace;
  planHorizon: number;
  /** Periods the paragraph names ("giai đoạn 2011-2015"), which an average growth "đến năm 2015" spans. */
  namedPeriods: YearSpan[];
}

const TARGET_PARAGRAPH = normaliseKey("- Phấn đấu đạt mục tiêu");

/** Year expressions, most specific first; a later pattern never reads text an earlier one matched. */
const YEAR_PATTERNS: readonly { pattern: RegExp; read: (match: RegExpMatchArray) => YearExpression }[] = [
  {
    pattern: /giai đoạn\s*(\d{4})\s*[-–]\s*(\d{4})/gu,
    read: (match) => ({ kind: "range", from: Number(match[1]), to: Number(match[2]) }),
  },
  {
    pattern: /từ năm\s*(\d{4})\s*đến năm\s*(\d{4})/gu,
    read: (match) => ({ kind: "range", from: Number(match[1]), to: Number(match[2]) }),
  },
  { pattern: /từ sau năm\s*(\d{4})/gu, read: (match) => ({ kind: "after", year: Number(match[1]) }) },
  { pattern: /đến năm\s*(\d{4})/gu, read: (match) => ({ kind: "by", year: Number(match[1]) }) },
];

const PHRASES = INDICATOR_LEXICON.flatMap((indicator) =>
  indicator.phrases.map((phrase) => ({ key: normaliseKey(phrase), indicator })),
).sort((a, b) => b.key.length - a.key.length);

const HEAD_WORDS = INDICATOR_HEAD_WORDS.map(normaliseKey);

/**
 * Reads the numeric targets of section I from its paragraph "- Phấn đấu đạt mục tiêu …". Each
 * quantity belongs to the nearest indicator phrase before it in its sentence, and to the years its
 * clause names, or else the years of the quantity before it in the sentence; its clause's wording
 * gives the direction (readTargetDirection).
 * `firstLine` is the document line of the section's first line, for error messages.
 */
export function parseTargets(sectionText: string, planHorizon: number, firstLine = 1): ParsedTarget[] {
  const lines = sectionText.split(/\r\n|\n|\r/u);
  const index = lines.findIndex((line) => normaliseKey(line.trim()).startsWith(TARGET_PARAGRAPH));
  const line = lines[index];
  if (line === undefined) {
    throw new PlanDocumentError('section I: no paragraph starting "- Phấn đấu đạt mục tiêu"', firstLine);
  }
  const text = toSearchKey(line.trim());
  const paragraph: Paragraph = {
    text,
    place: partPlace("section I", firstLine + index),
    planHorizon,
    namedPeriods: yearExpressions(text.key).flatMap((expression) =>
      expression.kind === "range" ? [{ fromYear: expression.from, toYear: expression.to }] : [],
    ),
  };
  const targets = sentences(text.key).flatMap((sentence) => readSentence(paragraph, sentence));
  const repeated = targets.find((target, i) => targets.findIndex((other) => other.code === target.code) !== i);
  if (repeated) {
    throw documentError(
      paragraph.place,
      `the paragraph sets ${repeated.code} twice; the second time in "${repeated.sourceText}"`,
    );
  }
  return targets;
}

/** Sentences end at ";", ":" and a full stop; a colon ends the lead-in "… đề ra:". */
function sentences(key: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (let i = 0; i <= key.length; i++) {
    const char = key[i];
    const ends = i === key.length || char === ";" || char === ":" || (char === "." && (key[i + 1] ?? " ") === " ");
    if (ends) {
      spans.push({ start, end: i });
      start = i + 1;
    }
  }
  return spans;
}

function readSentence(paragraph: Paragraph, sentence: Span): ParsedTarget[] {
  const key = paragraph.text.key;
  const quantities = findQuantities(key, sentence);
  const phrases = findPhrases(key, sentence);
  const targets: ParsedTarget[] = [];
  let clauseStart = sentence.start;
  let years: YearExpression | null = null;
  for (const [i, quantity] of quantities.entries()) {
    const clause = { start: clauseStart, end: clauseEnd(key, quantity.end, quantities[i + 1]?.start ?? sentence.end) };
    clauseStart = clause.end;
    const sourceText = quoteClause(paragraph.text, clause);
    const phrase = indicatorOf(key, phrases, clause, quantity);
    if (!phrase) {
      throw documentError(paragraph.place, `no known indicator for the target in "${sourceText}"`);
    }
    if (quantity.min > quantity.max) {
      throw documentError(paragraph.place, `the band's upper bound is below its lower bound in "${sourceText}"`);
    }
    if (phrase.indicator.measure !== quantity.measure) {
      throw documentError(
        paragraph.place,
        `${phrase.indicator.code} is measured as ${phrase.indicator.measure} but "${sourceText}" gives ${quantity.measure}`,
      );
    }
    const reading = readTargetDirection(sourceText);
    if ("problem" in reading) {
      throw documentError(paragraph.place, `${reading.problem} in "${sourceText}"`);
    }
    years = clauseYears(key, clause, paragraph.place, sourceText) ?? years;
    if (!years) {
      throw documentError(paragraph.place, `no year for the target in "${sourceText}"`);
    }
    const { fromYear, toYear } = resolveYears(years, quantity.measure, paragraph, sourceText);
    const code = phrase.indicator.code;
    targets.push({
      code: fromYear === toYear ? `${code}_${fromYear}` : `${code}_${fromYear}_${toYear}`,
      indicatorCode: code,
      description: sourceOf(paragraph.text, phrase.start, phrase.end),
      measure: quantity.measure,
      fromYear,
      toYear,
      min: reading.min,
      max: reading.max,
      direction: reading.direction,
      unit: quantity.measure === "AVERAGE_ANNUAL_GROWTH" ? "%/năm" : "%",
      sourceText,
    });
  }
  return targets;
}

function findQuantities(key: string, sentence: Span): Quantity[] {
  return writtenQuantities(key.slice(sentence.start, sentence.end)).map((quantity) => {
    const min = decimal(quantity.minText);
    return {
      start: sentence.start + quantity.start,
      end: sentence.start + quantity.end,
      min,
      max: quantity.maxText === null ? min : decimal(quantity.maxText),
      measure: quantity.measure,
    };
  });
}

/** Indicator phrases of the sentence, read greedily longest-first from left to right. */
function findPhrases(key: string, sentence: Span): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  let position = sentence.start;
  while (position < sentence.end) {
    const phrase = PHRASES.find(
      (candidate) => position + candidate.key.length <= sentence.end && matchesAt(key, candidate.key, position),
    );
    if (phrase) {
      found.push({ start: position, end: position + phrase.key.length, indicator: phrase.indicator });
      position += phrase.key.length;
    } else {
      position += 1;
    }
  }
  return found;
}

/**
 * The nearest phrase before the quantity, unless the clause itself opens an indicator the lexicon
 * does not know ("tỷ lệ sản phẩm xuất khẩu …"): then null, rather than credit an earlier indicator.
 */
function indicatorOf(
  key: string,
  phrases: readonly PhraseMatch[],
  clause: Span,
  quantity: Quantity,
): PhraseMatch | null {
  const insidePhrase = (position: number): boolean =>
    phrases.some((phrase) => position >= phrase.start && position < phrase.end);
  for (let position = clause.start; position < quantity.start; position++) {
    if (!insidePhrase(position) && HEAD_WORDS.some((head) => matchesAt(key, head, position))) {
      return null;
    }
  }
  return phrases.filter((phrase) => phrase.end <= quantity.start).at(-1) ?? null;
}

/** A quantity's clause runs on past it to the next comma or "và": "… 13,5 - 14,5%/năm giai đoạn 2011-2015,". */
function clauseEnd(key: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) {
    const decimalComma = isDigit(key[i - 1]) && isDigit(key[i + 1]);
    if ((key[i] === "," && !decimalComma) || matchesAt(key, "và", i)) {
      return i;
    }
  }
  return limit;
}

function clauseYears(key: string, clause: Span, place: DocumentPlace, sourceText: string): YearExpression | null {
  const expressions = yearExpressions(key.slice(clause.start, clause.end));
  if (expressions.length > 1) {
    throw documentError(place, `more than one period for the target in "${sourceText}"`);
  }
  return expressions[0] ?? null;
}

function yearExpressions(text: string): YearExpression[] {
  const found: (Span & { expression: YearExpression })[] = [];
  for (const { pattern, read } of YEAR_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      if (!found.some((other) => start < other.end && other.start < end)) {
        found.push({ start, end, expression: read(match) });
      }
    }
  }
  return found.sort((a, b) => a.start - b.start).map((entry) => entry.expression);
}

function resolveYears(
  expression: YearExpression,
  measure: TargetMeasure,
  paragraph: Paragraph,
  sourceText: string,
): YearSpan {
  const span = resolveExpression(expression, measure, paragraph);
  if (span.toYear < span.fromYear) {
    throw documentError(
      paragraph.place,
      `the period ${span.fromYear}-${span.toYear} ends before it starts in "${sourceText}"`,
    );
  }
  return span;
}

function resolveExpression(expression: YearExpression, measure: TargetMeasure, paragraph: Paragraph): YearSpan {
  switch (expression.kind) {
    case "range":
      return { fromYear: expression.from, toYear: expression.to };
    case "after":
      // "từ sau năm 2015": the years after it, up to the plan's horizon.
      return { fromYear: expression.year + 1, toYear: paragraph.planHorizon };
    case "by": {
      // An average growth "đến năm 2015" is over the period the paragraph names that ends then.
      const period = paragraph.namedPeriods.find((named) => named.toYear === expression.year);
      return measure === "AVERAGE_ANNUAL_GROWTH" && period
        ? period
        : { fromYear: expression.year, toYear: expression.year };
    }
  }
}

/** The clause as written, without the comma or "và" that joins it to the one before. */
function quoteClause(text: SearchKey, clause: Span): string {
  const key = text.key;
  let start = clause.start;
  while (start < clause.end && (key[start] === " " || key[start] === ",")) {
    start += 1;
  }
  if (matchesAt(key, "và ", start)) {
    start += "và ".length;
  }
  return sourceOf(text, start, clause.end).trim();
}

function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= "0" && char <= "9";
}
