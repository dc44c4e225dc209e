// Across packages, so here in the integration package: plan never depends on the domain services,
// and this checks that their definitions and the plan's catalogue agree.
import { agricultureIndicators } from "@hpig/agriculture/indicators";
import { CODE_LISTS, type IndicatorDefinition } from "@hpig/domain-kit";
import { environmentIndicators } from "@hpig/environment/indicators";
import { industryIndicators } from "@hpig/industry/indicators";
import { investmentIndicators } from "@hpig/investment/indicators";
import { labourIndicators } from "@hpig/labour/indicators";
import { AGENCY_CATALOGUE } from "@hpig/plan/agency/agency-catalogue";
import { Domain } from "@hpig/plan/domain/domain";
import { INDICATOR_CATALOGUE } from "@hpig/plan/indicator/indicator-catalogue";
import { scienceIndicators } from "@hpig/science/indicators";

const DEFINITIONS: Record<Domain, readonly IndicatorDefinition[]> = {
  [Domain.INDUSTRY]: industryIndicators,
  [Domain.INVESTMENT]: investmentIndicators,
  [Domain.LABOUR]: labourIndicators,
  [Domain.ENVIRONMENT]: environmentIndicators,
  [Domain.SCIENCE]: scienceIndicators,
  [Domain.AGRICULTURE]: agricultureIndicators,
};

const domains = Object.keys(DEFINITIONS);
const codeLists = new Map(CODE_LISTS.map((list) => [list.code, list]));

function domainOfAgency(agencyCode: string): Domain | null {
  return AGENCY_CATALOGUE.find((agency) => agency.code === agencyCode)?.domain ?? null;
}

describe("the domains' indicator definitions and the plan's catalogue", () => {
  it("cover every domain", () => {
    expect([...domains].sort()).toEqual(Object.values(Domain).sort());
  });

  it("define each catalogue indicator exactly once, in the domain of its agency", () => {
    for (const indicator of INDICATOR_CATALOGUE) {
      const definedIn = domains.filter((domain) =>
        DEFINITIONS[domain].some((definition) => definition.code === indicator.code),
      );
      const copies = domains.flatMap((domain) =>
        DEFINITIONS[domain].filter((definition) => definition.code === indicator.code),
      );
      expect({ code: indicator.code, definedIn, copies: copies.length }).toEqual({
        code: indicator.code,
        definedIn: [domainOfAgency(indicator.agency)],
        copies: 1,
      });
    }
  });

  it("define nothing the catalogue lacks", () => {
    const catalogued = new Set(INDICATOR_CATALOGUE.map((indicator) => indicator.code));
    for (const domain of domains) {
      for (const definition of DEFINITIONS[domain]) {
        expect({ domain, code: definition.code, catalogued: catalogued.has(definition.code) }).toEqual({
          domain,
          code: definition.code,
          catalogued: true,
        });
      }
    }
  });

  describe.each(domains)("%s", (domain) => {
    const definitions = DEFINITIONS[domain];

    it("breaks values down only by dimensions that have a code list, each once", () => {
      for (const definition of definitions) {
        expect(new Set(definition.dimensions).size).toBe(definition.dimensions.length);
        for (const dimension of definition.dimensions) {
          expect({ code: definition.code, dimension, known: codeLists.has(dimension) }).toEqual({
            code: definition.code,
            dimension,
            known: true,
          });
        }
      }
    });

    it("cross-checks only against indicators of the same domain with the same unit and breakdown", () => {
      for (const definition of definitions) {
        for (const check of definition.crossChecks ?? []) {
          const other = definitions.find((candidate) => candidate.code === check.atMost);
          expect({ code: definition.code, atMost: check.atMost, found: other !== undefined }).toEqual({
            code: definition.code,
            atMost: check.atMost,
            found: true,
          });
          expect(check.atMost).not.toBe(definition.code);
          expect(other?.unit).toBe(definition.unit);
          expect(other?.dimensions).toEqual(definition.dimensions);
          expect(check.reason.trim()).not.toBe("");
        }
      }
    });

    it("asks for yearly values, the December obligation, and states a unit", () => {
      for (const definition of definitions) {
        expect(definition.periodTypes).toContain("YEAR");
        expect(new Set(definition.periodTypes).size).toBe(definition.periodTypes.length);
        expect(definition.unit.trim()).not.toBe("");
      }
    });

    it("lets only percentage growth rates be negative", () => {
      for (const definition of definitions) {
        if (definition.allowNegative) {
          expect({ code: definition.code, valueType: definition.valueType }).toEqual({
            code: definition.code,
            valueType: "PERCENT",
          });
          expect(definition.code).toMatch(/_GROWTH$/);
        }
      }
    });
  });

  it("bounds the occupancy rate at 100% and the occupied area by the park's area", () => {
    const occupancy = investmentIndicators.find((definition) => definition.code === "PARK_OCCUPANCY_RATE");
    expect(occupancy).toMatchObject({ unit: "%", valueType: "PERCENT", max: 100, dimensions: ["INDUSTRIAL_PARK"] });
    const occupied = investmentIndicators.find((definition) => definition.code === "PARK_OCCUPIED_AREA_HA");
    expect(occupied?.crossChecks?.map((check) => check.atMost)).toContain("PARK_AREA_HA");
  });

  it("allows monthly and quarterly IIP values", () => {
    const iip = industryIndicators.find((definition) => definition.code === "IIP");
    expect([...(iip?.periodTypes ?? [])].sort()).toEqual(["MONTH", "QUARTER", "YEAR"]);
  });
});
