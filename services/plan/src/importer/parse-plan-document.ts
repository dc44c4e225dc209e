import { AGENCY_CATALOGUE, AgencyRecord } from "../agency/agency-catalogue";
import { createAgencyMatcher } from "./agency-matcher";
import { parseAppendixTable } from "./appendix-table";
import { parseTargets } from "./parse-targets";
import { ParsedPlan } from "./plan-document";
import { outlinePlan, toSourceLines } from "./plan-outline";
import { planHorizon, readHeaderReference, readPlanReference } from "./plan-reference";
import { parseProgramTable } from "./program-table";
import { readTableRows } from "./table-rows";

/**
 * Reads a plan document in the format of Plan 3438/KH-UBND (a plain-text export of the Word
 * document): its title, section I targets, section II program table and appendix. A document
 * without an appendix names no reporting units: it takes its number and date from its header and
 * warns. Throws
 * PlanDocumentError, naming the task or part and the line, on anything it cannot read faithfully.
 * Agencies are recognised by the aliases of `catalogue`.
 */
export function parsePlanDocument(text: string, catalogue: readonly AgencyRecord[] = AGENCY_CATALOGUE): ParsedPlan {
  const outline = outlinePlan(toSourceLines(text));
  const matcher = createAgencyMatcher(catalogue);
  const program = parseProgramTable(readTableRows(outline.programTable), matcher);
  const sectionI = outline.sectionI.map((line) => line.text).join("\n");
  const horizonYear = planHorizon(outline.title);
  const { appendix } = outline;
  const warnings = [...program.warnings];
  if (!appendix) {
    warnings.push({
      where: "appendix",
      message:
        'the document has no appendix ("PHỤ LỤC"): it names no reporting units, so no unit owes figures every December; ' +
        "the indicators are kept without an appendix item",
    });
  }
  return {
    ...(appendix ? readPlanReference(appendix.intro) : readHeaderReference(outline.header)),
    title: outline.title.text,
    horizonYear,
    signedBy: outline.signer?.text ?? null,
    groups: program.groups,
    targets: parseTargets(sectionI, horizonYear, outline.sectionI[0]?.number),
    reportingRequirements: appendix ? parseAppendixTable(readTableRows(appendix.table), matcher) : [],
    warnings,
  };
}
