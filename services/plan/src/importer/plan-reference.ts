import { PlanDocumentError } from "./plan-document";
import { SourceLine } from "./table-rows";

export interface PlanReference {
  /** "3438/KH-UBND". */
  number: string;
  /** ISO date, "2012-06-08". */
  issuedOn: string;
}

/** "Kèm theo Kế hoạch số 3438/KH-UBND ngày 08 tháng 6 năm 2012" or "… ngày 08/6/2012". */
const REFERENCE =
  /Kèm theo Kế hoạch số\s+([^\s,]+)\s+ngày\s+(?:(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})|(\d{1,2})\/(\d{1,2})\/(\d{4}))/iu;

/** The document's header, above "KẾ HOẠCH": "Số: 3438/KH-UBND" and "Hải Phòng, ngày 08 tháng 6 năm 2012". */
const HEADER_NUMBER = /^\s*Số\s*:\s*([^\s,]+)/u;
const HEADER_DATE = /ngày\s+(?:(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})|(\d{1,2})\/(\d{1,2})\/(\d{4}))/iu;

/** Reads the plan's number and date from the appendix line that cites it. */
export function readPlanReference(lines: readonly SourceLine[]): PlanReference {
  for (const line of lines) {
    const match = REFERENCE.exec(line.text);
    if (match) {
      const [, number = "", day, month, year, numericDay, numericMonth, numericYear] = match;
      return {
        number,
        issuedOn: isoDate(Number(year ?? numericYear), Number(month ?? numericMonth), Number(day ?? numericDay), line),
      };
    }
  }
  throw new PlanDocumentError(
    'appendix: no line "Kèm theo Kế hoạch số … ngày …" giving the plan number and issue date',
    lines[0]?.number,
  );
}

/**
 * Reads the plan's number and date from the document's header, as an administrative document
 * carries them ("Số: 3438/KH-UBND", "Hải Phòng, ngày 08 tháng 6 năm 2012"): where a document
 * without an appendix says them.
 */
export function readHeaderReference(lines: readonly SourceLine[]): PlanReference {
  const numberLine = lines.find((line) => HEADER_NUMBER.test(line.text));
  const dateLine = lines.find((line) => line !== numberLine && HEADER_DATE.test(line.text));
  if (!numberLine || !dateLine) {
    throw new PlanDocumentError(
      'no plan number and date: a document without an appendix ("PHỤ LỤC") gives them above "KẾ HOẠCH" ("Số: 3438/KH-UBND" and "Hải Phòng, ngày 08 tháng 6 năm 2012")',
    );
  }
  const [, day, month, year, numericDay, numericMonth, numericYear] = HEADER_DATE.exec(dateLine.text)!;
  return {
    number: HEADER_NUMBER.exec(numberLine.text)![1],
    issuedOn: isoDate(Number(year ?? numericYear), Number(month ?? numericMonth), Number(day ?? numericDay), dateLine),
  };
}

/** The last year the title names: "… ĐẾN NĂM 2015, ĐỊNH HƯỚNG ĐẾN NĂM 2020." → 2020. */
export function planHorizon(title: SourceLine): number {
  const years = [...title.text.matchAll(/năm\s+(\d{4})/giu)].map((match) => Number(match[1]));
  const horizon = years.at(-1);
  if (horizon === undefined) {
    throw new PlanDocumentError(`title: names no horizon year ("… ĐẾN NĂM 2020") in "${title.text}"`, title.number);
  }
  return horizon;
}

function isoDate(year: number, month: number, day: number, line: SourceLine): string {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new PlanDocumentError(`the plan's issue date ${day}/${month}/${year} is not a calendar date`, line.number);
  }
  return date.toISOString().slice(0, 10);
}
