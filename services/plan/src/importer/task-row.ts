import { AgencyMatcher, AgencyMention } from "./agency-matcher";
import { documentError, DocumentPlace, taskPlace } from "./document-place";
import { parsePeriod } from "./period";
import { ImportWarning, ParsedAssignment, ParsedTask } from "./plan-document";
import { cellText, TableCell, TableRow } from "./table-rows";

export interface TaskRowResult {
  task: ParsedTask;
  warnings: ImportWarning[];
}

const TASK_CELLS = ["number", "content", "lead", "coordination", "period"];

/** Reads a task row of the program table: number, content, lead, coordination, period. */
export function readTaskRow(row: TableRow, groupCode: string, number: number, matcher: AgencyMatcher): TaskRowResult {
  const code = `${groupCode}.${number}`;
  const place = taskPlace(code, row.line);
  const [, contentCell, leadCell, coordinationCell, periodCell] = row.cells;
  if (row.cells.length !== TASK_CELLS.length || !contentCell || !leadCell || !coordinationCell || !periodCell) {
    throw documentError(
      place,
      `expected ${TASK_CELLS.length} cells (${TASK_CELLS.join(", ")}), found ${row.cells.length}`,
    );
  }
  const title = cellText(contentCell);
  if (title === "") {
    throw documentError(place, "the content cell is empty");
  }
  const warnings: ImportWarning[] = [];
  const leads = readLeads(contentCell, leadCell, place, matcher, warnings);
  const coordinationNote = cellText(coordinationCell);
  const coordination = matcher.matchCell(coordinationNote, place);
  warnings.push(...coordination.warnings);
  const coordinators = coordination.agencies.map((mention) => assignment(mention, "COORDINATING", null));
  warnings.push(...leadsAlsoCoordinating(leads, coordinators, place));
  const periodText = cellText(periodCell);
  const task: ParsedTask = {
    code,
    number,
    title,
    leadText: cellText(leadCell),
    leads,
    coordinators,
    coordinationNote,
    periodText,
    ...parsePeriod(periodText, place),
    line: row.line,
  };
  return { task, warnings };
}

/**
 * A lead cell with one "- " bullet per "- " sub-item of the content (task III.2) assigns each
 * sub-item to its own lead; otherwise every lead answers for the whole task.
 */
function readLeads(
  contentCell: TableCell,
  leadCell: TableCell,
  place: DocumentPlace,
  matcher: AgencyMatcher,
  warnings: ImportWarning[],
): ParsedAssignment[] {
  const leads =
    scopedLeads(contentCell, leadCell, place, matcher, warnings) ??
    matchLeads(cellText(leadCell), null, place, matcher, warnings);
  if (leads.length === 0) {
    throw documentError(place, `no lead agency in "${cellText(leadCell)}"`);
  }
  return leads;
}

/** Pairs bulleted leads with the content's bulleted sub-items, or null when the cell is not written that way. */
function scopedLeads(
  contentCell: TableCell,
  leadCell: TableCell,
  place: DocumentPlace,
  matcher: AgencyMatcher,
  warnings: ImportWarning[],
): ParsedAssignment[] | null {
  const leadBullets = leadCell.paragraphs.filter(isBullet);
  if (leadBullets.length < 2 || leadBullets.length !== leadCell.paragraphs.length) {
    return null;
  }
  const subItems = contentCell.paragraphs.filter(isBullet);
  if (subItems.length !== leadBullets.length) {
    warnings.push({
      where: place.where,
      message: `${leadBullets.length} bulleted leads but ${subItems.length} bulleted sub-items; each lead is taken for the whole task`,
    });
    return null;
  }
  return leadBullets.flatMap((bullet, i) =>
    matchLeads(bullet, subItemScope(subItems[i] ?? ""), place, matcher, warnings),
  );
}

function matchLeads(
  text: string,
  scope: string | null,
  place: DocumentPlace,
  matcher: AgencyMatcher,
  warnings: ImportWarning[],
): ParsedAssignment[] {
  const match = matcher.matchCell(text, place);
  warnings.push(...match.warnings);
  return match.agencies.map((mention) => assignment(mention, "LEAD", scope));
}

function leadsAlsoCoordinating(
  leads: readonly ParsedAssignment[],
  coordinators: readonly ParsedAssignment[],
  place: DocumentPlace,
): ImportWarning[] {
  return coordinators.flatMap((coordinator) => {
    const lead = leads.find((candidate) => candidate.agencyCode === coordinator.agencyCode);
    return lead
      ? [
          {
            where: place.where,
            message: `${lead.agencyCode} is both lead ("${lead.asWritten}") and coordinating ("${coordinator.asWritten}"); kept both as written`,
          },
        ]
      : [];
  });
}

function assignment(mention: AgencyMention, role: ParsedAssignment["role"], scope: string | null): ParsedAssignment {
  return { agencyCode: mention.agencyCode, role, asWritten: mention.asWritten, scope };
}

function isBullet(paragraph: string): boolean {
  return /^-\s/u.test(paragraph);
}

/** "- Phát triển các cụm công nghiệp;" → "Phát triển các cụm công nghiệp". */
function subItemScope(subItem: string): string {
  return subItem.replace(/^-\s*/u, "").replace(/;\s*$/u, "").trim();
}
