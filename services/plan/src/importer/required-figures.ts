import { RequiredFigures } from "@hpig/kit";

import { documentError, type DocumentPlace } from "./document-place";
import { normaliseKey } from "./text-key";

/** "số chính thức của năm trước": the previous year's official figure. */
const PREVIOUS_YEAR_OFFICIAL = ["số chính thức của năm trước", "số chính thức năm trước"].map(normaliseKey);
/** "ước thực hiện năm báo cáo": the estimate of what the reporting year achieved. */
const REPORTING_YEAR_ESTIMATE = ["ước thực hiện năm báo cáo", "ước thực hiện của năm báo cáo"].map(normaliseKey);

/**
 * Which figures an appendix row asks for, from its wording: the previous year's official figure
 * and the reporting year's estimate where the row says so (row 1 of Plan 3438: "theo số chính
 * thức của năm trước và ước thực hiện năm báo cáo"); otherwise the reporting year's figure, any
 * status. A row naming the official figure without the estimate is a wording the importer does
 * not know, and an error rather than a guess.
 */
export function readRequiredFigures(content: string, place: DocumentPlace): RequiredFigures {
  const key = normaliseKey(content);
  const official = PREVIOUS_YEAR_OFFICIAL.some((phrase) => key.includes(phrase));
  const estimate = REPORTING_YEAR_ESTIMATE.some((phrase) => key.includes(phrase));
  if (official && estimate) return RequiredFigures.PREVIOUS_YEAR_OFFICIAL_AND_REPORTING_YEAR_ESTIMATE;
  if (official) {
    throw documentError(
      place,
      'asks for the previous year\'s official figure ("số chính thức của năm trước") without the reporting year\'s estimate ("ước thực hiện năm báo cáo"); the importer knows the two together or neither',
    );
  }
  return RequiredFigures.REPORTING_YEAR_FIGURE;
}
