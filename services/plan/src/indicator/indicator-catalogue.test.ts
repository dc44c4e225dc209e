import { readFileSync } from "node:fs";
import { join } from "node:path";

import { AGENCY_CATALOGUE } from "../agency/agency-catalogue";
import { INDICATOR_LEXICON } from "../importer/indicator-lexicon";
import { parsePlanDocument } from "../importer/parse-plan-document";
import { INDICATOR_CATALOGUE } from "./indicator-catalogue";

const documentPath = join(__dirname, "..", "..", "data", "ke-hoach-3438-KH-UBND-2012.txt");
const plan = parsePlanDocument(readFileSync(documentPath, "utf8"));

const TARGET_INDICATOR_CODES = [
  "INDUSTRY_CONSTRUCTION_GDP_SHARE",
  "INDUSTRY_GDP_SHARE",
  "INDUSTRY_CONSTRUCTION_GDP_GROWTH",
  "IIP_GROWTH",
  "HIGH_TECH_OUTPUT_SHARE",
  "MANUFACTURING_OUTPUT_SHARE",
];

function answering(position: number, item: number) {
  return INDICATOR_CATALOGUE.filter(
    (indicator) => indicator.requirement?.position === position && indicator.requirement.item === item,
  );
}

describe("INDICATOR_CATALOGUE against Plan 3438/KH-UBND", () => {
  it("reads the appendix's nine reporting units", () => {
    expect(plan.reportingRequirements.map((requirement) => requirement.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  describe.each(plan.reportingRequirements.map((requirement) => [requirement.position, requirement] as const))(
    "appendix row %i",
    (position, requirement) => {
      it.each(requirement.items.map((text, item) => [item, text] as const))(
        "answers item %i with at least one indicator: %s",
        (item) => {
          expect(answering(position, item).length).toBeGreaterThan(0);
        },
      );

      it(`is reported by its unit (${requirement.agencyCode})`, () => {
        const indicators = INDICATOR_CATALOGUE.filter((indicator) => indicator.requirement?.position === position);
        expect(indicators.length).toBeGreaterThan(0);
        for (const indicator of indicators) {
          expect({ code: indicator.code, agency: indicator.agency }).toEqual({
            code: indicator.code,
            agency: requirement.agencyCode,
          });
        }
      });
    },
  );

  it("points only at appendix items that exist", () => {
    for (const indicator of INDICATOR_CATALOGUE) {
      if (!indicator.requirement) continue;
      const row = plan.reportingRequirements.find(
        (requirement) => requirement.position === indicator.requirement?.position,
      );
      expect({ code: indicator.code, found: row !== undefined }).toEqual({ code: indicator.code, found: true });
      expect(indicator.requirement.item).toBeGreaterThanOrEqual(0);
      expect(indicator.requirement.item).toBeLessThan(row?.items.length ?? 0);
    }
  });

  it("gives Cục Thống kê's one item one indicator per quantity it lists", () => {
    expect(answering(1, 0).map((indicator) => indicator.code)).toEqual([
      "IIP",
      "NET_REVENUE",
      "CAPITAL",
      "FIXED_ASSETS_LONG_TERM_INVESTMENT",
      "BUDGET_CONTRIBUTIONS",
      "AVERAGE_WORKERS",
      "AVERAGE_INCOME",
    ]);
  });

  it("has unique UPPER_SNAKE codes that fit the indicator table's key", () => {
    const codes = INDICATOR_CATALOGUE.map((indicator) => indicator.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) {
      expect(code).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/);
      expect(code.length).toBeLessThanOrEqual(64);
    }
  });

  it("names every indicator in Vietnamese and English", () => {
    for (const indicator of INDICATOR_CATALOGUE) {
      expect(indicator.name.trim()).not.toBe("");
      expect(indicator.nameEn.trim()).not.toBe("");
    }
  });

  it("has the six section I target quantities, with no appendix item, from the Statistics Office", () => {
    for (const code of TARGET_INDICATOR_CODES) {
      expect(INDICATOR_CATALOGUE.find((indicator) => indicator.code === code)).toMatchObject({
        code,
        agency: "THONGKE",
        requirement: null,
      });
    }
  });

  it("has an indicator for every target the document sets, and no other indicator without an appendix item", () => {
    const lexiconCodes = INDICATOR_LEXICON.map((entry) => entry.code).sort();
    expect([...TARGET_INDICATOR_CODES].sort()).toEqual(lexiconCodes);
    const catalogueCodes = new Set(INDICATOR_CATALOGUE.map((indicator) => indicator.code));
    for (const target of plan.targets) {
      expect(catalogueCodes.has(target.indicatorCode)).toBe(true);
    }
    const withoutRequirement = INDICATOR_CATALOGUE.filter((indicator) => indicator.requirement === null);
    expect(withoutRequirement.map((indicator) => indicator.code).sort()).toEqual(lexiconCodes);
  });

  it("has for every indicator an agency with a reporting domain", () => {
    for (const indicator of INDICATOR_CATALOGUE) {
      const agency = AGENCY_CATALOGUE.find((candidate) => candidate.code === indicator.agency);
      expect({ code: indicator.code, domain: agency?.domain ?? null }).toEqual({
        code: indicator.code,
        domain: expect.any(String),
      });
    }
  });
});
