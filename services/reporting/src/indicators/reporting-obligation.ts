import { endOfVietnamDay } from "@hpig/kit";
import { GraphQLDateTimeISO } from "graphql-scalars";
import { Directive, Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
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
    description: "OFFICIAL for the previous year; any status for the reporting year's estimate.",
  })
  needs!: ObservationStatus;
}

/**
 * What a unit has sent against its obligation for a year, counted like DHIS2's reporting rates:
 * every required cell of every indicator the unit reports needs an OFFICIAL figure for the
 * previous year and a figure (an estimate at least) for the year itself.
 */
@ObjectType({ description: "What a unit has sent against its December obligation, like DHIS2's reporting rates." })
@Directive("@shareable")
export class ObligationSubmission {
  @Field(() => Int, {
    description: "Required items: each required cell twice (previous year official, this year's estimate).",
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

export interface SubmissionInput {
  year: number;
  deadline: string;
  indicators: IndicatorDefinition[];
  codeLists: ReadonlyMap<string, CodeList>;
  /** Every revision of the indicators' figures, ordered by period end then recording time. */
  observations: Observation[];
}

export function obligationSubmission({
  year,
  deadline,
  indicators,
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
    // Last year's official figure is owed for the cells in use last year (a park opened this year owes none).
    const items = [
      ...requiredCells(definition, codeLists, year - 1).map(
        (cell) => [cell, String(year - 1), ObservationStatus.OFFICIAL] as const,
      ),
      ...requiredCells(definition, codeLists, year).map(
        (cell) => [cell, String(year), ObservationStatus.ESTIMATE] as const,
      ),
    ];
    for (const [cell, period, needs] of items) {
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
