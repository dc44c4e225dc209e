import { AgencyMatcher } from "./agency-matcher";
import { documentError, partPlace } from "./document-place";
import { ImportWarning, ParsedGroup, PlanDocumentError } from "./plan-document";
import { romanNumeralValue } from "./roman-numeral";
import { cellText, expectHeaderRow, TableRow } from "./table-rows";
import { readTaskRow } from "./task-row";

export interface ProgramTable {
  groups: ParsedGroup[];
  warnings: ImportWarning[];
}

const HEADER = ["TT", "NỘI DUNG CHƯƠNG TRÌNH", "CƠ QUAN CHỦ TRÌ", "CƠ QUAN PHỐI HỢP", "THỜI GIAN THỰC HIỆN"];

/** Reads the section II table: a header row, then group rows (I, II, …) each followed by its task rows (1, 2, …). */
export function parseProgramTable(rows: readonly TableRow[], matcher: AgencyMatcher): ProgramTable {
  const [header, ...body] = rows;
  if (!header) {
    throw new PlanDocumentError("section II: no program table");
  }
  expectHeaderRow(header, HEADER, "section II");
  const groups: ParsedGroup[] = [];
  const warnings: ImportWarning[] = [];
  let groupLine = header.line;
  for (const row of body) {
    const first = row.cells[0] ? cellText(row.cells[0]) : "";
    const current = groups.at(-1);
    if (romanNumeralValue(first) !== null) {
      if (current) {
        expectTasks(current, groupLine);
      }
      groups.push(readGroupRow(row, first, groups.length + 1));
      groupLine = row.line;
    } else if (/^\d+$/u.test(first)) {
      if (!current) {
        throw documentError(partPlace("section II", row.line), `task ${first} comes before any group`);
      }
      const expected = current.tasks.length + 1;
      if (Number(first) !== expected) {
        throw documentError(
          partPlace(`group ${current.code}`, row.line),
          `task number ${first} where ${expected} was expected; numbers must run 1, 2, 3, … in each group`,
        );
      }
      const { task, warnings: taskWarnings } = readTaskRow(row, current.code, expected, matcher);
      current.tasks.push(task);
      warnings.push(...taskWarnings);
    } else {
      throw documentError(
        partPlace("section II", row.line),
        `row "${first}" is neither a group (I, II, …) nor a task (1, 2, …)`,
      );
    }
  }
  const last = groups.at(-1);
  if (!last) {
    throw documentError(partPlace("section II", header.line), "the table has no program groups");
  }
  expectTasks(last, groupLine);
  return { groups, warnings };
}

/** A group row: its numeral, then its title, which merged cells may repeat (groups IV–IX print it four times). */
function readGroupRow(row: TableRow, numeral: string, expectedNumber: number): ParsedGroup {
  const place = partPlace(`group ${numeral}`, row.line);
  const number = romanNumeralValue(numeral);
  if (number !== expectedNumber) {
    throw documentError(place, `group ${numeral} where group number ${expectedNumber} was expected`);
  }
  const [title, ...repeats] = row.cells.slice(1).map(cellText);
  if (title === undefined || title === "") {
    throw documentError(place, "the group row has no title");
  }
  const differing = repeats.find((repeat) => repeat !== title);
  if (differing !== undefined) {
    throw documentError(place, `the title's repeat "${differing}" differs from "${title}"`);
  }
  return { code: numeral, number, title, tasks: [] };
}

/** `line` is the group row's. */
function expectTasks(group: ParsedGroup, line: number): void {
  if (group.tasks.length === 0) {
    throw documentError(partPlace(`group ${group.code}`, line), "the group has no tasks");
  }
}
