import { registerEnumType } from "type-graphql";

/** What kind of number an indicator's values are; the type decides the basic validation rules. */
export enum ValueType {
  COUNT = "COUNT",
  MONEY_VND = "MONEY_VND",
  MONEY_USD = "MONEY_USD",
  PERCENT = "PERCENT",
  INDEX = "INDEX",
  AREA_HA = "AREA_HA",
  TONNES = "TONNES",
}

registerEnumType(ValueType, {
  name: "ValueType",
  description: "What kind of number an indicator's values are.",
  valuesConfig: {
    COUNT: { description: "A whole, non-negative count (projects, persons, facilities, …)." },
    MONEY_VND: {
      description: "An amount of Vietnamese đồng, in the indicator's unit (e.g. tỷ đồng = 10⁹ VND); non-negative.",
    },
    MONEY_USD: { description: "An amount of US dollars, in the indicator's unit (e.g. triệu USD); non-negative." },
    PERCENT: { description: "A percentage, 0–100 (shares, occupancy); growth rates may be negative." },
    INDEX: { description: "An index, previous period = 100; positive." },
    AREA_HA: { description: "An area in hectares; non-negative." },
    TONNES: { description: "A quantity in tonnes; non-negative." },
  },
});

/** How long an observation's period is: "2015", "2015-Q3" or "2015-07". */
export enum ObservationPeriodType {
  YEAR = "YEAR",
  QUARTER = "QUARTER",
  MONTH = "MONTH",
}

registerEnumType(ObservationPeriodType, {
  name: "ObservationPeriodType",
  description: "The length of an observation's period.",
  valuesConfig: {
    YEAR: { description: 'A year, "2015".' },
    QUARTER: { description: 'A quarter, "2015-Q3".' },
    MONTH: { description: 'A month, "2015-07".' },
  },
});

/** A rule between two indicators of the same reporting unit, checked cell by cell (same period and breakdown). */
export interface CrossCheck {
  /** This indicator's value must be at most the other indicator's value for the same period and breakdown. */
  atMost: string;
  /** Why, for the error message: "occupied area cannot exceed the park's total area". */
  reason: string;
}

/**
 * A domain's definition of one indicator it reports: the committee's catalogue (in the plan
 * subgraph) names it; the domain says how its values look and are checked.
 */
export interface IndicatorDefinition {
  /** The catalogue code, e.g. "IIP", "PARK_OCCUPIED_AREA_HA". */
  code: string;
  /** Unit as Vietnamese statistics write it: "%", "tỷ đồng", "triệu USD", "ha", "tấn", "người", "dự án". */
  unit: string;
  valueType: ValueType;
  /** Periods a value may be given for; the December obligation asks for YEAR values. */
  periodTypes: ObservationPeriodType[];
  /** Breakdown dimensions (codes of code lists), in column order; empty for a single total. */
  dimensions: string[];
  /**
   * Dimensions the December report must break down by: every code in use that year is a
   * required cell. Without it the total is the required cell and any breakdown is optional.
   */
  requiredBreakdown?: string[];
  /** For PERCENT values that may be negative (growth rates); other PERCENT values are 0–100. */
  allowNegative?: boolean;
  /** Extra bounds beyond the value type's (e.g. an occupancy rate is at most 100). */
  max?: number;
  crossChecks?: CrossCheck[];
}

/** One code of a code list, e.g. VSIC2 "24" Sản xuất kim loại / Manufacture of basic metals. */
export interface CodeListEntry {
  code: string;
  name: string;
  nameEn: string;
  /** The first year the code exists (e.g. a park's establishment); required cells before it are not expected. */
  validFrom?: number;
}

/** A breakdown dimension and its code list: the only codes a value may be broken down by. */
export interface CodeList {
  /** "VSIC2", "COMMODITY", "INDUSTRIAL_PARK", "ORIGIN", … */
  code: string;
  name: string;
  nameEn: string;
  /** Where the list comes from, e.g. "VSIC 2018 (Quyết định 27/2018/QĐ-TTg), cấp 2". */
  source: string;
  entries: CodeListEntry[];
}
