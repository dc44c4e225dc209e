import type { AgencyRecord } from "../agency/agency-catalogue";
import { Indicator } from "../indicator/indicator.entity";
import type { IndicatorRecord } from "../indicator/indicator-record";
import { type ParsedPlan, PlanDocumentError } from "./plan-document";

/**
 * The indicator table's rows from the catalogue, checked against the document: every catalogue
 * indicator is reported by a known agency that has a domain; every requirement it names is an
 * item the appendix has, of a row whose unit is that agency; every appendix item is answered by at
 * least one indicator; every target is set on a catalogue indicator. A document without an appendix
 * (no reporting requirements) owes no figures: its indicators answer no appendix item. Throws
 * PlanDocumentError naming the indicator, the appendix row and item, or the target.
 */
export function indicatorRows(
  parsed: Pick<ParsedPlan, "reportingRequirements" | "targets">,
  catalogue: readonly IndicatorRecord[],
  agencies: readonly AgencyRecord[],
): Indicator[] {
  const agencyOf = new Map(agencies.map((agency) => [agency.code, agency]));
  const rowOf = new Map(parsed.reportingRequirements.map((row) => [row.position, row]));
  const rowNumbers = describeRows(parsed.reportingRequirements.map((row) => row.position));
  const hasAppendix = parsed.reportingRequirements.length > 0;
  const seen = new Set<string>();
  const rows = catalogue.map((record, index) => {
    if (seen.has(record.code)) {
      throw new PlanDocumentError(`indicator catalogue: ${record.code} is listed twice`);
    }
    seen.add(record.code);
    const agency = agencyOf.get(record.agency);
    if (!agency) {
      throw new PlanDocumentError(
        `indicator catalogue: ${record.code} is reported by agency ${record.agency}, which the agency catalogue lacks`,
      );
    }
    if (!agency.domain) {
      throw new PlanDocumentError(
        `indicator catalogue: ${record.code} is reported by ${record.agency}, which belongs to no reporting domain; give it one in the agency catalogue`,
      );
    }
    const requirement = hasAppendix ? record.requirement : null;
    if (requirement) {
      const { position, item } = requirement;
      const row = rowOf.get(position);
      if (!row) {
        throw new PlanDocumentError(
          `indicator catalogue: ${record.code} answers appendix row ${position}, which the document does not have (its rows: ${rowNumbers})`,
        );
      }
      if (!Number.isInteger(item) || item < 0 || item >= row.items.length) {
        throw new PlanDocumentError(
          `indicator catalogue: ${record.code} answers item ${item} of appendix row ${position} (${row.unitAsWritten}), which has ${itemCount(row.items.length)} (0–${row.items.length - 1})`,
        );
      }
      if (row.agencyCode !== record.agency) {
        throw new PlanDocumentError(
          `indicator catalogue: ${record.code} is reported by ${record.agency} but answers appendix row ${position}, whose unit is ${row.agencyCode} (${row.unitAsWritten})`,
        );
      }
    }
    return Object.assign(Object.create(Indicator.prototype) as Indicator, {
      code: record.code,
      name: record.name,
      nameEn: record.nameEn,
      agencyCode: record.agency,
      requirementPosition: requirement?.position ?? null,
      requirementItemIndex: requirement?.item ?? null,
      domain: agency.domain,
      position: index + 1,
    });
  });

  for (const row of parsed.reportingRequirements) {
    row.items.forEach((text, item) => {
      const answered = catalogue.some(
        (record) => record.requirement?.position === row.position && record.requirement.item === item,
      );
      if (!answered) {
        throw new PlanDocumentError(
          `appendix row ${row.position} (${row.unitAsWritten}), item ${item}: no indicator of the catalogue answers "${text}"; add one to the indicator catalogue`,
        );
      }
    });
  }

  for (const target of parsed.targets) {
    if (!seen.has(target.indicatorCode)) {
      throw new PlanDocumentError(
        `target ${target.code}: its indicator ${target.indicatorCode} ("${target.description}") is not in the indicator catalogue`,
      );
    }
  }
  return rows;
}

/**
 * Checks the appendix units: each a known agency with a domain (its obligations are typed by it)
 * and each in one row only (an obligation is keyed by unit and year).
 */
export function checkReportingUnits(
  parsed: Pick<ParsedPlan, "reportingRequirements">,
  agencies: readonly AgencyRecord[],
): void {
  const agencyOf = new Map(agencies.map((agency) => [agency.code, agency]));
  const rowOfUnit = new Map<string, number>();
  for (const row of parsed.reportingRequirements) {
    if (!agencyOf.get(row.agencyCode)?.domain) {
      throw new PlanDocumentError(
        `appendix row ${row.position}: reporting unit ${row.agencyCode} (${row.unitAsWritten}) belongs to no reporting domain; give it one in the agency catalogue`,
      );
    }
    const earlier = rowOfUnit.get(row.agencyCode);
    if (earlier !== undefined) {
      throw new PlanDocumentError(
        `appendix row ${row.position}: reporting unit ${row.agencyCode} (${row.unitAsWritten}) already has row ${earlier}; a unit reports in one row`,
      );
    }
    rowOfUnit.set(row.agencyCode, row.position);
  }
}

function itemCount(count: number): string {
  return count === 1 ? "1 item" : `${count} items`;
}

function describeRows(positions: number[]): string {
  if (positions.length === 0) return "none";
  const sorted = [...positions].sort((a, b) => a - b);
  const contiguous = sorted.every((position, index) => index === 0 || position === sorted[index - 1] + 1);
  return contiguous ? `${sorted[0]}–${sorted.at(-1)}` : sorted.join(", ");
}
