import { type IndicatorDefinition, ObservationPeriodType, ValueType } from "@hpig/domain-kit";

const { YEAR, QUARTER, MONTH } = ObservationPeriodType;

/**
 * The industry domain's indicators: those the City Statistics Office (THONGKE: appendix row 1 and
 * the section I target quantities), the Tax Department (CUCTHUE, row 2) and Customs (HAIQUAN,
 * row 3) report. Names are in the plan's catalogue (services/plan/src/indicator/indicator-catalogue.ts).
 */
export const industryIndicators: readonly IndicatorDefinition[] = [
  // Section I quantities (THONGKE).
  {
    code: "INDUSTRY_CONSTRUCTION_GDP_SHARE",
    unit: "%",
    valueType: ValueType.PERCENT,
    periodTypes: [YEAR],
    dimensions: [],
  },
  { code: "INDUSTRY_GDP_SHARE", unit: "%", valueType: ValueType.PERCENT, periodTypes: [YEAR], dimensions: [] },
  {
    code: "INDUSTRY_CONSTRUCTION_GDP_GROWTH",
    unit: "%",
    valueType: ValueType.PERCENT,
    periodTypes: [YEAR],
    dimensions: [],
    allowNegative: true,
  },
  {
    code: "IIP_GROWTH",
    unit: "%",
    valueType: ValueType.PERCENT,
    periodTypes: [YEAR, QUARTER, MONTH],
    dimensions: [],
    allowNegative: true,
  },
  { code: "HIGH_TECH_OUTPUT_SHARE", unit: "%", valueType: ValueType.PERCENT, periodTypes: [YEAR], dimensions: [] },
  { code: "MANUFACTURING_OUTPUT_SHARE", unit: "%", valueType: ValueType.PERCENT, periodTypes: [YEAR], dimensions: [] },

  // Appendix row 1 (THONGKE): industrial enterprises; a breakdown by VSIC level 2 is optional.
  { code: "IIP", unit: "%", valueType: ValueType.INDEX, periodTypes: [YEAR, QUARTER, MONTH], dimensions: ["VSIC2"] },
  { code: "NET_REVENUE", unit: "tỷ đồng", valueType: ValueType.MONEY_VND, periodTypes: [YEAR], dimensions: ["VSIC2"] },
  { code: "CAPITAL", unit: "tỷ đồng", valueType: ValueType.MONEY_VND, periodTypes: [YEAR], dimensions: ["VSIC2"] },
  {
    code: "FIXED_ASSETS_LONG_TERM_INVESTMENT",
    unit: "tỷ đồng",
    valueType: ValueType.MONEY_VND,
    periodTypes: [YEAR],
    dimensions: ["VSIC2"],
    crossChecks: [
      {
        atMost: "CAPITAL",
        reason:
          "tài sản cố định và đầu tư dài hạn là một phần của tổng tài sản, bằng tổng nguồn vốn / fixed assets and long-term investments are part of total assets, which equal total capital",
      },
    ],
  },
  {
    code: "BUDGET_CONTRIBUTIONS",
    unit: "tỷ đồng",
    valueType: ValueType.MONEY_VND,
    periodTypes: [YEAR],
    dimensions: ["VSIC2"],
  },
  { code: "AVERAGE_WORKERS", unit: "người", valueType: ValueType.COUNT, periodTypes: [YEAR], dimensions: ["VSIC2"] },
  {
    code: "AVERAGE_INCOME",
    unit: "nghìn đồng/người/tháng",
    valueType: ValueType.MONEY_VND,
    periodTypes: [YEAR],
    dimensions: ["VSIC2"],
  },

  // Appendix row 2 (CUCTHUE).
  {
    code: "BUDGET_PAYMENTS",
    unit: "tỷ đồng",
    valueType: ValueType.MONEY_VND,
    periodTypes: [YEAR, QUARTER, MONTH],
    dimensions: ["VSIC2"],
    requiredBreakdown: ["VSIC2"],
  },

  // Appendix row 3 (HAIQUAN): volumes only for commodity groups customs measures in tonnes.
  {
    code: "EXPORT_VOLUME",
    unit: "tấn",
    valueType: ValueType.TONNES,
    periodTypes: [YEAR, QUARTER, MONTH],
    dimensions: ["COMMODITY"],
  },
  {
    code: "EXPORT_VALUE",
    unit: "triệu USD",
    valueType: ValueType.MONEY_USD,
    periodTypes: [YEAR, QUARTER, MONTH],
    dimensions: ["COMMODITY"],
    requiredBreakdown: ["COMMODITY"],
  },
  {
    code: "IMPORT_VOLUME",
    unit: "tấn",
    valueType: ValueType.TONNES,
    periodTypes: [YEAR, QUARTER, MONTH],
    dimensions: ["COMMODITY"],
  },
  {
    code: "IMPORT_VALUE",
    unit: "triệu USD",
    valueType: ValueType.MONEY_USD,
    periodTypes: [YEAR, QUARTER, MONTH],
    dimensions: ["COMMODITY"],
    requiredBreakdown: ["COMMODITY"],
  },
  {
    code: "IMPORT_EXPORT_DUTIES",
    unit: "tỷ đồng",
    valueType: ValueType.MONEY_VND,
    periodTypes: [YEAR, QUARTER, MONTH],
    dimensions: [],
  },
];
