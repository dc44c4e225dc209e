import { registerEnumType } from "type-graphql";

/**
 * How a section I target is read: plan stores both on the target and the indicator's domain judges
 * the target by them (through @requires), so both subgraphs must declare the very same enums.
 */

export enum TargetMeasure {
  SHARE = "SHARE",
  AVERAGE_ANNUAL_GROWTH = "AVERAGE_ANNUAL_GROWTH",
}

registerEnumType(TargetMeasure, {
  name: "TargetMeasure",
  description: "How a target's band is to be read.",
  valuesConfig: {
    SHARE: { description: "A share, in percent, reached by the target year(s)." },
    AVERAGE_ANNUAL_GROWTH: { description: "An average growth rate per year over the target years, in percent." },
  },
});

export enum TargetDirection {
  AT_LEAST = "AT_LEAST",
  AT_MOST = "AT_MOST",
  WITHIN_BAND = "WITHIN_BAND",
}

registerEnumType(TargetDirection, {
  name: "TargetDirection",
  description:
    "Which side of the band meets a target: read by the importer from the clause's wording, editable by the standing office (committee { updateTarget }).",
  valuesConfig: {
    AT_LEAST: {
      description:
        'Met at min or above ("đạt", "trên", "tăng", "ít nhất", "tối thiểu", "không dưới", "vượt"; "chiếm" a single value; a clause with none of these takes the paragraph\'s "Phấn đấu đạt"). max is not a limit.',
    },
    AT_MOST: {
      description: 'Met at max or below ("dưới", "không quá", "tối đa", "giảm … xuống"). min is not a limit.',
    },
    WITHIN_BAND: {
      description:
        'Met from min to max, both included ("chiếm 31 - 32%"; "khoảng 37%", whose band the importer widens by half a unit of the last digit written: 36.5–37.5).',
    },
  },
});
