import {
  type AuditWriter,
  isUniqueViolation,
  recordAudit,
  runInTransaction,
  UserInputError,
  vietnamDate,
} from "@hpig/kit";
import { type DataSource, type EntityManager, In } from "typeorm";

import { AuditSubjectType } from "../audit/audit-history";
import { fitFigures } from "../audit/audit-payload";
import { IndicatorReference } from "../registry/indicator-reference.entity";
import { checkFigureRights, reporterOf } from "../rights/rights";
import { breakdownKey } from "./breakdown";
import { Observation } from "./observation.entity";
import type { SubmitObservationsInput } from "./observation.input";
import { ObservationBatchResult, type ObservationWarning } from "./observation-batch";
import { INVALID_OBSERVATIONS, ObservationErrorCode, type ObservationProblem } from "./observation-errors";
import { type CheckedObservation, checkObservation, type IndicatorCatalogue } from "./observation-rules";
import { outlierNote } from "./outlier";

/**
 * Who may submit figures of these indicators: an editor of the unit the domain's copy of the
 * plan's catalogue names for each of them (indicators this domain does not define are left to
 * the figure rules). Refuses the whole submission with FORBIDDEN, listing the foreign ones;
 * returns the editor's agency.
 */
export async function checkSubmissionRights(
  db: DataSource | EntityManager,
  catalogue: IndicatorCatalogue,
  writer: AuditWriter,
  indicatorCodes: Iterable<string>,
): Promise<string> {
  const codes = [...new Set(indicatorCodes)].filter((code) => catalogue.definitions.has(code));
  const references = codes.length === 0 ? [] : await db.getRepository(IndicatorReference).findBy({ code: In(codes) });
  const reporters = new Map(references.map((reference) => [reference.code, reference.agencyCode]));
  return checkFigureRights(writer.principal, codes, (code) => reporters.get(code));
}

/** What a submission of figures derived from records adds: their provenance, stored and audited with them. */
export interface DerivedSubmission {
  /** Stores the provenance of the revisions just inserted, in the submission's transaction. */
  record(manager: EntityManager, observations: readonly Observation[]): Promise<void>;
  /** What the audit entry says of a figure's provenance. */
  summary(observation: Observation): Record<string, unknown>;
}

/**
 * Records a submission of figures, all or nothing, in one transaction: only an editor of the unit
 * that reports every indicator sent may submit (checkSubmissionRights); every figure is checked
 * (on its own, against the others sent, and against what is recorded), every problem is
 * reported at once, and a figure equal to its cell's latest is not recorded again, so sending
 * the same submission twice changes nothing. A submission that records something gets one audit
 * entry (the cells' previous latest revisions before, the new ones after); a dry run or one that
 * changes nothing gets none. The reporter recorded is the signed-in caller's name. A submission of
 * figures derived from records (`derived`) stores their provenance in the same transaction.
 */
export async function recordObservations(
  db: DataSource,
  catalogue: IndicatorCatalogue,
  input: SubmitObservationsInput,
  now: Date,
  writer: AuditWriter,
  derived?: DerivedSubmission,
): Promise<ObservationBatchResult> {
  const agency = await checkSubmissionRights(
    db,
    catalogue,
    writer,
    input.observations.map((observation) => observation.indicatorCode),
  );
  const reporter = reporterOf(writer.principal);
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
          `First: figure ${problems[0].index + 1}: ${problems[0].message}`,
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
    const replaced: Observation[] = [];
    for (const item of checked) {
      const submitted = input.observations[item.index];
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
      if (latest) {
        result.revised += 1;
        replaced.push(latest);
      } else result.created += 1;
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
          reporter,
          recordedAt: now.toISOString(),
          revision: (latest?.revision ?? 0) + 1,
          outlier: note !== null,
          outlierNote: note,
          sample: false,
        }),
      );
    }
    if (!input.dryRun && result.observations.length > 0) {
      await save(manager, result.observations);
      if (derived) await derived.record(manager, result.observations);
      const indicators = [...new Set(result.observations.map((observation) => observation.indicatorCode))].sort();
      await recordAudit(
        manager,
        writer,
        {
          action: derived ? "observations.submitDerived" : "observations.submit",
          entityType: "Observation",
          entityKey: submissionKey(agency, indicators),
          before: replaced.length > 0 ? fitFigures(replaced.map(figureOf)) : null,
          after: fitFigures(
            result.observations.map((observation) => ({ ...figureOf(observation), ...derived?.summary(observation) })),
          ),
          subjects: indicators.map((code) => ({ type: AuditSubjectType.Indicator, key: code })),
        },
        now,
      );
    }
    return result;
  });
}

/** "BQLKKT/PARK_AREA_HA,PARK_OCCUPIED_AREA_HA": the unit and the indicators of a submission, within 255 characters. */
function submissionKey(agency: string, indicators: string[]): string {
  const key = `${agency}/${indicators.join(",")}`;
  return key.length <= 255 ? key : `${key.slice(0, 254)}…`;
}

/** A figure as the audit trail keeps it: the cell, the value and how it was given. */
function figureOf(observation: Observation) {
  return {
    indicatorCode: observation.indicatorCode,
    period: observation.period,
    breakdown: observation.breakdown,
    value: observation.value,
    status: observation.status,
    source: observation.source,
    comment: observation.comment,
    revision: observation.revision,
    reporter: observation.reporter,
    recordedAt: observation.recordedAt,
  };
}

/** Rows per INSERT: 17 columns each stays under SQLite's 32 766 variables and MySQL's packet size. */
const INSERT_CHUNK = 500;

async function save(manager: EntityManager, observations: Observation[]): Promise<void> {
  try {
    for (let start = 0; start < observations.length; start += INSERT_CHUNK) {
      await manager.getRepository(Observation).insert(observations.slice(start, start + INSERT_CHUNK));
    }
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
