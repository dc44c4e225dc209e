import { createHash } from "node:crypto";

import {
  fitFigures,
  isBlank,
  type SheetCell,
  type SheetProblem,
  type SheetTable,
  sortSheetProblems,
  SpreadsheetStructureError,
} from "@hpig/domain-kit";
import { type AuditWriter, recordAudit, runInTransaction, vietnamDate } from "@hpig/kit";
import { type DataSource, In } from "typeorm";

import { InvestmentProject, ProjectStatus } from "./investment-project.entity";
import { InvestmentProjectInput, ProjectAdjustmentInput } from "./investment-project.input";
import {
  applyProjectRecord,
  checkProjectKeeper,
  type ProjectOutcome,
  recordedParks,
} from "./investment-project.service";
import { projectProblems } from "./project-rules";

/** The columns of a project list: stable codes, whatever language Excel speaks. */
export const PROJECT_COLUMNS = {
  certificateNumber: "certificate_number",
  certificateDate: "certificate_date",
  name: "name",
  investor: "investor",
  country: "country",
  sector: "sector",
  park: "park",
  capitalVnd: "capital_vnd",
  capitalUsd: "capital_usd",
  leasedAreaHa: "leased_area_ha",
  status: "status",
  "adjustment.adjustedOn": "adjusted_on",
  "adjustment.decision": "decision",
} as const;

type InputField = keyof typeof PROJECT_COLUMNS;

export const PROJECT_HEADERS: readonly string[] = Object.values(PROJECT_COLUMNS);
const REQUIRED: readonly InputField[] = [
  "certificateNumber",
  "certificateDate",
  "name",
  "investor",
  "country",
  "sector",
  "capitalVnd",
  "capitalUsd",
];

/** The most projects one file may hold. */
export const MAX_PROJECT_ROWS = 5_000;

/** What an accepted import did (or, in a dry run, would do). */
export interface ProjectImportSummary {
  dryRun: boolean;
  rows: number;
  created: number;
  adjusted: number;
  unchanged: number;
}

export type ProjectImportOutcome =
  | { status: 200; body: ProjectImportSummary }
  | { status: 422; body: { error: "INVALID_ROWS"; message: string; problems: SheetProblem[] } };

interface ReadRow {
  row: number;
  input: InvestmentProjectInput;
  /** Columns that could not be read: the rules are not applied to them again. */
  unreadable: Set<string>;
}

/** A header's column, or a refusal of the whole file naming what is missing or unknown. */
function columnsOf(table: SheetTable): Map<string, number> {
  const index = new Map<string, number>();
  const unknown: string[] = [];
  table.headers.forEach((header, position) => {
    const name = header.normalize("NFC").trim().toLowerCase();
    if (name === "") return;
    if (!PROJECT_HEADERS.includes(name) || index.has(name)) unknown.push(header);
    else index.set(name, position);
  });
  const missing = REQUIRED.map((field) => PROJECT_COLUMNS[field]).filter((column) => !index.has(column));
  if (missing.length > 0 || unknown.length > 0) {
    throw new SpreadsheetStructureError(
      `The header row (row 1) has ${[
        missing.length > 0 ? `missing columns ${missing.join(", ")}` : null,
        unknown.length > 0
          ? `unknown or repeated columns ${unknown.map((h) => `"${h.slice(0, 40)}"`).join(", ")}`
          : null,
      ]
        .filter(Boolean)
        .join("; ")}. The columns are ${PROJECT_HEADERS.join(", ")}: download the template to start from.`,
    );
  }
  return index;
}

/** A cell as text: numbers as written (a certificate number typed as a number keeps its digits), dates as YYYY-MM-DD. */
function textOf(cell: SheetCell): string | { unreadable: string } | null {
  if (isBlank(cell)) return null;
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  if (typeof cell === "object" && cell !== null) return cell;
  return String(cell).normalize("NFC").trim();
}

/** A date as YYYY-MM-DD, also from the dd/mm/yyyy Vietnamese offices write. */
function dateOf(text: string): string {
  const vietnamese = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  return vietnamese ? `${vietnamese[3]}-${vietnamese[2].padStart(2, "0")}-${vietnamese[1].padStart(2, "0")}` : text;
}

/** A number cell, or text digits with a dot for decimals (no thousands separators). */
function numberOf(cell: SheetCell, text: string): number | null {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : null;
  return /^\d+(\.\d+)?$/.test(text) ? Number(text) : null;
}

/** Every row read into a project record, or its problems by row and column. */
function readRows(table: SheetTable): { rows: ReadRow[]; problems: SheetProblem[] } {
  const columns = columnsOf(table);
  const rows: ReadRow[] = [];
  const problems: SheetProblem[] = [];
  const firstRow = new Map<string, number>();
  for (const { number, cells } of table.rows) {
    const rowProblems: SheetProblem[] = [];
    const problem = (field: InputField, message: string) =>
      rowProblems.push({ row: number, column: PROJECT_COLUMNS[field], code: "INVALID", message });
    const cellOf = (field: InputField): SheetCell => {
      const position = columns.get(PROJECT_COLUMNS[field]);
      return position === undefined ? null : (cells[position] ?? null);
    };
    const text = (field: InputField): string | null => {
      const value = textOf(cellOf(field));
      if (value !== null && typeof value === "object") {
        problem(field, `Cannot read the cell: ${value.unreadable}.`);
        return null;
      }
      if (value === null && REQUIRED.includes(field)) problem(field, `The ${PROJECT_COLUMNS[field]} is missing.`);
      return value;
    };
    const amount = (field: InputField): number => {
      const written = text(field);
      if (written === null) return field === "leasedAreaHa" ? 0 : Number.NaN;
      const value = numberOf(cellOf(field), written);
      if (value === null) {
        problem(field, `"${written.slice(0, 40)}" is not a number: write digits only, a dot before decimals.`);
        return Number.NaN;
      }
      return value;
    };
    const certificateNumber = text("certificateNumber") ?? "";
    const statusText = text("status");
    const adjustedOn = text("adjustment.adjustedOn");
    const decision = text("adjustment.decision");
    const input = Object.assign(new InvestmentProjectInput(), {
      certificateNumber,
      certificateDate: dateOf(text("certificateDate") ?? ""),
      name: text("name") ?? "",
      investor: text("investor") ?? "",
      country: (text("country") ?? "").toUpperCase(),
      sector: text("sector") ?? "",
      park: text("park")?.toUpperCase() ?? null,
      capitalVnd: amount("capitalVnd"),
      capitalUsd: amount("capitalUsd"),
      leasedAreaHa: amount("leasedAreaHa"),
      status: statusText === null ? null : (statusText.toUpperCase() as ProjectStatus),
      adjustment:
        adjustedOn === null && decision === null
          ? null
          : Object.assign(new ProjectAdjustmentInput(), {
              adjustedOn: dateOf(adjustedOn ?? ""),
              decision: decision ?? "",
            }),
    });
    // Excel drops the leading zero of a VSIC code typed as a number.
    if (/^\d$/.test(input.sector)) input.sector = `0${input.sector}`;
    if (statusText !== null && !Object.values(ProjectStatus).includes(input.status!)) {
      problem("status", `"${statusText.slice(0, 20)}" is not a status: LICENSED, ADJUSTED or IN_OPERATION.`);
    }
    const first = firstRow.get(certificateNumber);
    if (certificateNumber !== "" && first !== undefined) {
      problem("certificateNumber", `The certificate ${certificateNumber.slice(0, 64)} is already on row ${first}.`);
    } else if (certificateNumber !== "") firstRow.set(certificateNumber, number);
    problems.push(...rowProblems);
    rows.push({ row: number, input, unreadable: new Set(rowProblems.map((problem) => problem.column)) });
  }
  return { rows, problems };
}

function columnOf(field: string): string {
  return PROJECT_COLUMNS[field as InputField] ?? field;
}

function refusal(problems: SheetProblem[], rows: number): ProjectImportOutcome {
  const sorted = sortSheetProblems(problems, PROJECT_HEADERS);
  const bad = new Set(sorted.map((problem) => problem.row)).size;
  const [first] = sorted;
  return {
    status: 422,
    body: {
      error: "INVALID_ROWS",
      message: `${bad} of ${rows} rows ${bad === 1 ? "is" : "are"} invalid; nothing was recorded. First: row ${first.row}, column ${first.column}: ${first.message}`,
      problems: sorted,
    },
  };
}

/**
 * Imports a list of projects, all or nothing, by an editor of KHĐT or BQLKKT: every row is read and
 * checked (by the mutation's rules) before anything is written; a row's certificate number says
 * which project it is, so the same file again changes nothing. One transaction, one audit entry
 * for an import that changes something; a dry run writes nothing.
 */
export async function importProjects(
  db: DataSource,
  table: SheetTable,
  file: Buffer,
  { dryRun, now, writer }: { dryRun: boolean; now: Date; writer: AuditWriter },
): Promise<ProjectImportOutcome> {
  checkProjectKeeper(writer);
  const { rows, problems } = readRows(table);
  const count = rows.length;
  if (count === 0)
    throw new SpreadsheetStructureError("The file has no projects: every row below the header is blank.");
  if (count > MAX_PROJECT_ROWS) {
    throw new SpreadsheetStructureError(
      `The file has ${count} projects; at most ${MAX_PROJECT_ROWS} are taken at once: split it.`,
    );
  }
  const today = vietnamDate(now);
  const reporter = writer.principal?.name ?? writer.principal?.subject ?? "unknown";
  return runInTransaction(db, async (manager) => {
    const parks = await recordedParks(manager);
    // Every row is checked, so one answer lists every problem of the file.
    for (const { row, input, unreadable } of rows) {
      for (const problem of projectProblems(input, today, parks)) {
        const column = columnOf(problem.field);
        if (!unreadable.has(column)) problems.push({ row, column, code: "INVALID", message: problem.message });
      }
    }
    if (problems.length > 0) return refusal(problems, count);
    const existing = new Map<string, InvestmentProject>();
    const numbers = rows.map(({ input }) => input.certificateNumber);
    for (let start = 0; start < numbers.length; start += 1_000) {
      const found = await manager
        .getRepository(InvestmentProject)
        .findBy({ certificateNumber: In(numbers.slice(start, start + 1_000)) });
      for (const project of found) existing.set(project.certificateNumber, project);
    }
    const outcomes: ProjectOutcome[] = [];
    for (const { row, input } of rows) {
      const outcome = await applyProjectRecord(manager, input, existing.get(input.certificateNumber) ?? null, {
        now,
        reporter,
        write: !dryRun,
      });
      if ("kind" in outcome) outcomes.push(outcome);
      else problems.push({ row, column: columnOf(outcome.field), code: "INVALID", message: outcome.message });
    }
    if (problems.length > 0) {
      // Rows written before the refused one are undone with the transaction.
      throw new RefusedImport(refusal(problems, count));
    }
    const of = (kind: ProjectOutcome["kind"]) => outcomes.filter((outcome) => outcome.kind === kind);
    const summary = {
      dryRun,
      rows: rows.length,
      created: of("created").length,
      adjusted: of("adjusted").length,
      unchanged: of("unchanged").length,
    };
    if (!dryRun && summary.created + summary.adjusted > 0) {
      await recordAudit(
        manager,
        writer,
        {
          action: "investmentProjects.import",
          entityType: "InvestmentProject",
          entityKey: `import:${createHash("sha256").update(file).digest("hex").slice(0, 16)}`,
          before: fitFigures(of("adjusted").map((outcome) => ({ ...outcome.before }))),
          after: {
            ...summary,
            ...fitFigures([
              ...of("created").map((outcome) => ({ ...outcome.project })),
              ...of("adjusted").map((outcome) => ({ ...outcome.project, adjustment: { ...outcome.adjustment } })),
            ]),
          },
          subjects: [...of("created"), ...of("adjusted")].map((outcome) => ({
            type: "InvestmentProject",
            key: outcome.project.id,
          })),
        },
        now,
      );
    }
    return { status: 200 as const, body: summary };
  }).catch((error: unknown) => {
    if (error instanceof RefusedImport) return error.outcome;
    throw error;
  });
}

/** Rolls an import back when a row is refused after others were applied. */
class RefusedImport extends Error {
  constructor(readonly outcome: ProjectImportOutcome) {
    super("import refused");
  }
}
