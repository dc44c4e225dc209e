import {
  type AuditWriter,
  ErrorCode,
  isUniqueViolation,
  recordAudit,
  runInTransaction,
  UserInputError,
  vietnamDate,
} from "@hpig/kit";
import type { EntityManager } from "typeorm";

import { AuditSubjectType, PlanAuditAction } from "../audit/plan-audit";
import type { PlanContext } from "../context";
import { Plan } from "../plan/plan.entity";
import { requirePlan } from "../reporting-obligation/reporting-obligation.resolver";
import { type ReportingYears, reportingYearsOf } from "../reporting-obligation/reporting-rules";
import { CommitteeDocumentKind, CommitteeDocumentRevision } from "./committee-document.entity";
import type {
  RecordReviewInput,
  ReportSectionInput,
  SaveQuarterlyReportInput,
  SubmitQuarterlyReportInput,
} from "./committee-document.input";
import {
  assertBegun,
  assertClosingDate,
  assertExpectedRevision,
  assertNotBlank,
  documentAsOf,
  DocumentErrorCode,
  quarterOf,
  reviewPeriodOf,
} from "./document-rules";
import { freezeContent } from "./frozen-content";
import { compileContent } from "./report-content";
import { QuarterlyReportState, ReportSectionKey, ReviewState } from "./report-types";

/** The latest revision of a document, null when nobody has saved it. */
export function latestRevision(
  manager: EntityManager,
  kind: CommitteeDocumentKind,
  period: string,
): Promise<CommitteeDocumentRevision | null> {
  return manager
    .getRepository(CommitteeDocumentRevision)
    .findOne({ where: { kind, period }, order: { revision: "DESC" } });
}

/** The plan's reporting years, which every document's period must fall in. */
export async function planYears(manager: EntityManager): Promise<ReportingYears> {
  return reportingYearsOf(requirePlan(await manager.getRepository(Plan).findOne({ where: {} })));
}

const EMPTY_SECTIONS = { overallAssessment: "", difficulties: "", proposals: "" };
const SECTION_COLUMNS: Record<ReportSectionKey, keyof typeof EMPTY_SECTIONS> = {
  [ReportSectionKey.OVERALL_ASSESSMENT]: "overallAssessment",
  [ReportSectionKey.DIFFICULTIES]: "difficulties",
  [ReportSectionKey.PROPOSALS]: "proposals",
};

/** The sections after writing `changes` over `current`; a key given twice is a mistake worth saying. */
function mergeSections(
  current: typeof EMPTY_SECTIONS,
  changes: readonly ReportSectionInput[] | null | undefined,
): typeof EMPTY_SECTIONS {
  const next = { ...current };
  const seen = new Set<ReportSectionKey>();
  for (const [index, section] of (changes ?? []).entries()) {
    if (seen.has(section.key)) {
      throw new UserInputError(`Section ${section.key} is given twice.`, ErrorCode.BadUserInput, {
        field: `input.sections.${index}.key`,
      });
    }
    seen.add(section.key);
    next[SECTION_COLUMNS[section.key]] = section.text;
  }
  return next;
}

function sectionsOf(row: CommitteeDocumentRevision | null): typeof EMPTY_SECTIONS {
  return row
    ? { overallAssessment: row.overallAssessment, difficulties: row.difficulties, proposals: row.proposals }
    : { ...EMPTY_SECTIONS };
}

/**
 * Stores the next revision and its audit entry. Two writers building on the same revision race for
 * the same (kind, period, revision) row: the unique key lets one win, and the other is told.
 */
async function insertRevision(
  manager: EntityManager,
  writer: AuditWriter,
  previous: CommitteeDocumentRevision | null,
  row: Omit<CommitteeDocumentRevision, "id" | "revision" | "recordedBy" | "recordedAt">,
  action: string,
  now: Date,
): Promise<CommitteeDocumentRevision> {
  const revision = (previous?.revision ?? 0) + 1;
  const saved = await manager.getRepository(CommitteeDocumentRevision).save(
    Object.assign(new CommitteeDocumentRevision(), {
      ...row,
      revision,
      recordedBy: writer.principal!.name.slice(0, 255),
      recordedAt: now.toISOString(),
    }),
  );
  const subject =
    row.kind === CommitteeDocumentKind.QUARTERLY ? AuditSubjectType.QuarterlyReport : AuditSubjectType.Review;
  await recordAudit(
    manager,
    writer,
    {
      action,
      entityType: subject,
      entityKey: row.period,
      before: previous ? revisionRecord(previous) : null,
      after: revisionRecord(saved),
      subjects: [{ type: subject, key: row.period }],
    },
    now,
  );
  return saved;
}

/** A revision as the audit trail keeps it (the frozen content is in its own table). */
function revisionRecord(row: CommitteeDocumentRevision) {
  const { id: _id, ...record } = row;
  return record;
}

/** Runs a document write in one transaction; a lost race for the revision becomes REVISION_CONFLICT. */
async function writeDocument<T>(
  ctx: PlanContext,
  what: string,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  try {
    return await runInTransaction(ctx.db, work);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw new UserInputError(
      `${what} was changed by someone else at the same moment; read it again and repeat your change.`,
      DocumentErrorCode.RevisionConflict,
      { field: "input.expectedRevision" },
    );
  }
}

export function saveQuarterlyReport(ctx: PlanContext, input: SaveQuarterlyReportInput, now: Date) {
  const today = vietnamDate(now);
  return writeDocument(ctx, `The report of ${input.period}`, async (manager) => {
    const { period, previous } = await quarterlyDraft(manager, input, today);
    return insertRevision(
      manager,
      ctx,
      previous,
      {
        kind: CommitteeDocumentKind.QUARTERLY,
        period: period.text,
        state: QuarterlyReportState.DRAFT,
        ...mergeSections(sectionsOf(previous), input.sections),
        ...CLOSING_NONE,
      },
      PlanAuditAction.QuarterlyReportSave,
      now,
    );
  });
}

export function submitQuarterlyReport(ctx: PlanContext, input: SubmitQuarterlyReportInput, now: Date) {
  const today = vietnamDate(now);
  for (const field of ["documentNumber", "signedBy"] as const) assertNotBlank(input[field], `input.${field}`);
  return writeDocument(ctx, `The report of ${input.period}`, async (manager) => {
    const { period, previous } = await quarterlyDraft(manager, input, today);
    assertClosingDate(input.submittedOn, period, today, "input.submittedOn");
    const sections = sectionsOf(previous);
    if (!/\S/u.test(sections.overallAssessment)) {
      throw new UserInputError(
        `The report of ${period.text} has no overall assessment yet: write it (saveQuarterlyReport) before submitting.`,
        DocumentErrorCode.IncompleteReport,
        { field: "input.period" },
      );
    }
    const contentAsOf = documentAsOf(period, input.submittedOn);
    await freezeContent(manager, CommitteeDocumentKind.QUARTERLY, period.text, await compileContent(ctx, contentAsOf));
    return insertRevision(
      manager,
      ctx,
      previous,
      {
        kind: CommitteeDocumentKind.QUARTERLY,
        period: period.text,
        state: QuarterlyReportState.SUBMITTED,
        ...sections,
        ...CLOSING_NONE,
        documentNumber: input.documentNumber.trim(),
        submittedOn: input.submittedOn,
        signedBy: input.signedBy.trim(),
        contentAsOf,
        contentFrozenAt: now.toISOString(),
      },
      PlanAuditAction.QuarterlyReportSubmit,
      now,
    );
  });
}

export function recordReview(ctx: PlanContext, input: RecordReviewInput, now: Date) {
  const today = vietnamDate(now);
  assertNotBlank(input.conclusions, "input.conclusions");
  input.participants.forEach((name, index) => assertNotBlank(name, `input.participants.${index}`));
  for (const field of ["documentNumber", "signedBy"] as const) {
    const value = input[field];
    if (value !== null && value !== undefined) assertNotBlank(value, `input.${field}`);
  }
  return writeDocument(ctx, `The review of ${input.period}`, async (manager) => {
    const { period, kind } = reviewPeriodOf(input.period, await planYears(manager), "input.period");
    assertBegun(period, today, "input.period");
    const previous = await latestRevision(manager, kind, period.text);
    assertExpectedRevision(input.expectedRevision, previous?.revision ?? 0, `The review of ${period.text}`);
    assertClosingDate(input.meetingDate, period, today, "input.meetingDate");
    // The content is frozen when the meeting is first recorded; corrections of the record keep it.
    let contentAsOf = previous?.contentAsOf ?? null;
    const contentFrozenAt = previous?.contentFrozenAt ?? now.toISOString();
    if (!contentAsOf) {
      contentAsOf = documentAsOf(period, input.meetingDate);
      await freezeContent(manager, kind, period.text, await compileContent(ctx, contentAsOf));
    }
    return insertRevision(
      manager,
      ctx,
      previous,
      {
        kind,
        period: period.text,
        state: ReviewState.RECORDED,
        ...mergeSections(sectionsOf(previous), input.sections),
        documentNumber: input.documentNumber?.trim() ?? null,
        submittedOn: null,
        signedBy: input.signedBy?.trim() ?? null,
        meetingDate: input.meetingDate,
        participants: input.participants.map((name) => name.trim()),
        conclusions: input.conclusions,
        decisions: input.decisions ?? null,
        contentAsOf,
        contentFrozenAt,
      },
      previous ? PlanAuditAction.ReviewCorrect : PlanAuditAction.ReviewRecord,
      now,
    );
  });
}

/** The quarter of a write and the draft's latest revision, when the write may build on it. */
async function quarterlyDraft(
  manager: EntityManager,
  input: { period: string; expectedRevision?: number | null },
  today: string,
) {
  const period = quarterOf(input.period, await planYears(manager), "input.period");
  assertBegun(period, today, "input.period");
  const previous = await latestRevision(manager, CommitteeDocumentKind.QUARTERLY, period.text);
  assertDraft(previous, period.text);
  assertExpectedRevision(input.expectedRevision, previous?.revision ?? 0, `The report of ${period.text}`);
  return { period, previous };
}

/** A draft's closing fields: none yet. */
const CLOSING_NONE = {
  documentNumber: null,
  submittedOn: null,
  signedBy: null,
  meetingDate: null,
  participants: null,
  conclusions: null,
  decisions: null,
  contentAsOf: null,
  contentFrozenAt: null,
};

function assertDraft(previous: CommitteeDocumentRevision | null, period: string): void {
  if (previous?.state === QuarterlyReportState.SUBMITTED) {
    throw new UserInputError(
      `The report of ${period} was submitted (${previous.documentNumber}, ${previous.submittedOn}) and is not changed again.`,
      DocumentErrorCode.DocumentSubmitted,
      { field: "input.period" },
    );
  }
}
