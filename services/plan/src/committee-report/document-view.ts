import type { Period } from "@hpig/kit";

import type { PlanContext } from "../context";
import { CommitteeDocumentKind, type CommitteeDocumentRevision } from "./committee-document.entity";
import { documentAsOf } from "./document-rules";
import { frozenContent } from "./frozen-content";
import { compileContent, type ReportContent } from "./report-content";
import {
  type CommitteeDocument,
  QuarterlyReport,
  QuarterlyReportState,
  Review,
  ReviewKind,
  ReviewState,
} from "./report-types";

/**
 * The GraphQL object of a document at its latest revision (`row`, null when nobody has saved it):
 * frozen content for a submitted report or recorded review, otherwise compiled for the period's last
 * day or `today`, whichever is earlier. Content is compiled only when a field asks for it.
 */
export function documentView(
  ctx: PlanContext,
  kind: CommitteeDocumentKind,
  period: Period,
  row: CommitteeDocumentRevision | null,
  today: string,
): QuarterlyReport | Review {
  const frozenAsOf = row?.contentAsOf ?? null;
  const asOf = frozenAsOf ?? documentAsOf(period, today);
  let content: Promise<ReportContent> | undefined;
  const common: Omit<CommitteeDocument, never> = {
    period: period.text,
    periodStart: period.start,
    frozenAt: row?.contentFrozenAt ?? null,
    revision: row?.revision ?? 0,
    asOf,
    recordedAt: row?.recordedAt ?? null,
    recordedBy: row?.recordedBy ?? null,
    documentNumber: row?.documentNumber ?? null,
    signedBy: row?.signedBy ?? null,
    sectionTexts: {
      OVERALL_ASSESSMENT: row?.overallAssessment ?? "",
      DIFFICULTIES: row?.difficulties ?? "",
      PROPOSALS: row?.proposals ?? "",
    },
    content: () =>
      (content ??= frozenAsOf ? frozenContent(ctx, kind, period.text, frozenAsOf) : compileContent(ctx, asOf)),
  };
  if (kind === CommitteeDocumentKind.QUARTERLY) {
    return Object.assign(new QuarterlyReport(), common, {
      state: (row?.state as QuarterlyReportState | undefined) ?? QuarterlyReportState.DRAFT,
      submittedOn: row?.submittedOn ?? null,
    });
  }
  return Object.assign(new Review(), common, {
    kind: kind === CommitteeDocumentKind.ANNUAL ? ReviewKind.ANNUAL : ReviewKind.SIX_MONTH,
    state: (row?.state as ReviewState | undefined) ?? ReviewState.DRAFT,
    meetingDate: row?.meetingDate ?? null,
    participants: row?.participants ?? [],
    conclusions: row?.conclusions ?? null,
    decisions: row?.decisions ?? null,
  });
}
