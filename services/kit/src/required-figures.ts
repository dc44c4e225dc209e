import { registerEnumType } from "type-graphql";

/**
 * Which figures an appendix row asks of its unit every December. Set by the plan's importer from
 * the row's wording and read by the domains when they count what a unit has sent, so the one
 * enum is shared by the plan and every domain subgraph.
 */
export enum RequiredFigures {
  PREVIOUS_YEAR_OFFICIAL_AND_REPORTING_YEAR_ESTIMATE = "PREVIOUS_YEAR_OFFICIAL_AND_REPORTING_YEAR_ESTIMATE",
  REPORTING_YEAR_FIGURE = "REPORTING_YEAR_FIGURE",
}

registerEnumType(RequiredFigures, {
  name: "RequiredFigures",
  description:
    "Which figures an appendix row asks of its unit every December, read from the row's wording by the importer.",
  valuesConfig: {
    PREVIOUS_YEAR_OFFICIAL_AND_REPORTING_YEAR_ESTIMATE: {
      description:
        'The row says "theo số chính thức của năm trước và ước thực hiện năm báo cáo": for every required cell, the OFFICIAL figure of the year before the reporting year, and a figure of the reporting year (an estimate at least; a preliminary or official one counts too). In Plan 3438/KH-UBND: row 1, Cục Thống kê.',
    },
    REPORTING_YEAR_FIGURE: {
      description:
        "The row names no status or earlier year: for every required cell, a figure of the reporting year, of any status (estimate, preliminary or official). In Plan 3438/KH-UBND: rows 2–9.",
    },
  },
});
