import { TargetMeasure } from "./plan-document";

/** An indicator the plans set targets for, with the phrases that name it. */
export interface IndicatorEntry {
  code: string;
  measure: TargetMeasure;
  /** Matched like agency aliases: ignoring case, spacing and tone-mark placement. */
  phrases: string[];
}

export const INDICATOR_LEXICON: readonly IndicatorEntry[] = [
  {
    code: "INDUSTRY_CONSTRUCTION_GDP_SHARE",
    measure: "SHARE",
    phrases: ["tỷ trọng công nghiệp - xây dựng trong GDP"],
  },
  {
    code: "INDUSTRY_GDP_SHARE",
    measure: "SHARE",
    phrases: ["GDP công nghiệp"],
  },
  {
    code: "INDUSTRY_CONSTRUCTION_GDP_GROWTH",
    measure: "AVERAGE_ANNUAL_GROWTH",
    phrases: ["tốc độ tăng trưởng bình quân GDP ngành công nghiệp - xây dựng"],
  },
  {
    code: "IIP_GROWTH",
    measure: "AVERAGE_ANNUAL_GROWTH",
    phrases: ["Chỉ số phát triển sản xuất công nghiệp (IIP)", "Chỉ số phát triển sản xuất công nghiệp"],
  },
  {
    code: "HIGH_TECH_OUTPUT_SHARE",
    measure: "SHARE",
    phrases: ["tỷ lệ giá trị sản phẩm công nghệ cao trong tổng giá trị sản xuất công nghiệp"],
  },
  {
    code: "MANUFACTURING_OUTPUT_SHARE",
    measure: "SHARE",
    phrases: ["tỷ lệ sản phẩm công nghiệp chế tạo trong tổng giá trị sản xuất công nghiệp"],
  },
];

/**
 * Words that open the name of an indicator. A clause using one outside every known phrase names
 * an indicator the lexicon lacks, so its number must not be credited to an earlier indicator.
 */
export const INDICATOR_HEAD_WORDS: readonly string[] = [
  "tỷ trọng",
  "tỉ trọng",
  "tỷ lệ",
  "tỉ lệ",
  "chỉ số",
  "tốc độ",
  "GDP",
];
