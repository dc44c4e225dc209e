import { endOfVietnamDay, RequiredFigures } from "@hpig/kit";
import { GraphQLDateTimeISO } from "graphql-scalars";
import { Directive, Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";

import type { IndicatorReference } from "../registry/indicator-reference.entity";
import { type Breakdown, breakdownKey } from "./breakdown";
import type { CodeList, IndicatorDefinition } from "./indicator-definition";
import type { Observation } from "./observation.entity";
import { ObservationStatus } from "./observation-status";

export enum SubmissionStatus {
  COMPLETE_ON_TIME = "COMPLETE_ON_TIME",
  COMPLETE_LATE = "COMPLETE_LATE",
  PARTIAL = "PARTIAL",
  NOT_RECEIVED = "NOT_RECEIVED",
}

registerEnumType(SubmissionStatus, {
  name: "SubmissionStatus",
  description: "How far a unit has met its December obligation.",
  valuesConfig: {
    COMPLETE_ON_TIME: { description: "Every required item received by the deadline." },
    COMPLETE_LATE: { description: "Every required item received, some after the deadline." },
    PARTIAL: { description: "Some required items received, some still missing." },
    NOT_RECEIVED: { description: "Nothing of the obligation received yet." },
  },
});

@ObjectType({
  description: "A required figure not (yet) received: an indicator, a period, a cell, and the status it needs.",
})
@Directive("@shareable")
export class MissingItem {
  @Field(() => ID, { description: "The indicator." })
  indicatorCode!: string;

  @Field(() => String, { description: 'The year the figure is for, e.g. "2015".' })
  period!: string;

  @Field(() => String, { description: 'The cell, e.g. "INDUSTRIAL_PARK=NOMURA"; "" for the total.' })
  cell!: string;

  @Field(() => ObservationStatus, {
    description:
      "OFFICIAL: the official figure of the year before the reporting year, owed only where the obligation's requiredFigures asks for it (Cục Thống kê); ESTIMATE: a figure of the reporting year, of any status (an estimate at least).",
  })
  needs!: ObservationStatus;
}

/**
 * What a unit has sent against its obligation for a year, counted like DHIS2's reporting rates:
 * every required cell of every indicator of the obligation needs a figure for the year itself and,
 * where the appendix row asks for it, an OFFICIAL figure for the previous year (obligationItems).
 */
@ObjectType({ description: "What a unit has sent against its December obligation, like DHIS2's reporting rates." })
@Directive("@shareable")
export class ObligationSubmission {
  @Field(() => Int, {
    description:
      "Required items: every required cell (the total, or each code of a required breakdown in use that year) of every indicator of the obligation (ReportingObligation.indicators, never a section I quantity), once for the reporting year's figure and, where requiredFigures asks for it, once more for the previous year's official figure. The unit's spreadsheet template has exactly these rows.",
  })
  expectedItems!: number;

  @Field(() => Int, { description: "Required items received so far." })
  receivedItems!: number;

  @Field(() => Int, { description: "Required items received by the deadline." })
  receivedOnTimeItems!: number;

  @Field(() => Float, { description: "receivedItems / expectedItems (1 when nothing is required)." })
  completeness!: number;

  @Field(() => Float, { description: "receivedOnTimeItems / expectedItems: the on-time reporting rate." })
  timeliness!: number;

  @Field(() => SubmissionStatus, { description: "Complete on time, complete late, partial or not received." })
  status!: SubmissionStatus;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: "When the latest counted figure was recorded." })
  lastReceivedAt!: string | null;

  @Field(() => [MissingItem], { description: "What is still missing (at most 100 shown)." })
  missing!: MissingItem[];
}

/** The cells an indicator must report for a year: each combination of its required dimensions' codes in use then. */
export function requiredCells(
  definition: IndicatorDefinition,
  codeLists: ReadonlyMap<string, CodeList>,
  year: number,
): Breakdown[] {
  let cells: Breakdown[] = [{}];
  for (const dimension of definition.requiredBreakdown ?? []) {
    const codes = (codeLists.get(dimension)?.entries ?? []).filter((entry) => (entry.validFrom ?? 0) <= year);
    cells = cells.flatMap((cell) => codes.map((entry) => ({ ...cell, [dimension]: entry.code })));
  }
  return cells;
}

/**
 * The indicators a unit's December obligation asks for, in catalogue order: those of the domain's
 * copy of the catalogue that answer an appendix row (and that this domain defines). The section I
 * quantities answer no row: the committee's own figures, never part of an obligation.
 */
export function obligationIndicators(
  references: readonly IndicatorReference[],
  definitions: ReadonlyMap<string, IndicatorDefinition>,
): IndicatorDefinition[] {
  return [...references]
    .filter((reference) => reference.requirementPosition !== null)
    .sort((a, b) => a.position - b.position)
    .map((reference) => definitions.get(reference.code))
    .filter((definition): definition is IndicatorDefinition => definition !== undefined);
}

/** One figure an obligation asks for: an indicator's cell, a period and the status it needs. */
export interface ObligationItem {
  cell: Breakdown;
  period: string;
  /** OFFICIAL: only an official figure counts; ESTIMATE: any figure does. */
  needs: ObservationStatus;
}

/**
 * What an obligation asks of one indicator for a reporting year, cell by cell (in template
 * order): where the appendix row asks for it, the previous year's OFFICIAL figure of a cell that
 * was in use that year (a park opened this year owes none), then a figure of the year, any status,
 * of every cell in use. Codes only ever enter the code lists, so last year's cells are among this year's.
 */
export function obligationItems(
  definition: IndicatorDefinition,
  codeLists: ReadonlyMap<string, CodeList>,
  year: number,
  requiredFigures: RequiredFigures,
): ObligationItem[] {
  const previous =
    requiredFigures === RequiredFigures.PREVIOUS_YEAR_OFFICIAL_AND_REPORTING_YEAR_ESTIMATE
      ? new Set(requiredCells(definition, codeLists, year - 1).map(breakdownKey))
      : new Set<string>();
  return requiredCells(definition, codeLists, year).flatMap((cell) => [
    ...(previous.has(breakdownKey(cell))
      ? [{ cell, period: String(year - 1), needs: ObservationStatus.OFFICIAL }]
      : []),
    { cell, period: String(year), needs: ObservationStatus.ESTIMATE },
  ]);
}

export interface SubmissionInput {
  year: number;
  deadline: string;
  /** The obligation's indicators (obligationIndicators). */
  indicators: IndicatorDefinition[];
  /** What the unit's appendix row asks for (the obligation's requiredFigures). */
  requiredFigures: RequiredFigures;
  codeLists: ReadonlyMap<string, CodeList>;
  /** Every revision of the indicators' figures, ordered by period end then recording time. */
  observations: Observation[];
}

export function obligationSubmission({
  year,
  deadline,
  indicators,
  requiredFigures,
  codeLists,
  observations,
}: SubmissionInput): ObligationSubmission {
  const cutoff = endOfVietnamDay(deadline);
  const latestNow = new Map<string, Observation>();
  const latestAtDeadline = new Map<string, Observation>();
  for (const row of observations) {
    const key = `${row.indicatorCode}|${row.period}|${row.breakdownKey}`;
    latestNow.set(key, row);
    if (row.recordedAt < cutoff) latestAtDeadline.set(key, row);
  }
  const meets = (row: Observation | undefined, needs: ObservationStatus) =>
    row !== undefined && (needs !== ObservationStatus.OFFICIAL || row.status === ObservationStatus.OFFICIAL);

  const missing: MissingItem[] = [];
  let expected = 0;
  let received = 0;
  let onTime = 0;
  let lastReceivedAt: string | null = null;
  for (const definition of indicators) {
    for (const { cell, period, needs } of obligationItems(definition, codeLists, year, requiredFigures)) {
      expected += 1;
      const key = `${definition.code}|${period}|${breakdownKey(cell)}`;
      const now = latestNow.get(key);
      if (meets(now, needs)) {
        received += 1;
        if (!lastReceivedAt || now!.recordedAt > lastReceivedAt) lastReceivedAt = now!.recordedAt;
      } else if (missing.length < 100) {
        missing.push(
          Object.assign(new MissingItem(), {
            indicatorCode: definition.code,
            period,
            cell: breakdownKey(cell),
            needs,
          }),
        );
      }
      if (meets(latestAtDeadline.get(key), needs)) onTime += 1;
    }
  }
  const status =
    received === 0 && expected > 0
      ? SubmissionStatus.NOT_RECEIVED
      : received < expected
        ? SubmissionStatus.PARTIAL
        : onTime === expected
          ? SubmissionStatus.COMPLETE_ON_TIME
          : SubmissionStatus.COMPLETE_LATE;
  return Object.assign(new ObligationSubmission(), {
    expectedItems: expected,
    receivedItems: received,
    receivedOnTimeItems: onTime,
    completeness: expected === 0 ? 1 : received / expected,
    timeliness: expected === 0 ? 1 : onTime / expected,
    status,
    lastReceivedAt,
    missing,
  });
}
