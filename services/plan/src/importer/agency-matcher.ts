import { AGENCY_CATALOGUE, AgencyRecord } from "../agency/agency-catalogue";
import { documentError, DocumentPlace } from "./document-place";
import { ImportWarning } from "./plan-document";
import { matchesAt, normaliseKey, sourceOf, toSearchKey } from "./text-key";

/** One agency found in a cell, with the text that named it. */
export interface AgencyMention {
  agencyCode: string;
  asWritten: string;
}

export interface AgencyCellMatch {
  /** In the order written; a repeated agency is kept once, at its first mention. */
  agencies: AgencyMention[];
  /** Phrases such as "và các đơn vị liên quan" that point at no particular agency, as written. */
  vaguePhrases: string[];
  warnings: ImportWarning[];
}

export interface AgencyMatcher {
  /** Reads every agency a lead or coordination cell names; fails on any text it cannot account for. */
  matchCell(cell: string, place: DocumentPlace): AgencyCellMatch;
}

/** Punctuation, "-" bullets and the word "và" that join agencies in a list. Spaces and line breaks are keyed as " ". */
const SEPARATORS = [",", ";", ":", "-", " ", "và"];
/** Words that introduce a list of agencies without naming one: "Các Sở: TC, XD", "Sở CT". */
const LIST_INTRODUCERS = ["Các Sở, Ngành", "Các Sở", "Sở", "Ngành"];
/** Phrases that name no agency; they stay in the coordination note only. */
const VAGUE_PHRASES = ["các đơn vị liên quan", "các Sở, Ngành liên quan", "các Sở, Ngành, đơn vị liên quan"].flatMap(
  (phrase) => [phrase, `và ${phrase}`],
);
/** Separators that may end an unknown name; the error quotes the name up to the next of these. */
const LIST_PUNCTUATION = [",", ";", ":"];

type Lexeme =
  | { kind: "agency"; key: string; agencyCode: string }
  | { kind: "separator"; key: string }
  | { kind: "introducer"; key: string }
  | { kind: "vague"; key: string };

export function createAgencyMatcher(catalogue: readonly AgencyRecord[] = AGENCY_CATALOGUE): AgencyMatcher {
  const lexicon = buildLexicon(catalogue);
  return { matchCell: (cell, place) => matchCell(lexicon, cell, place) };
}

function buildLexicon(catalogue: readonly AgencyRecord[]): Lexeme[] {
  const byKey = new Map<string, Lexeme>();
  const add = (lexeme: Lexeme, asWritten: string): void => {
    const existing = byKey.get(lexeme.key);
    // Two meanings for one spelling would make the matcher's answer depend on catalogue order.
    if (
      existing &&
      !(existing.kind === "agency" && lexeme.kind === "agency" && existing.agencyCode === lexeme.agencyCode)
    ) {
      throw new Error(`agency catalogue: "${asWritten}" is ambiguous (${describe(existing)} and ${describe(lexeme)})`);
    }
    byKey.set(lexeme.key, lexeme);
  };
  SEPARATORS.forEach((text) => add({ kind: "separator", key: normaliseKey(text) }, text));
  LIST_INTRODUCERS.forEach((text) => add({ kind: "introducer", key: normaliseKey(text) }, text));
  VAGUE_PHRASES.forEach((text) => add({ kind: "vague", key: normaliseKey(text) }, text));
  for (const agency of catalogue) {
    for (const alias of agency.aliases) {
      add({ kind: "agency", key: normaliseKey(alias), agencyCode: agency.code }, alias);
    }
  }
  // Longest first, so the first lexeme that fits is the greedy longest match.
  return [...byKey.values()].sort((a, b) => b.key.length - a.key.length);
}

function describe(lexeme: Lexeme): string {
  return lexeme.kind === "agency" ? `agency ${lexeme.agencyCode}` : `a ${lexeme.kind}`;
}

function matchCell(lexicon: readonly Lexeme[], cell: string, place: DocumentPlace): AgencyCellMatch {
  const searchKey = toSearchKey(cell);
  const result: AgencyCellMatch = { agencies: [], vaguePhrases: [], warnings: [] };
  let position = 0;
  // Where the name being read started: introducers and spaces belong to it ("Sở Foo").
  let nameStart = 0;
  while (position < searchKey.key.length) {
    const lexeme = lexicon.find((candidate) => matchesAt(searchKey.key, candidate.key, position));
    if (!lexeme) {
      const unknown = sourceOf(searchKey, nameStart, endOfName(searchKey.key, position)).trim();
      throw documentError(place, `cannot map agency "${unknown}" in "${cell}"`);
    }
    const end = position + lexeme.key.length;
    const asWritten = sourceOf(searchKey, position, end);
    if (lexeme.kind === "agency") {
      addAgency(result, { agencyCode: lexeme.agencyCode, asWritten }, place);
    } else if (lexeme.kind === "vague") {
      result.vaguePhrases.push(asWritten);
    }
    if (lexeme.kind !== "introducer" && lexeme.key !== " ") {
      nameStart = end;
    }
    position = end;
  }
  return result;
}

function addAgency(result: AgencyCellMatch, mention: AgencyMention, place: DocumentPlace): void {
  const first = result.agencies.find((agency) => agency.agencyCode === mention.agencyCode);
  if (!first) {
    result.agencies.push(mention);
    return;
  }
  result.warnings.push({
    where: place.where,
    message: `${mention.agencyCode} is named twice in one cell ("${first.asWritten}", "${mention.asWritten}"); kept the first`,
  });
}

function endOfName(key: string, from: number): number {
  for (let i = from; i < key.length; i++) {
    if (LIST_PUNCTUATION.includes(key.charAt(i))) {
      return i;
    }
  }
  return key.length;
}
