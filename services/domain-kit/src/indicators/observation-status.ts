import { registerEnumType } from "type-graphql";

/** How final a figure is; a later, firmer figure for the same cell is a new revision. */
export enum ObservationStatus {
  ESTIMATE = "ESTIMATE",
  PRELIMINARY = "PRELIMINARY",
  OFFICIAL = "OFFICIAL",
}

registerEnumType(ObservationStatus, {
  name: "ObservationStatus",
  description: "How final a figure is.",
  valuesConfig: {
    ESTIMATE: { description: "Ước tính / ước thực hiện: the reporting year's estimate." },
    PRELIMINARY: { description: "Sơ bộ: preliminary." },
    OFFICIAL: { description: "Chính thức: the official figure (for the previous year in the December report)." },
  },
});
