import { type IndicatorDefinition, ObservationPeriodType, ValueType } from "@hpig/domain-kit";

const { YEAR, QUARTER } = ObservationPeriodType;

const AREA_REASON =
  "diện tích đất công nghiệp đã cho thuê không thể vượt tổng diện tích khu công nghiệp / the leased industrial land cannot exceed the park's total area";

/**
 * The investment domain's indicators: industrial park area and occupancy from the Economic Zone
 * Authority (BQLKKT, appendix row 4) and industrial projects and capital attracted from the
 * Department of Planning and Investment (KHDT, row 5).
 */
export const investmentIndicators: readonly IndicatorDefinition[] = [
  // Appendix row 4 (BQLKKT), per industrial park.
  {
    code: "PARK_AREA_HA",
    unit: "ha",
    valueType: ValueType.AREA_HA,
    periodTypes: [YEAR, QUARTER],
    dimensions: ["INDUSTRIAL_PARK"],
    requiredBreakdown: ["INDUSTRIAL_PARK"],
  },
  {
    code: "PARK_LEASABLE_AREA_HA",
    unit: "ha",
    valueType: ValueType.AREA_HA,
    periodTypes: [YEAR, QUARTER],
    dimensions: ["INDUSTRIAL_PARK"],
    requiredBreakdown: ["INDUSTRIAL_PARK"],
    crossChecks: [
      {
        atMost: "PARK_AREA_HA",
        reason:
          "diện tích đất công nghiệp có thể cho thuê là một phần diện tích khu công nghiệp / the leasable industrial land is part of the park's total area",
      },
    ],
  },
  {
    code: "PARK_OCCUPIED_AREA_HA",
    unit: "ha",
    valueType: ValueType.AREA_HA,
    periodTypes: [YEAR, QUARTER],
    dimensions: ["INDUSTRIAL_PARK"],
    requiredBreakdown: ["INDUSTRIAL_PARK"],
    crossChecks: [
      { atMost: "PARK_AREA_HA", reason: AREA_REASON },
      {
        atMost: "PARK_LEASABLE_AREA_HA",
        reason:
          "diện tích đã cho thuê không thể vượt diện tích đất công nghiệp có thể cho thuê / the leased area cannot exceed the leasable industrial land",
      },
    ],
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

  // Appendix row 5 (KHDT): domestic capital is registered in đồng, foreign capital in US dollars.
  {
    code: "INDUSTRIAL_PROJECTS_ATTRACTED",
    unit: "dự án",
    valueType: ValueType.COUNT,
    periodTypes: [YEAR, QUARTER],
    dimensions: ["ORIGIN"],
    requiredBreakdown: ["ORIGIN"],
  },
  {
    code: "INDUSTRIAL_CAPITAL_DOMESTIC",
    unit: "tỷ đồng",
    valueType: ValueType.MONEY_VND,
    periodTypes: [YEAR, QUARTER],
    dimensions: [],
  },
  {
    code: "INDUSTRIAL_CAPITAL_FOREIGN",
    unit: "triệu USD",
    valueType: ValueType.MONEY_USD,
    periodTypes: [YEAR, QUARTER],
    dimensions: [],
  },
];
