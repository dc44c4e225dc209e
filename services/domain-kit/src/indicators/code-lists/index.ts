import type { CodeList } from "../indicator-definition";
import { COMMODITY_CODE_LIST } from "./commodity";
import { INDUSTRIAL_AREA_CODE_LIST } from "./industrial-area";
import { INDUSTRIAL_PARK_CODE_LIST } from "./industrial-park";
import { ORIGIN_CODE_LIST } from "./origin";
import { QMS_CODE_LIST } from "./qms";
import { TRAINING_LEVEL_CODE_LIST } from "./training-level";
import { VSIC2_CODE_LIST } from "./vsic2";

export { COMMODITY_CODE_LIST } from "./commodity";
export { INDUSTRIAL_AREA_CODE_LIST } from "./industrial-area";
export { INDUSTRIAL_PARK_CODE_LIST } from "./industrial-park";
export { ORIGIN_CODE_LIST } from "./origin";
export { QMS_CODE_LIST } from "./qms";
export { TRAINING_LEVEL_CODE_LIST } from "./training-level";
export { VSIC2_CODE_LIST } from "./vsic2";

/** Every breakdown dimension an indicator definition may name, with its code list. */
export const CODE_LISTS: readonly CodeList[] = [
  VSIC2_CODE_LIST,
  COMMODITY_CODE_LIST,
  INDUSTRIAL_PARK_CODE_LIST,
  INDUSTRIAL_AREA_CODE_LIST,
  ORIGIN_CODE_LIST,
  QMS_CODE_LIST,
  TRAINING_LEVEL_CODE_LIST,
];

const BY_CODE: ReadonlyMap<string, CodeList> = new Map(CODE_LISTS.map((list) => [list.code, list]));

/** The code list of a dimension, e.g. codeList("VSIC2"); undefined for an unknown dimension. */
export function codeList(code: string): CodeList | undefined {
  return BY_CODE.get(code);
}
