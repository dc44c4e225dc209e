import { CODE_LISTS } from "../indicators/code-lists";
import { type IndicatorDefinition, ObservationPeriodType, ValueType } from "../indicators/indicator-definition";
import type { IndicatorCatalogue } from "../indicators/observation-rules";

const { YEAR, QUARTER } = ObservationPeriodType;

/**
 * Test definitions shaped like the investment and industry domains' (the shared package cannot
 * import them): parks with a cross-check and a capped rate, a breakdown by VSIC that is optional.
 */
export const TEST_DEFINITIONS: readonly IndicatorDefinition[] = [
  {
    code: "PARK_AREA_HA",
    unit: "ha",
    valueType: ValueType.AREA_HA,
    periodTypes: [YEAR, QUARTER],
    dimensions: ["INDUSTRIAL_PARK"],
    requiredBreakdown: ["INDUSTRIAL_PARK"],
  },
  {
    code: "PARK_OCCUPIED_AREA_HA",
    unit: "ha",
    valueType: ValueType.AREA_HA,
    periodTypes: [YEAR, QUARTER],
    dimensions: ["INDUSTRIAL_PARK"],
    requiredBreakdown: ["INDUSTRIAL_PARK"],
    crossChecks: [{ atMost: "PARK_AREA_HA", reason: "occupied area cannot exceed the park's area" }],
  },
  {
    code: "PARK_OCCUPANCY_RATE",
    unit: "%",
    valueType: ValueType.PERCENT,
    periodTypes: [YEAR, QUARTER],
    dimensions: ["INDUSTRIAL_PARK"],
    requiredBreakdown: ["INDUSTRIAL_PARK"],
    max: 100,
  },
  {
    code: "INDUSTRIAL_CAPITAL_FOREIGN",
    unit: "triệu USD",
    valueType: ValueType.MONEY_USD,
    periodTypes: [YEAR],
    dimensions: [],
  },
  { code: "AVERAGE_WORKERS", unit: "người", valueType: ValueType.COUNT, periodTypes: [YEAR], dimensions: ["VSIC2"] },
];

export const TEST_CATALOGUE: IndicatorCatalogue = {
  definitions: new Map(TEST_DEFINITIONS.map((definition) => [definition.code, definition])),
  codeLists: new Map(CODE_LISTS.map((list) => [list.code, list])),
};

/** The indicators a park unit reports, in catalogue order. */
export const PARK_CODES = ["PARK_AREA_HA", "PARK_OCCUPIED_AREA_HA", "PARK_OCCUPANCY_RATE"];

/** Their definitions, as the template takes them. */
export const PARK_DEFINITIONS = PARK_CODES.map((code) => TEST_CATALOGUE.definitions.get(code)!);
