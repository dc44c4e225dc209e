import { AgencyMatcher } from "./agency-matcher";
import { documentError, DocumentPlace, partPlace } from "./document-place";
import { ParsedReportingRequirement, PlanDocumentError } from "./plan-document";
import { readRequiredFigures } from "./required-figures";
import { cellText, expectHeaderRow, TableCell, TableRow } from "./table-rows";

const HEADER = ["STT", "Đơn vị báo cáo", "Nội dung thông tin"];

/** Reads the appendix table: which unit sends what information every December. */
export function parseAppendixTable(rows: readonly TableRow[], matcher: AgencyMatcher): ParsedReportingRequirement[] {
  const [header, ...body] = rows;
  if (!header) {
    throw new PlanDocumentError('appendix: no table under "PHỤ LỤC"');
  }
  expectHeaderRow(header, HEADER, "appendix");
  return body.map((row, index) => readRequirementRow(row, index + 1, matcher));
}

function readRequirementRow(row: TableRow, position: number, matcher: AgencyMatcher): ParsedReportingRequirement {
  const place = partPlace(`appendix row ${position}`, row.line);
  const [numberCell, unitCell, contentCell] = row.cells;
  if (row.cells.length !== HEADER.length || !numberCell || !unitCell || !contentCell) {
    throw documentError(
      place,
      `expected ${HEADER.length} cells (number, unit, information), found ${row.cells.length}`,
    );
  }
  if (cellText(numberCell) !== String(position)) {
    throw documentError(place, `row number "${cellText(numberCell)}" where ${position} was expected`);
  }
  const unitAsWritten = cellText(unitCell);
  const unit = matcher.matchCell(unitAsWritten, place);
  const [agency] = unit.agencies;
  if (!agency || unit.agencies.length > 1 || unit.vaguePhrases.length > 0 || unit.warnings.length > 0) {
    throw documentError(place, `expected exactly one reporting unit in "${unitAsWritten}"`);
  }
  const content = cellText(contentCell);
  if (content === "") {
    throw documentError(place, "the information cell is empty");
  }
  return {
    position,
    agencyCode: agency.agencyCode,
    unitAsWritten,
    content,
    items: readItems(contentCell, place),
    requiredFigures: readRequiredFigures(content, place),
  };
}

/** The cell's "- " paragraphs without the dash, or the whole cell as one item when it has none. */
function readItems(cell: TableCell, place: DocumentPlace): string[] {
  const bullets = cell.paragraphs.filter((paragraph) => /^-\s/u.test(paragraph));
  if (bullets.length === 0) {
    return [cellText(cell)];
  }
  if (bullets.length !== cell.paragraphs.length) {
    // Splitting would leave the unbulleted text in no item.
    throw documentError(place, `the information cell mixes "- " items with other paragraphs: "${cellText(cell)}"`);
  }
  return bullets.map((bullet) => bullet.replace(/^-\s*/u, ""));
}
