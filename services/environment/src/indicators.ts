import { type IndicatorDefinition, ObservationPeriodType, ValueType } from "@hpig/domain-kit";

const { YEAR, QUARTER } = ObservationPeriodType;

/**
 * The environment domain's indicators: what the Department of Natural Resources and Environment
 * (TNMT) sends, appendix row 8.
 */
export const environmentIndicators: readonly IndicatorDefinition[] = [
  { code: "PROJECTS_EIA_APPROVED", unit: "dự án", valueType: ValueType.COUNT, periodTypes: [YEAR], dimensions: [] },
  {
    code: "PROJECTS_ENV_COMMITMENT_APPROVED",
    unit: "dự án",
    valueType: ValueType.COUNT,
    periodTypes: [YEAR],
    dimensions: [],
  },
  {
    code: "INDUSTRIAL_LAND_ALLOCATED_HA",
    unit: "ha",
    valueType: ValueType.AREA_HA,
    periodTypes: [YEAR],
    dimensions: [],
  },
  {
    code: "INDUSTRIAL_PROJECTS_LAND_ALLOCATED",
    unit: "dự án",
    valueType: ValueType.COUNT,
    periodTypes: [YEAR],
    dimensions: [],
  },
  {
    code: "ENV_MONITORING_CAMPAIGNS",
    unit: "đợt",
    valueType: ValueType.COUNT,
    periodTypes: [YEAR, QUARTER],
    dimensions: ["INDUSTRIAL_AREA"],
  },
  {
    code: "ENV_MONITORING_SAMPLES",
    unit: "mẫu",
    valueType: ValueType.COUNT,
    periodTypes: [YEAR, QUARTER],
    dimensions: ["INDUSTRIAL_AREA"],
  },
  {
    code: "ENV_MONITORING_SAMPLES_EXCEEDING",
    unit: "mẫu",
    valueType: ValueType.COUNT,
    periodTypes: [YEAR, QUARTER],
    dimensions: ["INDUSTRIAL_AREA"],
    crossChecks: [
      {
        atMost: "ENV_MONITORING_SAMPLES",
        reason:
          "số mẫu vượt quy chuẩn không thể nhiều hơn số mẫu quan trắc / samples above the limits cannot outnumber the samples taken",
      },
    ],
  },
];
