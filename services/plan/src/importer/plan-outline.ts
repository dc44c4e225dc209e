import { PlanDocumentError } from "./plan-document";
import { SourceLine } from "./table-rows";
import { normaliseKey } from "./text-key";

/** The parts of a plan document the importer reads, as lines. */
export interface PlanOutline {
  /** The heading under "KẾ HOẠCH". */
  title: SourceLine;
  /** Section I, heading included: purposes, requirements and the numeric targets. */
  sectionI: SourceLine[];
  /** Section II below its heading: the program table. */
  programTable: SourceLine[];
  /** The name under the "Nơi nhận:" list. */
  signer: SourceLine | null;
  /** Lines above the "KẾ HOẠCH" heading: "Số: …/KH-UBND", "Hải Phòng, ngày …". */
  header: SourceLine[];
  /** The appendix ("PHỤ LỤC"); null when the document has none (a plan need not name reporting units). */
  appendix: { intro: SourceLine[]; table: SourceLine[] } | null;
}

/** A top-level heading: a Roman numeral at the start of the line, "II. CÁC NHÓM CHƯƠNG TRÌNH CHỦ YẾU:". */
const HEADING = /^([IVXLC]+)\.\s/u;

export function toSourceLines(text: string): SourceLine[] {
  return text
    .normalize("NFC")
    .replace(/^\uFEFF/u, "")
    .split(/\r\n|\n|\r/u)
    .map((line, index) => ({ number: index + 1, text: line }));
}

export function outlinePlan(lines: readonly SourceLine[]): PlanOutline {
  const sectionIStart = findHeading(lines, "I", 0);
  const sectionIIStart = findHeading(lines, "II", sectionIStart);
  const sectionIIEnd = lines.findIndex((line, index) => index > sectionIIStart && HEADING.test(line.text));
  if (sectionIIEnd < 0) {
    throw new PlanDocumentError(
      'section II: no top-level heading (such as "III. TỔ CHỨC THỰC HIỆN") after the program table',
      lines[sectionIIStart]?.number,
    );
  }
  const appendixStart = findLine(lines, sectionIIEnd, (line) => normaliseKey(line.text.trim()) === "phụ lục");
  const appendixTableStart =
    appendixStart < 0 ? -1 : findLine(lines, appendixStart, (line) => line.text.startsWith("\t"));
  const title = findTitle(lines, sectionIStart);
  return {
    title,
    sectionI: lines.slice(sectionIStart, sectionIIStart),
    programTable: lines.slice(sectionIIStart + 1, sectionIIEnd),
    signer: findSigner(lines.slice(sectionIIEnd, appendixStart < 0 ? lines.length : appendixStart)),
    header: lines.slice(0, Math.max(0, findLine(lines, 0, isPlanHeading))),
    appendix:
      appendixStart < 0
        ? null
        : {
            intro: lines.slice(appendixStart + 1, appendixTableStart < 0 ? lines.length : appendixTableStart),
            table: appendixTableStart < 0 ? [] : lines.slice(appendixTableStart),
          },
  };
}

function findHeading(lines: readonly SourceLine[], numeral: string, from: number): number {
  const index = findLine(lines, from, (line) => HEADING.exec(line.text)?.[1] === numeral);
  if (index < 0) {
    throw new PlanDocumentError(`no section ${numeral} (a line starting "${numeral}. ")`);
  }
  return index;
}

function isPlanHeading(line: SourceLine): boolean {
  return normaliseKey(line.text.trim()) === "kế hoạch";
}

function findTitle(lines: readonly SourceLine[], end: number): SourceLine {
  const heading = lines.findIndex((line, index) => index < end && isPlanHeading(line));
  const title = lines.slice(heading + 1, end).find((line) => line.text.trim() !== "");
  if (heading < 0 || title === undefined) {
    throw new PlanDocumentError('no title: expected a heading line under "KẾ HOẠCH" before section I');
  }
  return { number: title.number, text: title.text.trim() };
}

/** The first line under the "Nơi nhận:" list that is not one of its "- " entries. */
function findSigner(lines: readonly SourceLine[]): SourceLine | null {
  const recipients = lines.findIndex((line) => normaliseKey(line.text.trim()).startsWith("nơi nhận"));
  if (recipients < 0) {
    return null;
  }
  const signer = lines
    .slice(recipients + 1)
    .find((line) => line.text.trim() !== "" && !line.text.trim().startsWith("-"));
  return signer === undefined ? null : { number: signer.number, text: signer.text.trim() };
}

function findLine(lines: readonly SourceLine[], from: number, predicate: (line: SourceLine) => boolean): number {
  return lines.findIndex((line, index) => index >= from && predicate(line));
}
