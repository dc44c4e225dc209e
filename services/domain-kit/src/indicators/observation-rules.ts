import { type Breakdown, breakdownKey } from "./breakdown";
import type { CodeList, IndicatorDefinition } from "./indicator-definition";
import { ValueType } from "./indicator-definition";
import { ObservationErrorCode, type ObservationProblem } from "./observation-errors";
import { type ObservationPeriod, parseObservationPeriod } from "./observation-period";

/** A submitted figure, before any check. */
export interface ObservationCandidate {
  indicatorCode: string;
  period: string;
  breakdown?: Array<{ dimension: string; code: string }> | null;
  value: number;
}

/** A figure that passed the checks one figure can have on its own. */
export interface CheckedObservation {
  index: number;
  definition: IndicatorDefinition;
  period: ObservationPeriod;
  breakdown: Breakdown;
  /** Identifies the cell: indicator, period and breakdown. */
  cellKey: string;
  value: number;
}

export interface IndicatorCatalogue {
  definitions: ReadonlyMap<string, IndicatorDefinition>;
  codeLists: ReadonlyMap<string, CodeList>;
}

/**
 * The rules one figure must meet by itself: a known indicator, a period of an allowed type that
 * has begun, breakdown codes from the code lists, and a value its type allows.
 */
export function checkObservation(
  candidate: ObservationCandidate,
  index: number,
  { definitions, codeLists }: IndicatorCatalogue,
  today: string,
): CheckedObservation | ObservationProblem[] {
  const problem = (field: string, code: ObservationProblem["code"], message: string): ObservationProblem[] => [
    { index, field, code, message },
  ];
  const definition = definitions.get(candidate.indicatorCode);
  if (!definition) {
    return problem(
      "indicatorCode",
      ObservationErrorCode.UnknownIndicator,
      `"${candidate.indicatorCode}" is not an indicator of this domain.`,
    );
  }
  const period = parseObservationPeriod(candidate.period);
  if (!period) {
    return problem(
      "period",
      ObservationErrorCode.InvalidPeriod,
      `Period "${candidate.period}" is not "2015", "2015-Q3" or "2015-07".`,
    );
  }
  if (!definition.periodTypes.includes(period.type)) {
    return problem(
      "period",
      ObservationErrorCode.PeriodTypeNotAllowed,
      `${definition.code} is reported by ${definition.periodTypes.join(" or ").toLowerCase()}, not by ${period.type.toLowerCase()} ("${period.text}").`,
    );
  }
  if (period.start > today) {
    return problem("period", ObservationErrorCode.PeriodInFuture, `Period ${period.text} has not begun yet.`);
  }

  const breakdown: Breakdown = {};
  for (const { dimension, code } of candidate.breakdown ?? []) {
    if (!definition.dimensions.includes(dimension) || dimension in breakdown) {
      return problem(
        `breakdown.${dimension}`,
        ObservationErrorCode.UnknownDimension,
        definition.dimensions.length === 0
          ? `${definition.code} has no breakdown; "${dimension}" is not one.`
          : `${definition.code} is broken down by ${definition.dimensions.join(", ")}; "${dimension}" is not one of them, or is given twice.`,
      );
    }
    const list = codeLists.get(dimension);
    if (!list?.entries.some((entry) => entry.code === code)) {
      return problem(
        `breakdown.${dimension}`,
        ObservationErrorCode.UnknownCode,
        `"${code}" is not in the ${dimension} code list.`,
      );
    }
    breakdown[dimension] = code;
  }

  const valueProblem = checkValue(definition, candidate.value);
  if (valueProblem) return problem("value", valueProblem.code, valueProblem.message);

  return {
    index,
    definition,
    period,
    breakdown,
    cellKey: `${definition.code}|${period.text}|${breakdownKey(breakdown)}`,
    value: candidate.value,
  };
}

function checkValue(
  definition: IndicatorDefinition,
  value: number,
): { code: ObservationProblem["code"]; message: string } | null {
  const range = (message: string) => ({
    code: ObservationErrorCode.OutOfRange,
    message: `${definition.code}: ${message}; got ${value}.`,
  });
  if (!Number.isFinite(value)) return range("the value must be a number");
  switch (definition.valueType) {
    case ValueType.COUNT:
      if (!Number.isInteger(value)) {
        return {
          code: ObservationErrorCode.NotWholeNumber,
          message: `${definition.code} counts whole ${definition.unit}; got ${value}.`,
        };
      }
      if (value < 0) return range("a count cannot be negative");
      break;
    case ValueType.PERCENT:
      if (definition.allowNegative ? value < -100 : value < 0 || value > 100) {
        return range(
          definition.allowNegative ? "a rate of change cannot fall below -100%" : "a percentage is between 0 and 100",
        );
      }
      break;
    case ValueType.INDEX:
      if (value <= 0) return range("an index is positive (previous period = 100)");
      break;
    default:
      if (value < 0) return range(`an amount in ${definition.unit} cannot be negative`);
  }
  if (definition.max !== undefined && value > definition.max) return range(`the value is at most ${definition.max}`);
  return null;
}
