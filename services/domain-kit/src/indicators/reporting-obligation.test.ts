import { RequiredFigures } from "@hpig/kit";

import { IndicatorReference } from "../registry/indicator-reference.entity";
import { type CodeList, type IndicatorDefinition, ObservationPeriodType, ValueType } from "./indicator-definition";
import { Observation } from "./observation.entity";
import { ObservationStatus } from "./observation-status";
import {
  obligationIndicators,
  obligationItems,
  obligationSubmission,
  requiredCells,
  SubmissionStatus,
} from "./reporting-obligation";

const { PREVIOUS_YEAR_OFFICIAL_AND_REPORTING_YEAR_ESTIMATE, REPORTING_YEAR_FIGURE } = RequiredFigures;

const PARKS: CodeList = {
  code: "INDUSTRIAL_PARK",
  name: "KCN",
  nameEn: "Park",
  source: "test",
  entries: [
    { code: "OLD", name: "Old", nameEn: "Old", validFrom: 1994 },
    { code: "NEW", name: "New", nameEn: "New", validFrom: 2015 },
  ],
};
const codeLists = new Map([[PARKS.code, PARKS]]);
const AREA: IndicatorDefinition = {
  code: "PARK_AREA_HA",
  unit: "ha",
  valueType: ValueType.AREA_HA,
  periodTypes: [ObservationPeriodType.YEAR],
  dimensions: ["INDUSTRIAL_PARK"],
  requiredBreakdown: ["INDUSTRIAL_PARK"],
};
const PROJECTS: IndicatorDefinition = {
  code: "PROJECTS",
  unit: "dự án",
  valueType: ValueType.COUNT,
  periodTypes: [ObservationPeriodType.YEAR],
  dimensions: ["INDUSTRIAL_PARK"],
};

let id = 0;
function figure(
  indicatorCode: string,
  period: string,
  status: ObservationStatus,
  recordedAt: string,
  cell = "",
): Observation {
  return Object.assign(new Observation(), {
    id: ++id,
    indicatorCode,
    period,
    breakdownKey: cell,
    status,
    recordedAt,
    value: 1,
  });
}

const ON_TIME = "2015-12-20T03:00:00.000Z";
const LATE = "2016-01-15T03:00:00.000Z";
/** An obligation like Cục Thống kê's (row 1): last year's official figure and this year's estimate. */
const input = (observations: Observation[]) => ({
  year: 2015,
  deadline: "2015-12-31",
  indicators: [AREA, PROJECTS],
  requiredFigures: PREVIOUS_YEAR_OFFICIAL_AND_REPORTING_YEAR_ESTIMATE,
  codeLists,
  observations,
});
/** The same indicators owed as every other unit owes them (rows 2–9): this year's figure only. */
const reportingYearOnly = (observations: Observation[]) => ({
  ...input(observations),
  requiredFigures: REPORTING_YEAR_FIGURE,
});
const everything = (recordedAt: string) => [
  figure("PARK_AREA_HA", "2014", ObservationStatus.OFFICIAL, recordedAt, "INDUSTRIAL_PARK=OLD"),
  figure("PARK_AREA_HA", "2015", ObservationStatus.ESTIMATE, recordedAt, "INDUSTRIAL_PARK=OLD"),
  figure("PARK_AREA_HA", "2014", ObservationStatus.OFFICIAL, recordedAt, "INDUSTRIAL_PARK=NEW"),
  figure("PARK_AREA_HA", "2015", ObservationStatus.ESTIMATE, recordedAt, "INDUSTRIAL_PARK=NEW"),
  figure("PROJECTS", "2014", ObservationStatus.OFFICIAL, recordedAt),
  figure("PROJECTS", "2015", ObservationStatus.PRELIMINARY, recordedAt),
];

describe("requiredCells", () => {
  it("is every code of the required dimensions in use that year, or the total", () => {
    expect(requiredCells(AREA, codeLists, 2014)).toEqual([{ INDUSTRIAL_PARK: "OLD" }]);
    expect(requiredCells(AREA, codeLists, 2015)).toEqual([{ INDUSTRIAL_PARK: "OLD" }, { INDUSTRIAL_PARK: "NEW" }]);
    expect(requiredCells(PROJECTS, codeLists, 2015)).toEqual([{}]);
  });
});

describe("obligationItems", () => {
  it("asks for last year's official figure of the cells then in use, each just before this year's figure, where the row says so", () => {
    expect(obligationItems(AREA, codeLists, 2015, PREVIOUS_YEAR_OFFICIAL_AND_REPORTING_YEAR_ESTIMATE)).toEqual([
      { cell: { INDUSTRIAL_PARK: "OLD" }, period: "2014", needs: ObservationStatus.OFFICIAL },
      { cell: { INDUSTRIAL_PARK: "OLD" }, period: "2015", needs: ObservationStatus.ESTIMATE },
      { cell: { INDUSTRIAL_PARK: "NEW" }, period: "2015", needs: ObservationStatus.ESTIMATE },
    ]);
    expect(obligationItems(PROJECTS, codeLists, 2015, PREVIOUS_YEAR_OFFICIAL_AND_REPORTING_YEAR_ESTIMATE)).toEqual([
      { cell: {}, period: "2014", needs: ObservationStatus.OFFICIAL },
      { cell: {}, period: "2015", needs: ObservationStatus.ESTIMATE },
    ]);
  });

  it("asks for this year's figure only where the row names no official figure of the year before", () => {
    expect(obligationItems(AREA, codeLists, 2015, REPORTING_YEAR_FIGURE)).toEqual([
      { cell: { INDUSTRIAL_PARK: "OLD" }, period: "2015", needs: ObservationStatus.ESTIMATE },
      { cell: { INDUSTRIAL_PARK: "NEW" }, period: "2015", needs: ObservationStatus.ESTIMATE },
    ]);
    expect(obligationItems(PROJECTS, codeLists, 2015, REPORTING_YEAR_FIGURE)).toEqual([
      { cell: {}, period: "2015", needs: ObservationStatus.ESTIMATE },
    ]);
  });
});

describe("obligationIndicators", () => {
  const reference = (code: string, position: number, requirementPosition: number | null) =>
    Object.assign(new IndicatorReference(), {
      code,
      agencyCode: "THONGKE",
      position,
      requirementPosition,
      requiredFigures: requirementPosition === null ? null : PREVIOUS_YEAR_OFFICIAL_AND_REPORTING_YEAR_ESTIMATE,
    });
  const definitions = new Map([AREA, PROJECTS].map((definition) => [definition.code, definition]));

  it("lists the indicators answering an appendix row in catalogue order, never a section I quantity", () => {
    const references = [
      reference("PROJECTS", 3, 1),
      // A section I quantity the unit reports: the committee's own figure, no appendix item.
      reference("PROJECTS_GROWTH", 1, null),
      reference("PARK_AREA_HA", 2, 1),
      // Listed in the catalogue but defined by no domain here.
      reference("ELSEWHERE", 4, 1),
    ];

    expect(obligationIndicators(references, definitions).map((d) => d.code)).toEqual(["PARK_AREA_HA", "PROJECTS"]);
  });

  it("is empty for a unit whose copy says nothing of appendix rows (a section I quantity, or a copy not yet synced)", () => {
    expect(obligationIndicators([reference("PROJECTS", 1, null)], definitions)).toEqual([]);
  });
});

describe("obligationSubmission", () => {
  it("is complete on time when every cell has last year's official figure and this year's estimate by the deadline", () => {
    const result = obligationSubmission(input(everything(ON_TIME)));

    // The NEW park opened in 2015: it owes this year's estimate, not last year's official figure.
    expect(result).toMatchObject({
      expectedItems: 5,
      receivedItems: 5,
      receivedOnTimeItems: 5,
      completeness: 1,
      timeliness: 1,
      status: SubmissionStatus.COMPLETE_ON_TIME,
      lastReceivedAt: ON_TIME,
      missing: [],
    });
  });

  it("is complete but late when the figures came after the deadline (Viet Nam time)", () => {
    const result = obligationSubmission(input(everything(LATE)));

    expect(result).toMatchObject({
      receivedItems: 5,
      receivedOnTimeItems: 0,
      timeliness: 0,
      status: SubmissionStatus.COMPLETE_LATE,
    });
  });

  it("counts the deadline day until midnight in Viet Nam (16:59:59 UTC)", () => {
    expect(obligationSubmission(input(everything("2015-12-31T16:59:59.000Z"))).status).toBe(
      SubmissionStatus.COMPLETE_ON_TIME,
    );
    expect(obligationSubmission(input(everything("2015-12-31T17:00:00.000Z"))).status).toBe(
      SubmissionStatus.COMPLETE_LATE,
    );
  });

  it("is partial, listing what is missing, when a cell lacks a figure or last year's is only an estimate", () => {
    const figures = everything(ON_TIME)
      .filter((row) => row.breakdownKey !== "INDUSTRIAL_PARK=NEW")
      .map((row) =>
        row.indicatorCode === "PROJECTS" && row.period === "2014"
          ? figure("PROJECTS", "2014", ObservationStatus.ESTIMATE, ON_TIME)
          : row,
      );

    const result = obligationSubmission(input(figures));

    expect(result).toMatchObject({
      expectedItems: 5,
      receivedItems: 3,
      completeness: 0.6,
      status: SubmissionStatus.PARTIAL,
    });
    expect(result.missing.map((m) => [m.indicatorCode, m.period, m.cell, m.needs])).toEqual([
      ["PARK_AREA_HA", "2015", "INDUSTRIAL_PARK=NEW", ObservationStatus.ESTIMATE],
      ["PROJECTS", "2014", "", ObservationStatus.OFFICIAL],
    ]);
  });

  it("is not received when nothing came", () => {
    expect(obligationSubmission(input([]))).toMatchObject({
      receivedItems: 0,
      completeness: 0,
      status: SubmissionStatus.NOT_RECEIVED,
      lastReceivedAt: null,
    });
  });

  it("counts this year's figures only, of any status, where the row asks for nothing of last year", () => {
    const thisYear = everything(ON_TIME).filter((row) => row.period === "2015");

    // Three cells (OLD, NEW, the PROJECTS total), once each; last year's figures are not needed.
    expect(obligationSubmission(reportingYearOnly(thisYear))).toMatchObject({
      expectedItems: 3,
      receivedItems: 3,
      completeness: 1,
      status: SubmissionStatus.COMPLETE_ON_TIME,
      missing: [],
    });
    // The same figures fall short where last year's official figures are owed (3 of 5 items).
    expect(obligationSubmission(input(thisYear))).toMatchObject({
      expectedItems: 5,
      receivedItems: 3,
      completeness: 0.6,
      status: SubmissionStatus.PARTIAL,
    });
  });

  it("lists only this year's cells as missing, needing any figure, where the row asks for nothing of last year", () => {
    const oldPark = everything(ON_TIME).filter((row) => row.breakdownKey === "INDUSTRIAL_PARK=OLD");

    const result = obligationSubmission(reportingYearOnly(oldPark));

    expect(result).toMatchObject({ expectedItems: 3, receivedItems: 1, status: SubmissionStatus.PARTIAL });
    expect(result.missing.map((m) => [m.indicatorCode, m.period, m.cell, m.needs])).toEqual([
      ["PARK_AREA_HA", "2015", "INDUSTRIAL_PARK=NEW", ObservationStatus.ESTIMATE],
      ["PROJECTS", "2015", "", ObservationStatus.ESTIMATE],
    ]);
  });

  it("reads the latest revision known at the deadline for timeliness", () => {
    const figures = everything(ON_TIME);
    // Last year's official figure for PROJECTS was first sent as an estimate on time, made official after the deadline.
    figures[4] = figure("PROJECTS", "2014", ObservationStatus.ESTIMATE, ON_TIME);
    figures.push(figure("PROJECTS", "2014", ObservationStatus.OFFICIAL, LATE));

    const result = obligationSubmission(input(figures));

    expect(result).toMatchObject({ receivedItems: 5, receivedOnTimeItems: 4, status: SubmissionStatus.COMPLETE_LATE });
  });
});
