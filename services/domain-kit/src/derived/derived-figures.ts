import { type AuditWriter, UserInputError } from "@hpig/kit";
import { type DataSource, type EntityManager, In } from "typeorm";

import { type Breakdown, breakdownKey } from "../indicators/breakdown";
import { ObservationPeriodType } from "../indicators/indicator-definition";
import { Observation } from "../indicators/observation.entity";
import { BreakdownInput, ObservationInput, SubmitObservationsInput } from "../indicators/observation.input";
import { type DerivedSubmission, recordObservations } from "../indicators/observation.service";
import type { ObservationBatchResult } from "../indicators/observation-batch";
import type { IndicatorCatalogue } from "../indicators/observation-rules";
import type { ObservationStatus } from "../indicators/observation-status";
import type { DerivedCell, FigureDeriver } from "./figure-deriver";
import { ObservationProvenance, ObservationProvenanceRecord } from "./observation-provenance.entity";

/** One deriver's figure for a year: its cells as computed, values rounded as the database keeps them. */
export interface DerivedYear {
  deriver: FigureDeriver;
  cells: DerivedCell[];
}

/** Rows per INSERT of record keys: 2 columns each, well under the databases' limits. */
const KEY_CHUNK = 500;

/** Values are kept to 6 decimals: a sum of records compares equal to the figure it becomes. */
function round6(value: number): number {
  return Number(value.toFixed(6));
}

/** The first year figures can be derived for, and the latest (this year). */
export function checkDerivedYear(year: number, now: Date): void {
  if (!Number.isInteger(year) || year < 1990 || year > now.getUTCFullYear()) {
    throw new UserInputError(`year must be a year from 1990 to ${now.getUTCFullYear()}, not ${year}.`, undefined, {
      field: "year",
    });
  }
}

/** The derivers asked for by indicator code (all when left out); an indicator without one is refused. */
export function selectDerivers(
  derivers: readonly FigureDeriver[],
  indicators: readonly string[] | null | undefined,
): FigureDeriver[] {
  if (indicators === null || indicators === undefined) return [...derivers];
  const known = new Map(derivers.map((deriver) => [deriver.indicatorCode, deriver]));
  const unknown = indicators.filter((code) => !known.has(code));
  if (indicators.length === 0 || indicators.length > 100 || unknown.length > 0) {
    const list = [...known.keys()].join(", ") || "none";
    throw new UserInputError(
      indicators.length === 0 || indicators.length > 100
        ? `indicators must name 1 to 100 indicators derived from records (here: ${list}).`
        : `${unknown
            .slice(0, 5)
            .map((code) => `"${code.slice(0, 64)}"`)
            .join(", ")} ${unknown.length === 1 ? "is" : "are"} not derived from records here (derived: ${list}).`,
      undefined,
      { field: "indicators" },
    );
  }
  return [...new Set(indicators)].map((code) => known.get(code)!);
}

/** Each deriver's cells for the year, values rounded to the 6 decimals the database keeps. */
export async function deriveYear(
  manager: EntityManager,
  derivers: readonly FigureDeriver[],
  year: number,
): Promise<DerivedYear[]> {
  const years: DerivedYear[] = [];
  for (const deriver of derivers) {
    const cells = await deriver.derive(manager, year);
    years.push({ deriver, cells: cells.map((cell) => ({ ...cell, value: round6(cell.value) })) });
  }
  return years;
}

/** "Tính từ 137 dự án / derived from 137 InvestmentProject records": the figure's source. */
export function provenanceSource(deriver: FigureDeriver, count: number): string {
  const words = deriver.recordName ?? `bản ghi ${deriver.recordType}`;
  return `Tính từ ${count} ${words} / derived from ${count} ${deriver.recordType} records`;
}

export interface SubmitDerivedOptions {
  year: number;
  indicators: readonly string[];
  dryRun: boolean;
  status: ObservationStatus;
}

/**
 * Submits the year's derived figures of these indicators as their yearly figures, through
 * recordObservations (the same rights, checks, revisions and audit as any submission), each new
 * revision with its provenance (what it was derived from) stored in the same transaction.
 */
export async function submitDerivedFigures(
  db: DataSource,
  catalogue: IndicatorCatalogue,
  derivers: readonly FigureDeriver[],
  options: SubmitDerivedOptions,
  now: Date,
  writer: AuditWriter,
): Promise<ObservationBatchResult> {
  checkDerivedYear(options.year, now);
  const selected = selectDerivers(derivers, options.indicators);
  const period = String(options.year);
  const derived = await deriveYear(db.manager, selected, options.year);
  const byCell = new Map<string, { deriver: FigureDeriver; cell: DerivedCell }>();
  const observations = derived.flatMap(({ deriver, cells }) =>
    cells.map((cell) => {
      byCell.set(cellKeyOf(deriver.indicatorCode, period, cell.breakdown), { deriver, cell });
      return Object.assign(new ObservationInput(), {
        indicatorCode: deriver.indicatorCode,
        period,
        breakdown: Object.entries(cell.breakdown).map(([dimension, code]) =>
          Object.assign(new BreakdownInput(), { dimension, code }),
        ),
        value: cell.value,
        status: options.status,
        source: provenanceSource(deriver, cell.recordKeys.length),
        comment: null,
      });
    }),
  );
  if (observations.length === 0) {
    throw new UserInputError(`No figure of ${options.year} can be derived: the records give no cell.`, undefined, {
      field: "year",
    });
  }
  const provenanceOf = (observation: Observation) =>
    byCell.get(cellKeyOf(observation.indicatorCode, observation.period, observation.breakdown))!;
  const submission: DerivedSubmission = {
    record: async (manager, recorded) => {
      const ids = await idsOf(manager, recorded);
      const rows = recorded.map((observation) => {
        const { deriver, cell } = provenanceOf(observation);
        return {
          observationId: ids.get(revisionKey(observation))!,
          recordType: deriver.recordType,
          recordCount: cell.recordKeys.length,
          method: deriver.method.slice(0, 1000),
          keys: [...new Set(cell.recordKeys)],
        };
      });
      await manager.getRepository(ObservationProvenance).insert(rows.map(({ keys: _keys, ...row }) => row));
      const keys = rows.flatMap((row) =>
        row.keys.map((recordKey) => ({ observationId: row.observationId, recordKey })),
      );
      for (let start = 0; start < keys.length; start += KEY_CHUNK) {
        await manager.getRepository(ObservationProvenanceRecord).insert(keys.slice(start, start + KEY_CHUNK));
      }
    },
    summary: (observation) => {
      const { deriver, cell } = provenanceOf(observation);
      return { provenance: { recordType: deriver.recordType, recordCount: cell.recordKeys.length } };
    },
  };
  return recordObservations(
    db,
    catalogue,
    Object.assign(new SubmitObservationsInput(), { observations, dryRun: options.dryRun }),
    now,
    writer,
    submission,
  );
}

function cellKeyOf(indicatorCode: string, period: string, breakdown: Breakdown): string {
  return `${indicatorCode}|${period}|${breakdownKey(breakdown)}`;
}

function revisionKey(observation: Pick<Observation, "indicatorCode" | "period" | "breakdownKey" | "revision">) {
  return `${observation.indicatorCode}|${observation.period}|${observation.breakdownKey}|${observation.revision}`;
}

/** The ids of revisions just inserted, found by their unique key (indicator, period, cell, revision). */
async function idsOf(manager: EntityManager, observations: readonly Observation[]): Promise<Map<string, number>> {
  const rows = await manager.getRepository(Observation).find({
    select: { id: true, indicatorCode: true, period: true, breakdownKey: true, revision: true },
    where: {
      indicatorCode: In([...new Set(observations.map((observation) => observation.indicatorCode))]),
      period: In([...new Set(observations.map((observation) => observation.period))]),
      periodType: ObservationPeriodType.YEAR,
      revision: In([...new Set(observations.map((observation) => observation.revision))]),
    },
  });
  return new Map(rows.map((row) => [revisionKey(row), row.id]));
}
