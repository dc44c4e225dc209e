import { type AuditWriter, UserInputError } from "@hpig/kit";
import type { DataSource } from "typeorm";

import { breakdownKey } from "../indicators/breakdown";
import { SubmitObservationsInput } from "../indicators/observation.input";
import { checkSubmissionRights, recordObservations } from "../indicators/observation.service";
import type { ObservationBatchResult } from "../indicators/observation-batch";
import { INVALID_OBSERVATIONS, ObservationErrorCode, type ObservationProblem } from "../indicators/observation-errors";
import type { IndicatorCatalogue } from "../indicators/observation-rules";
import { readCsvTable } from "./csv";
import { type ParsedSheet, readObservationRows } from "./read-rows";
import { type SheetProblem, sheetProblemsOf, type SheetWarning, sortSheetProblems } from "./sheet-problems";
import { type SheetTable, SpreadsheetStructureError } from "./sheet-table";
import { readXlsxTable } from "./xlsx";

export type SpreadsheetFormat = "xlsx" | "csv";

/** The most figures one submission may carry (SubmitObservationsInput's limit). */
export const MAX_FIGURES_PER_FILE = 5_000;

/** What an accepted upload did (or, in a dry run, would do). */
export interface UploadSummary {
  dryRun: boolean;
  /** Rows with a value: the figures submitted. */
  rows: number;
  /** Rows left out because their value is blank. */
  skipped: number;
  created: number;
  revised: number;
  unchanged: number;
  warnings: SheetWarning[];
}

/** A refused upload: nothing was written; every problem by row and column. */
export interface UploadRefusal {
  error: typeof INVALID_OBSERVATIONS;
  message: string;
  problems: SheetProblem[];
}

export type UploadOutcome = { status: 200; body: UploadSummary } | { status: 422; body: UploadRefusal };

export interface UploadOptions {
  dryRun: boolean;
  now: Date;
  /** The signed-in uploader (recorded as the figures' reporter) and the request, for rights and the audit trail. */
  writer: AuditWriter;
}

/**
 * Which format a file is in, by its first bytes rather than trusting the name or type a browser
 * gave it (Windows sends .csv as application/vnd.ms-excel): an .xlsx is a zip archive.
 */
export function detectSpreadsheetFormat(file: Buffer): SpreadsheetFormat {
  if (file.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return "xlsx";
  if (file.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
    throw new SpreadsheetStructureError(
      "This is an old Excel .xls file: save it as an Excel Workbook (.xlsx) or CSV UTF-8 and upload that.",
    );
  }
  return "csv";
}

export async function readSheet(file: Buffer, format: SpreadsheetFormat): Promise<SheetTable> {
  return format === "xlsx" ? readXlsxTable(file) : readCsvTable(file);
}

/**
 * Records the figures of an uploaded sheet, all or nothing: its structure is checked first,
 * then every row is read, then the uploader's rights over every indicator in the file (an editor
 * of the unit that reports them all: FORBIDDEN otherwise, before any figure is judged), then
 * recordObservations checks and records the figures in one transaction, with one audit entry.
 * Throws SpreadsheetStructureError for a file that cannot be read as figures.
 */
export async function uploadSpreadsheet(
  db: DataSource,
  catalogue: IndicatorCatalogue,
  table: SheetTable,
  { dryRun, now, writer }: UploadOptions,
): Promise<UploadOutcome> {
  const parsed = readObservationRows(table, catalogue);
  await checkSubmissionRights(db, catalogue, writer, parsed.indicatorCodes);
  const figures = parsed.observations.length + new Set(parsed.problems.map((p) => p.row)).size;
  if (figures === 0) {
    throw new SpreadsheetStructureError(
      `The file has no figures: the value column of all ${parsed.skipped} rows is blank.`,
    );
  }
  if (figures > MAX_FIGURES_PER_FILE) {
    throw new SpreadsheetStructureError(
      `The file has ${figures} figures; at most ${MAX_FIGURES_PER_FILE} are taken at once: split it.`,
    );
  }

  if (parsed.problems.length > 0) {
    // The readable rows are checked too (without writing), so one answer lists every problem.
    const more =
      parsed.observations.length === 0 ? [] : await problemsOfReadableRows(db, catalogue, parsed, now, writer);
    return refusal(table, figures, [...parsed.problems, ...more]);
  }

  let result: ObservationBatchResult;
  try {
    result = await recordObservations(
      db,
      catalogue,
      Object.assign(new SubmitObservationsInput(), { observations: parsed.observations, dryRun }),
      now,
      writer,
    );
  } catch (error) {
    const problems = observationProblemsOf(error);
    if (!problems) throw error;
    return refusal(table, figures, sheetProblemsOf(problems, parsed.rowNumbers, parsed.headerOf));
  }
  return {
    status: 200,
    body: {
      dryRun: result.dryRun,
      rows: result.received,
      skipped: parsed.skipped,
      created: result.created,
      revised: result.revised,
      unchanged: result.unchanged,
      warnings: result.warnings.map((warning) => ({
        row: parsed.rowNumbers[warning.index],
        message: warning.message,
      })),
    },
  };
}

async function problemsOfReadableRows(
  db: DataSource,
  catalogue: IndicatorCatalogue,
  parsed: ParsedSheet,
  now: Date,
  writer: AuditWriter,
): Promise<SheetProblem[]> {
  try {
    await recordObservations(
      db,
      catalogue,
      Object.assign(new SubmitObservationsInput(), { observations: parsed.observations, dryRun: true }),
      now,
      writer,
    );
    return [];
  } catch (error) {
    const problems = observationProblemsOf(error);
    if (!problems) throw error;
    // A cross-check whose partner may be an unreadable row (same period and cell) waits until that row is fixed.
    const undecided = (problem: ObservationProblem) => {
      const figure = parsed.observations[problem.index];
      const cell = Object.fromEntries((figure.breakdown ?? []).map((b) => [b.dimension, b.code]));
      return parsed.unreadableCells.has(`${figure.period}|${breakdownKey(cell)}`);
    };
    return sheetProblemsOf(
      problems.filter((problem) => problem.code !== ObservationErrorCode.CrossCheckFailed || !undecided(problem)),
      parsed.rowNumbers,
      parsed.headerOf,
    );
  }
}

function observationProblemsOf(error: unknown): ObservationProblem[] | null {
  if (!(error instanceof UserInputError) || error.extensions["code"] !== INVALID_OBSERVATIONS) return null;
  const details = error.extensions["details"] as { problems?: ObservationProblem[] } | undefined;
  return details?.problems ?? null;
}

function refusal(table: SheetTable, figures: number, problems: SheetProblem[]): UploadOutcome {
  const sorted = sortSheetProblems(problems, table.headers);
  const rows = new Set(sorted.map((problem) => problem.row)).size;
  const first = sorted[0];
  return {
    status: 422,
    body: {
      error: INVALID_OBSERVATIONS,
      message:
        `${rows} of ${figures} rows with a value ${rows === 1 ? "is" : "are"} invalid; nothing was recorded. ` +
        `First: row ${first.row}, column ${first.column}: ${first.message}`,
      problems: sorted,
    },
  };
}
