import { type IndicatorDefinition, ObservationPeriodType, ValueType } from "@hpig/domain-kit";

const { YEAR } = ObservationPeriodType;

/** The science domain's indicators: what the Department of Science and Technology (KHCN) sends, appendix row 7. */
export const scienceIndicators: readonly IndicatorDefinition[] = [
  { code: "RD_TASKS_FUNDED", unit: "nhiệm vụ", valueType: ValueType.COUNT, periodTypes: [YEAR], dimensions: [] },
  { code: "RD_FUNDING", unit: "triệu đồng", valueType: ValueType.MONEY_VND, periodTypes: [YEAR], dimensions: [] },
  { code: "RD_RESULTS_APPLIED", unit: "kết quả", valueType: ValueType.COUNT, periodTypes: [YEAR], dimensions: [] },
  // By system: an enterprise applying several counts under each; the total counts it once.
  {
    code: "ENTERPRISES_ADOPTING_QMS",
    unit: "doanh nghiệp",
    valueType: ValueType.COUNT,
    periodTypes: [YEAR],
    dimensions: ["QMS"],
  },
  {
    code: "ENTERPRISES_STANDARDS_METROLOGY_QUALITY",
    unit: "doanh nghiệp",
    valueType: ValueType.COUNT,
    periodTypes: [YEAR],
    dimensions: [],
  },
  {
    code: "TECHNOLOGY_OWNERSHIP_REGISTRATIONS",
    unit: "đơn",
    valueType: ValueType.COUNT,
    periodTypes: [YEAR],
    dimensions: [],
  },
  {
    code: "PROJECTS_TECHNOLOGY_APPRAISED",
    unit: "dự án",
    valueType: ValueType.COUNT,
    periodTypes: [YEAR],
    dimensions: [],
  },
];
