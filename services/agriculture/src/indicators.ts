import { type IndicatorDefinition, ObservationPeriodType, ValueType } from "@hpig/domain-kit";

const { YEAR } = ObservationPeriodType;

/**
 * The agriculture domain's indicators: what the Department of Agriculture and Rural Development
 * (NNPTNT) sends, appendix row 9.
 */
export const agricultureIndicators: readonly IndicatorDefinition[] = [
  {
    code: "CRAFT_VILLAGES_RECOGNISED",
    unit: "làng nghề",
    valueType: ValueType.COUNT,
    periodTypes: [YEAR],
    dimensions: [],
  },
  {
    code: "RURAL_INDUSTRY_INFRASTRUCTURE_WORKS",
    unit: "công trình",
    valueType: ValueType.COUNT,
    periodTypes: [YEAR],
    dimensions: [],
  },
  {
    code: "RURAL_INDUSTRY_INFRASTRUCTURE_INVESTMENT",
    unit: "tỷ đồng",
    valueType: ValueType.MONEY_VND,
    periodTypes: [YEAR],
    dimensions: [],
  },
];
