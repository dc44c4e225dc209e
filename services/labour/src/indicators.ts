import { type IndicatorDefinition, ObservationPeriodType, ValueType } from "@hpig/domain-kit";

const { YEAR } = ObservationPeriodType;

/** The labour domain's indicators: what the Department of Labour (LDTBXH) sends, appendix row 6. */
export const labourIndicators: readonly IndicatorDefinition[] = [
  // Item 1: training facilities, trained workers, enterprises working with vocational schools.
  {
    code: "VOCATIONAL_TRAINING_FACILITIES",
    unit: "cơ sở",
    valueType: ValueType.COUNT,
    periodTypes: [YEAR],
    dimensions: [],
  },
  {
    code: "TRAINED_WORKERS",
    unit: "người",
    valueType: ValueType.COUNT,
    periodTypes: [YEAR],
    dimensions: ["TRAINING_LEVEL"],
  },
  {
    code: "ENTERPRISES_ORDERING_TRAINING",
    unit: "doanh nghiệp",
    valueType: ValueType.COUNT,
    periodTypes: [YEAR],
    dimensions: [],
  },
  {
    code: "ENTERPRISES_HIRING_GRADUATES",
    unit: "doanh nghiệp",
    valueType: ValueType.COUNT,
    periodTypes: [YEAR],
    dimensions: [],
  },

  // Item 2: courses, and countable results of the human resource development programmes.
  { code: "TRAINING_COURSES", unit: "khóa", valueType: ValueType.COUNT, periodTypes: [YEAR], dimensions: [] },
  {
    code: "TRAINING_COURSE_PARTICIPANTS",
    unit: "lượt người",
    valueType: ValueType.COUNT,
    periodTypes: [YEAR],
    dimensions: [],
  },
  { code: "HR_PROGRAMMES_IMPLEMENTED", unit: "đề án", valueType: ValueType.COUNT, periodTypes: [YEAR], dimensions: [] },
  {
    code: "HR_PROGRAMME_BENEFICIARIES",
    unit: "người",
    valueType: ValueType.COUNT,
    periodTypes: [YEAR],
    dimensions: [],
  },
];
