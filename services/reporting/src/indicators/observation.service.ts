import { UserInputError, isUniqueViolation, runInTransaction } from "@hpig/kit";
import { type DataSource, type EntityManager, In } from "typeorm";
import { vietnamDate } from "../progress/vietnam-time";
import { breakdownKey } from "./breakdown";
import { ObservationBatchResult, type ObservationWarning } from "./observation-batch";
import { INVALID_OBSERVATIONS, ObservationErrorCode, type ObservationProblem } from "./observation-errors";
import { Observation } from "./observation.entity";
import type { SubmitObservationsInput } from "./observation.input";
import { type CheckedObservation, type IndicatorCatalogue, checkObservation } from "./observation-rules";
import { outlierNote } from "./outlier";

/**
 * Records a submission of figures, all or nothing, in one transaction: every figure is checked
 * (on its own, against the others sent, and against what is recorded), every problem is
 * reported at once, and a figure equal to its cell's latest is not recorded again, so sending
 * the same submission twice changes nothing.
 */
export async function recordObservations(
  db: DataSource,
  catalogue: IndicatorCatalogue,
  input: SubmitObservationsInput,
  now: Date,
): Promise<ObservationBatchResult> {
  const today = vietnamDate(now);
  const problems: ObservationProblem[] = [];
  const checked: CheckedObservation[] = [];
  const seen = new Map<string, number>();
  input.observations.forEach((candidate, index) => {
    const result = checkObservation(candidate, index, catalogue, today);
    if (Array.isArray(result)) {
      problems.push(...result);
      return;
    }
    const first = seen.get(result.cellKey);
    if (first !== undefined) {
      problems.push({
        index,
        field: "period",
        code: ObservationErrorCode.DuplicateCell,
        message: `The same cell (${result.definition.code}, ${result.period.text}) is given twice: at ${first + 1} and ${index + 1}.`,
      });
      return;
    }
    seen.set(result.cellKey, index);
    checked.push(result);
  });

  return runInTransaction(db, async (manager) => {
    const recorded = await recordedCells(manager, catalogue, checked);
    problems.push(...crossCheckProblems(checked, recorded, catalogue));
    if (problems.length > 0) {
      problems.sort((a, b) => a.index - b.index);
      throw new UserInputError(
        `${new Set(problems.map((p) => p.index)).size} of ${input.observations.length} figures are invalid; nothing was recorded. ` +
          `First: figure ${problems[0]!.index + 1}: ${problems[0]!.message}`,
        INVALID_OBSERVATIONS,
        { problems },
      );
    }

    const result = Object.assign(new ObservationBatchResult(), {
      dryRun: input.dryRun,
      received: input.observations.length,
      created: 0,
      revised: 0,
      unchanged: 0,
      warnings: [] as ObservationWarning[],
      observations: [] as Observation[],
    });
    for (const item of checked) {
      const submitted = input.observations[item.index]!;
      const latest = recorded.latest.get(item.cellKey);
      const source = submitted.source ?? null;
      const comment = submitted.comment ?? null;
      if (
        latest &&
        latest.value === item.value &&
        latest.status === submitted.status &&
        latest.source === source &&
        latest.comment === comment
      ) {
        result.unchanged += 1;
        continue;
      }
      const note = outlierNote(item.value, recorded.history(item));
      if (note)
        result.warnings.push({
          index: item.index,
          code: "OUTLIER",
          message: `${item.definition.code} ${item.period.text}: ${note}`,
        });
      if (latest) result.revised += 1;
      else result.created += 1;
      result.observations.push(
        Object.assign(new Observation(), {
          indicatorCode: item.definition.code,
          period: item.period.text,
          periodType: item.period.type,
          periodEnd: item.period.end,
          breakdownKey: breakdownKey(item.breakdown),
          breakdown: item.breakdown,
          value: item.value,
          status: submitted.status,
          source,
          comment,
          reporter: input.reporter,
          recordedAt: now.toISOString(),
          revision: (latest?.revision ?? 0) + 1,
          outlier: note !== null,
          outlierNote: note,
          sample: false,
        }),
      );
    }
    if (!input.dryRun && result.observations.length > 0) await save(manager, result.observations);
    return result;
  });
}

async function save(manager: EntityManager, observations: Observation[]): Promise<void> {
  try {
    await manager.getRepository(Observation).insert(observations);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw new UserInputError(
      "Some of these figures were changed by another submission meanwhile; nothing was recorded. Submit again.",
      "REVISION_CONFLICT",
    );
  }
}

/** What is recorded for the submitted indicators and their cross-check partners: latest per cell, and each series' history. */
async function recordedCells(
  manager: EntityManager,
  { definitions }: IndicatorCatalogue,
  checked: CheckedObservation[],
) {
  const codes = new Set(checked.map((item) => item.definition.code));
  for (const definition of definitions.values()) {
    for (const check of definition.crossChecks ?? []) {
      if (codes.has(definition.code)) codes.add(check.atMost);
      if (codes.has(check.atMost)) codes.add(definition.code);
    }
  }
  const rows =
    codes.size === 0
      ? []
      : await manager.getRepository(Observation).find({
          where: { indicatorCode: In([...codes]) },
          order: { periodEnd: "ASC", recordedAt: "ASC", id: "ASC" },
        });
  const latest = new Map<string, Observation>();
  for (const row of rows) latest.set(`${row.indicatorCode}|${row.period}|${row.breakdownKey}`, row);
  const series = new Map<string, Observation[]>();
  for (const row of latest.values()) {
    const key = `${row.indicatorCode}|${row.breakdownKey}|${row.periodType}`;
    series.set(key, [...(series.get(key) ?? []), row]);
  }
  return {
    latest,
    /** The latest values of the other periods of the same type in the same series. */
    history: (item: CheckedObservation) =>
      (series.get(`${item.definition.code}|${breakdownKey(item.breakdown)}|${item.period.type}`) ?? [])
        .filter((row) => row.period !== item.period.text)
        .map((row) => row.value),
  };
}

/** Figures bound by another indicator's figure for the same cell (occupied area ≤ total area), whichever side is submitted. */
function crossCheckProblems(
  checked: CheckedObservation[],
  recorded: { latest: Map<string, Observation> },
  { definitions }: IndicatorCatalogue,
): ObservationProblem[] {
  const submitted = new Map(checked.map((item) => [item.cellKey, item]));
  const valueOf = (code: string, item: CheckedObservation): number | undefined => {
    const key = `${code}|${item.period.text}|${breakdownKey(item.breakdown)}`;
    return submitted.get(key)?.value ?? recorded.latest.get(key)?.value;
  };
  const problems: ObservationProblem[] = [];
  for (const item of checked) {
    for (const check of item.definition.crossChecks ?? []) {
      const limit = valueOf(check.atMost, item);
      if (limit !== undefined && item.value > limit) {
        problems.push({
          index: item.index,
          field: "value",
          code: ObservationErrorCode.CrossCheckFailed,
          message: `${item.definition.code} ${item.value} exceeds ${check.atMost} ${limit} for ${item.period.text}: ${check.reason}.`,
        });
      }
    }
    for (const other of definitions.values()) {
      for (const check of other.crossChecks ?? []) {
        if (
          check.atMost !== item.definition.code ||
          submitted.has(`${other.code}|${item.period.text}|${breakdownKey(item.breakdown)}`)
        )
          continue;
        const bound = valueOf(other.code, item);
        if (bound !== undefined && bound > item.value) {
          problems.push({
            index: item.index,
            field: "value",
            code: ObservationErrorCode.CrossCheckFailed,
            message: `${item.definition.code} ${item.value} is below the recorded ${other.code} ${bound} for ${item.period.text}: ${check.reason}.`,
          });
        }
      }
    }
  }
  return problems;
}
