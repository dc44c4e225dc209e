/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What an adjustment proposal asks for. */
export type AdjustmentKind =
  /** A change of a task: its period, leads, coordinating agencies, title or note. */
  | 'CHANGE_TASK'
  /** A new task in a program group. */
  | 'NEW_TASK';

/** Which adjustment proposals to list; every condition given must hold. */
export type AdjustmentProposalFilter = {
  /** Only proposals made for this agency (by its editors). */
  agency?: string | number | null | undefined;
  /** Only proposals in this state. */
  state?: ProposalState | null | undefined;
  /** Only proposals about this task (including the one that created it). */
  task?: string | number | null | undefined;
};

/** An agency's part in a task. */
export type AssignmentRole =
  /** Coordinating agency (cơ quan phối hợp). */
  | 'COORDINATING'
  /** Lead agency (cơ quan chủ trì): answers for the task and reports its progress. */
  | 'LEAD';

/** The People's Committee's decision on an adjustment proposal, as the standing office records it. */
export type DecideProposalInput = {
  /** true: approved (the registry changes as proposed); false: rejected. */
  approved: boolean;
  /** The decision's date, "YYYY-MM-DD": not after today (Viet Nam time) and not before the day of the proposal. */
  decidedOn: string;
  /** The decision's number, e.g. "1234/QĐ-UBND" (1–100 characters, not blank). */
  decisionNumber: string;
  /** The proposal (AdjustmentProposal.id). */
  id: string | number;
  /** A note on the decision (at most 4000 characters). */
  note?: string | null | undefined;
};

/** Where a directive stands on a date (Viet Nam time). */
export type DirectiveStatus =
  /** Not every addressed agency has answered yet, and the due date has not passed. */
  | 'OPEN'
  /** The due date has passed and not every addressed agency has answered. */
  | 'OVERDUE'
  /** Every addressed agency has answered (late answers count; see late). */
  | 'RESPONDED';

/** A reporting domain: a department subgraph that owns the tasks its agencies lead and the indicators they report. */
export type Domain =
  /** Agriculture: Sở Nông nghiệp và Phát triển nông thôn. */
  | 'AGRICULTURE'
  /** Environment: Sở Tài nguyên và Môi trường, Sở Y tế. */
  | 'ENVIRONMENT'
  /** Industry statistics: Sở Công Thương, Cục Thống kê, Cục Thuế, Cục Hải quan. */
  | 'INDUSTRY'
  /** Investment: Sở Kế hoạch và Đầu tư, Ban quản lý Khu kinh tế, and for now TC, XD, GTVT. */
  | 'INVESTMENT'
  /** Labour: Sở Lao động, Thương binh và Xã hội. */
  | 'LABOUR'
  /** Science: Sở Khoa học và Công nghệ, Sở Thông tin và Truyền thông. */
  | 'SCIENCE';

/** The length of an observation's period. */
export type ObservationPeriodType =
  /** A month, "2015-07". */
  | 'MONTH'
  /** A quarter, "2015-Q3". */
  | 'QUARTER'
  /** A year, "2015". */
  | 'YEAR';

/** How final a figure is. */
export type ObservationStatus =
  /** Ước tính / ước thực hiện: the reporting year's estimate. */
  | 'ESTIMATE'
  /** Chính thức: the official figure (for the previous year in the December report). */
  | 'OFFICIAL'
  /** Sơ bộ: preliminary. */
  | 'PRELIMINARY';

/** Where an adjustment proposal stands. */
export type ProposalState =
  /** Approved: the registry was changed as proposed, by the recorded decision. */
  | 'APPROVED'
  /** Awaiting the decision of the People's Committee. */
  | 'PENDING'
  /** Rejected: the decision is recorded and the registry is unchanged. */
  | 'REJECTED';

/** A proposal to adjust the plan: give taskCode to change a task your agency leads (any of title, startYear, endYear, leadAgencies, coordinatingAgencies, coordinationNote, at least one), or groupCode for a new task (title, startYear, endYear and leadAgencies, your agency among the leads; coordinatingAgencies and coordinationNote optional). A reason is always needed. */
export type ProposeAdjustmentInput = {
  /** The (new) coordinating agencies' codes in order (at most 30, none twice, none also a lead); an empty list leaves none. */
  coordinatingAgencies?: Array<string | number> | null | undefined;
  /** The (new) coordination note, 1–1000 characters. For a new task left out, it names the coordinating agencies. */
  coordinationNote?: string | null | undefined;
  /** The (new) last year, 2000–2100, not before the first: the task's deadline is its end. */
  endYear?: number | null | undefined;
  /** The program group of a new task, e.g. "V"; leave out for a change. */
  groupCode?: string | number | null | undefined;
  /** The (new) lead agencies in order (1–30, none twice): the first one's domain reports the task, so it must have one. */
  leadAgencies?: Array<ProposedLeadInput> | null | undefined;
  /** Why: 1–4000 characters, not blank. */
  reason: string;
  /** The (new) first year, 2000–2100, not after the last. */
  startYear?: number | null | undefined;
  /** The task to change, e.g. "V.1"; leave out for a new task. */
  taskCode?: string | number | null | undefined;
  /** The (new) content: 1–2000 characters, not blank. */
  title?: string | null | undefined;
};

/** A lead agency of the task as proposed. */
export type ProposedLeadInput = {
  /** The agency's code, e.g. "LDTBXH". */
  agencyCode: string | number;
  /** With several leads, the sub-item this lead answers for (at most 1000 characters); left out, an agency that already leads keeps its own. Not for a single lead. */
  scope?: string | null | undefined;
};

/** Whether a quarterly report is still being written or has been submitted to the committee. */
export type QuarterlyReportState =
  /** Dự thảo: compiled from the graph each time it is read; its sections are the standing office's latest save. */
  | 'DRAFT'
  /** Đã trình: frozen when submitted, with its document number, date and signer; it reads back exactly as submitted. */
  | 'SUBMITTED';

/** Records a review meeting (sơ kết 6 tháng or tổng kết năm). The first recording freezes the review's compiled content; recording again corrects the meeting's record as a new revision, the content staying as first frozen. */
export type RecordReviewInput = {
  /** The meeting's conclusions (1–10000 characters). */
  conclusions: string;
  /** The decisions taken and tasks given (up to 10000 characters). */
  decisions?: string | null | undefined;
  /** The number of the meeting's notice of conclusions (thông báo kết luận), e.g. "45/TB-BCĐ" (1–64 characters). */
  documentNumber?: string | null | undefined;
  /** The review's revision as you read it (Review.revision); leave it out the first time. */
  expectedRevision?: number | null | undefined;
  /** The meeting's date, YYYY-MM-DD: from the first day of the period's last month to today. The content is compiled for this date or the period's last day, whichever is earlier. */
  meetingDate: string;
  /** Who took part, one entry per person or unit (1–100 entries, each 1–255 characters). */
  participants: Array<string>;
  /** The period reviewed: "2016-H1", "2016-H2" or "2016". */
  period: string;
  /** Sections of the review's report to write (each at most once); those left out keep their text. */
  sections?: Array<ReportSectionInput> | null | undefined;
  /** Who signed the conclusions (1–255 characters). */
  signedBy?: string | null | undefined;
};

/** The text of one section of a report or review. */
export type ReportSectionInput = {
  /** Which section. */
  key: ReportSectionKey;
  /** Its text (up to 10000 characters); an empty text clears the section. */
  text: string;
};

/** A section of the committee's reports and reviews that the standing office writes. */
export type ReportSectionKey =
  /** Khó khăn, vướng mắc: difficulties and obstacles. */
  | 'DIFFICULTIES'
  /** Đánh giá chung: the overall assessment of the period. */
  | 'OVERALL_ASSESSMENT'
  /** Kiến nghị, đề xuất: proposals to the People's Committee (UBND thành phố). */
  | 'PROPOSALS';

/** The state a lead agency reports for its task. */
export type ReportState =
  /** Đã hoàn thành: done (100%, with the completion date). */
  | 'COMPLETED'
  /** Đang triển khai: under way. */
  | 'IN_PROGRESS'
  /** Chưa triển khai: work has not begun (0%). */
  | 'NOT_STARTED';

/** A progress report, or a correction of one (send expectedRevision). */
export type ReportTaskProgressInput = {
  /** Estimated budget, VND. */
  budgetEstimatedVnd?: number | null | undefined;
  /** Budget spent so far, VND. */
  budgetSpentVnd?: number | null | undefined;
  /** Required when COMPLETED, and only then. */
  completedOn?: string | null | undefined;
  /** Difficulties and obstacles (khó khăn, vướng mắc). */
  difficulties?: string | null | undefined;
  /** Supporting document references. */
  documentRefs?: Array<string> | null | undefined;
  /** The revision being corrected (the latest one); leave out for the first report of the period. */
  expectedRevision?: number | null | undefined;
  /** 0–100; 0 when NOT_STARTED, below 100 when IN_PROGRESS, 100 when COMPLETED. */
  percentComplete: number;
  /** The period: "2013", "2013-H1" or "2013-Q2"; within the task's years. */
  period: string;
  /** Proposals to the committee (kiến nghị). */
  proposals?: string | null | undefined;
  /** The lead agency reporting; may be left out when the task has one lead (III.2 has two). */
  reportingAgency?: string | number | null | undefined;
  /** Not started, in progress or completed. */
  state: ReportState;
  /** What was done in the period. */
  summary: string;
  /** The task, e.g. "V.1". */
  taskCode: string | number;
};

/** Which figures an appendix row asks of its unit every December, read from the row's wording by the importer. */
export type RequiredFigures =
  /** The row says "theo số chính thức của năm trước và ước thực hiện năm báo cáo": for every required cell, the OFFICIAL figure of the year before the reporting year, and a figure of the reporting year (an estimate at least; a preliminary or official one counts too). In Plan 3438/KH-UBND: row 1, Cục Thống kê. */
  | 'PREVIOUS_YEAR_OFFICIAL_AND_REPORTING_YEAR_ESTIMATE'
  /** The row names no status or earlier year: for every required cell, a figure of the reporting year, of any status (estimate, preliminary or official). In Plan 3438/KH-UBND: rows 2–9. */
  | 'REPORTING_YEAR_FIGURE';

/** An answer of an addressed agency to a directive. */
export type RespondToDirectiveInput = {
  /** The directive answered (Directive.id). */
  directiveId: string | number;
  /** The agency's own document that answers it, e.g. "215/BC-SLĐTBXH" (at most 255 characters). */
  documentRef?: string | null | undefined;
  /** What the agency has done or will do: 1–4000 characters, not blank. */
  text: string;
};

/** The committee's review meetings the plan sets (section III). */
export type ReviewKind =
  /** Tổng kết năm: the annual review, period "2016". */
  | 'ANNUAL'
  /** Sơ kết 6 tháng: the six-monthly review, period "2016-H1" or "2016-H2". */
  | 'SIX_MONTH';

/** Whether a review meeting has been recorded. */
export type ReviewState =
  /** Not held (or not recorded) yet: the content is compiled from the graph each time it is read. */
  | 'DRAFT'
  /** The meeting is recorded (date, participants, conclusions, decisions); its compiled content is frozen as it was then. */
  | 'RECORDED';

/** The standing office's sections of a quarterly report, saved as the draft's next revision. Sections left out keep their text. */
export type SaveQuarterlyReportInput = {
  /** The report's revision as you read it (QuarterlyReport.revision); leave it out for the first save. */
  expectedRevision?: number | null | undefined;
  /** The quarter, e.g. "2016-Q2"; it must have begun and be within the plan's years. */
  period: string;
  /** The sections to write, each at most once (1–3). */
  sections: Array<ReportSectionInput>;
};

/** How far a unit has met its December obligation. */
export type SubmissionStatus =
  /** Every required item received, some after the deadline. */
  | 'COMPLETE_LATE'
  /** Every required item received by the deadline. */
  | 'COMPLETE_ON_TIME'
  /** Nothing of the obligation received yet. */
  | 'NOT_RECEIVED'
  /** Some required items received, some still missing. */
  | 'PARTIAL';

/** Submits a quarterly report to the committee: its content is compiled and frozen, with the sections as last saved. */
export type SubmitQuarterlyReportInput = {
  /** The report's document number (số hiệu), e.g. "125/BC-BCĐ" (1–64 characters). */
  documentNumber: string;
  /** The report's revision as you read it: you submit what you saw. */
  expectedRevision: number;
  /** The quarter, e.g. "2016-Q2". */
  period: string;
  /** Who signs it, name and function (1–255 characters). */
  signedBy: string;
  /** The date it is issued, YYYY-MM-DD: from the first day of the quarter's last month to today. The content is compiled for this date or the quarter's last day, whichever is earlier. */
  submittedOn: string;
};

/** A task's status as of a date, from its latest progress report(s) and its deadline (31 December of its end year). */
export type TaskStatus =
  /** Hoàn thành quá hạn: completed after the deadline. */
  | 'COMPLETED_LATE'
  /** Hoàn thành đúng hạn: completed on or before the deadline. */
  | 'COMPLETED_ON_TIME'
  /** Đang thực hiện: reported under way, deadline not yet passed. */
  | 'IN_PROGRESS'
  /** Chưa báo cáo: the period has begun and no lead has reported, before or after the deadline. */
  | 'NOT_REPORTED'
  /** Chưa triển khai: reported as not started, or its period has not begun and nothing is reported. */
  | 'NOT_STARTED'
  /** Quá hạn: deadline passed and not reported completed. */
  | 'OVERDUE';

/** The verdict on a target as of a date: final once its period is over and every figure it needs is in. */
export type VerdictOutcome =
  /** Projection, as ON_TRACK, but the requirement is not met that way. */
  | 'AT_RISK'
  /** Final: the period is over, every required year has a figure of the basis asked, and the value meets the requirement. */
  | 'MET'
  /** Final: as MET, but the value does not meet the requirement. */
  | 'NOT_MET'
  /** No verdict: no figure of the basis asked yet, or a rate's years have a gap (a year missing before a year with a figure): its average is never taken over fewer years. missingYears names them. */
  | 'NO_DATA'
  /** Projection (the period is not over, or its last figures are still awaited): a rate's average over the years so far meets the requirement; a level's latest figure meets it already, or the straight line through its last two consecutive years reaches it by the end year. */
  | 'ON_TRACK';

export type PlanYearsQueryVariables = Exact<{ [key: string]: never; }>;


export type PlanYearsQuery = { plan: { number: string, issuedOn: string, horizonYear: number } | null };

export type ProposeAdjustmentMutationVariables = Exact<{
  input: ProposeAdjustmentInput;
}>;


export type ProposeAdjustmentMutation = { committee: { proposeAdjustment: { id: string, state: ProposalState } | null } };

export type ProposalProgramGroupsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProposalProgramGroupsQuery = { programGroups: Array<{ code: string, title: string }> };

export type AdjustmentProposalListQueryVariables = Exact<{
  filter: AdjustmentProposalFilter;
}>;


export type AdjustmentProposalListQuery = { adjustmentProposals: Array<{ id: string, kind: AdjustmentKind, state: ProposalState, taskCode: string | null, groupCode: string, reason: string, decisionNumber: string | null, decidedOn: string | null, decisionNote: string | null, changes: { title: string | null, startYear: number | null, endYear: number | null, coordinationNote: string | null, coordinatingAgencyCodes: Array<string> | null, leadAgencies: Array<{ agencyCode: string, scope: string | null }> | null }, proposedBy: { name: string } }> };

export type AgencyDeskQueryVariables = Exact<{
  code: string | number;
  year: number;
}>;


export type AgencyDeskQuery = { agency: { code: string, name: string, nameEn: string, domain: Domain | null, ledTasks: Array<
      | { code: string, title: string, domain: Domain, startYear: number, endYear: number, status: TaskStatus | null, percentComplete: number | null, latestReport: { period: string, revision: number } | null }
      | { code: string, title: string, domain: Domain, startYear: number, endYear: number, status: TaskStatus | null, percentComplete: number | null, latestReport: { period: string, revision: number } | null }
      | { code: string, title: string, domain: Domain, startYear: number, endYear: number, status: TaskStatus | null, percentComplete: number | null, latestReport: { period: string, revision: number } | null }
      | { code: string, title: string, domain: Domain, startYear: number, endYear: number, status: TaskStatus | null, percentComplete: number | null, latestReport: { period: string, revision: number } | null }
      | { code: string, title: string, domain: Domain, startYear: number, endYear: number, status: TaskStatus | null, percentComplete: number | null, latestReport: { period: string, revision: number } | null }
      | { code: string, title: string, domain: Domain, startYear: number, endYear: number, status: TaskStatus | null, percentComplete: number | null, latestReport: { period: string, revision: number } | null }
    >, coordinatedTasks: Array<
      | { code: string, title: string, domain: Domain, status: TaskStatus | null, leadAgencies: Array<{ code: string }> }
      | { code: string, title: string, domain: Domain, status: TaskStatus | null, leadAgencies: Array<{ code: string }> }
      | { code: string, title: string, domain: Domain, status: TaskStatus | null, leadAgencies: Array<{ code: string }> }
      | { code: string, title: string, domain: Domain, status: TaskStatus | null, leadAgencies: Array<{ code: string }> }
      | { code: string, title: string, domain: Domain, status: TaskStatus | null, leadAgencies: Array<{ code: string }> }
      | { code: string, title: string, domain: Domain, status: TaskStatus | null, leadAgencies: Array<{ code: string }> }
    >, obligations: Array<
      | { agencyCode: string, domain: Domain, deadline: string, deadlineReason: string | null, requiredFigures: RequiredFigures, requirement: { content: string }, indicators: Array<
          | { code: string, name: string }
          | { code: string, name: string }
          | { code: string, name: string }
          | { code: string, name: string }
          | { code: string, name: string }
          | { code: string, name: string }
        >, submission: { expectedItems: number, receivedItems: number, completeness: number, timeliness: number, status: SubmissionStatus, missing: Array<{ indicatorCode: string, period: string, cell: string, needs: ObservationStatus }> } | null }
      | { agencyCode: string, domain: Domain, deadline: string, deadlineReason: string | null, requiredFigures: RequiredFigures, requirement: { content: string }, indicators: Array<
          | { code: string, name: string }
          | { code: string, name: string }
          | { code: string, name: string }
          | { code: string, name: string }
          | { code: string, name: string }
          | { code: string, name: string }
        >, submission: { expectedItems: number, receivedItems: number, completeness: number, timeliness: number, status: SubmissionStatus, missing: Array<{ indicatorCode: string, period: string, cell: string, needs: ObservationStatus }> } | null }
      | { agencyCode: string, domain: Domain, deadline: string, deadlineReason: string | null, requiredFigures: RequiredFigures, requirement: { content: string }, indicators: Array<
          | { code: string, name: string }
          | { code: string, name: string }
          | { code: string, name: string }
          | { code: string, name: string }
          | { code: string, name: string }
          | { code: string, name: string }
        >, submission: { expectedItems: number, receivedItems: number, completeness: number, timeliness: number, status: SubmissionStatus, missing: Array<{ indicatorCode: string, period: string, cell: string, needs: ObservationStatus }> } | null }
      | { agencyCode: string, domain: Domain, deadline: string, deadlineReason: string | null, requiredFigures: RequiredFigures, requirement: { content: string }, indicators: Array<
          | { code: string, name: string }
          | { code: string, name: string }
          | { code: string, name: string }
          | { code: string, name: string }
          | { code: string, name: string }
          | { code: string, name: string }
        >, submission: { expectedItems: number, receivedItems: number, completeness: number, timeliness: number, status: SubmissionStatus, missing: Array<{ indicatorCode: string, period: string, cell: string, needs: ObservationStatus }> } | null }
      | { agencyCode: string, domain: Domain, deadline: string, deadlineReason: string | null, requiredFigures: RequiredFigures, requirement: { content: string }, indicators: Array<
          | { code: string, name: string }
          | { code: string, name: string }
          | { code: string, name: string }
          | { code: string, name: string }
          | { code: string, name: string }
          | { code: string, name: string }
        >, submission: { expectedItems: number, receivedItems: number, completeness: number, timeliness: number, status: SubmissionStatus, missing: Array<{ indicatorCode: string, period: string, cell: string, needs: ObservationStatus }> } | null }
      | { agencyCode: string, domain: Domain, deadline: string, deadlineReason: string | null, requiredFigures: RequiredFigures, requirement: { content: string }, indicators: Array<
          | { code: string, name: string }
          | { code: string, name: string }
          | { code: string, name: string }
          | { code: string, name: string }
          | { code: string, name: string }
          | { code: string, name: string }
        >, submission: { expectedItems: number, receivedItems: number, completeness: number, timeliness: number, status: SubmissionStatus, missing: Array<{ indicatorCode: string, period: string, cell: string, needs: ObservationStatus }> } | null }
    >, toAnswer: Array<{ id: string, text: string, dueOn: string, status: DirectiveStatus, taskCode: string | null, addressees: Array<{ agencyCode: string, responded: boolean }>, responses: Array<{ id: string, agencyCode: string, text: string, documentRef: string | null, respondedOn: string }> }>, answered: Array<{ id: string, text: string, dueOn: string, status: DirectiveStatus, taskCode: string | null, addressees: Array<{ agencyCode: string, responded: boolean }>, responses: Array<{ id: string, agencyCode: string, text: string, documentRef: string | null, respondedOn: string }> }> } | null };

export type DeskDirectiveFragment = { id: string, text: string, dueOn: string, status: DirectiveStatus, taskCode: string | null, addressees: Array<{ agencyCode: string, responded: boolean }>, responses: Array<{ id: string, agencyCode: string, text: string, documentRef: string | null, respondedOn: string }> };

export type DecideProposalMutationVariables = Exact<{
  input: DecideProposalInput;
}>;


export type DecideProposalMutation = { committee: { decideProposal: { id: string, state: ProposalState, decisionNumber: string | null, decidedOn: string | null } | null } };

export type RespondToDirectiveMutationVariables = Exact<{
  input: RespondToDirectiveInput;
}>;


export type RespondToDirectiveMutation = { committee: { respondToDirective: { id: string, status: DirectiveStatus } | null } };

export type PeriodReportsQueryVariables = Exact<{
  code: string | number;
  period: string;
}>;


export type PeriodReportsQuery = { task:
    | { code: string, reports: Array<{ revision: number, reportingAgency: { code: string } }> | null }
    | { code: string, reports: Array<{ revision: number, reportingAgency: { code: string } }> | null }
    | { code: string, reports: Array<{ revision: number, reportingAgency: { code: string } }> | null }
    | { code: string, reports: Array<{ revision: number, reportingAgency: { code: string } }> | null }
    | { code: string, reports: Array<{ revision: number, reportingAgency: { code: string } }> | null }
    | { code: string, reports: Array<{ revision: number, reportingAgency: { code: string } }> | null }
   | null };

export type IndicatorPageQueryVariables = Exact<{
  code: string | number;
}>;


export type IndicatorPageQuery = { indicator:
    | { code: string, name: string, nameEn: string, unit: string | null, domain: Domain, reportingAgency: { code: string, name: string }, dimensions: Array<{ code: string, name: string, nameEn: string }> | null, targets: Array<
        | { code: string, description: string }
        | { code: string, description: string }
        | { code: string, description: string }
        | { code: string, description: string }
        | { code: string, description: string }
        | { code: string, description: string }
      >, series: Array<{ period: string, periodType: ObservationPeriodType, periodEnd: string, value: number, status: ObservationStatus, revision: number, recordedAt: string, source: string | null, reporter: string, outlier: boolean, breakdown: Array<{ dimension: string, code: string, name: string }> }> | null }
    | { code: string, name: string, nameEn: string, unit: string | null, domain: Domain, reportingAgency: { code: string, name: string }, dimensions: Array<{ code: string, name: string, nameEn: string }> | null, targets: Array<
        | { code: string, description: string }
        | { code: string, description: string }
        | { code: string, description: string }
        | { code: string, description: string }
        | { code: string, description: string }
        | { code: string, description: string }
      >, series: Array<{ period: string, periodType: ObservationPeriodType, periodEnd: string, value: number, status: ObservationStatus, revision: number, recordedAt: string, source: string | null, reporter: string, outlier: boolean, breakdown: Array<{ dimension: string, code: string, name: string }> }> | null }
    | { code: string, name: string, nameEn: string, unit: string | null, domain: Domain, reportingAgency: { code: string, name: string }, dimensions: Array<{ code: string, name: string, nameEn: string }> | null, targets: Array<
        | { code: string, description: string }
        | { code: string, description: string }
        | { code: string, description: string }
        | { code: string, description: string }
        | { code: string, description: string }
        | { code: string, description: string }
      >, series: Array<{ period: string, periodType: ObservationPeriodType, periodEnd: string, value: number, status: ObservationStatus, revision: number, recordedAt: string, source: string | null, reporter: string, outlier: boolean, breakdown: Array<{ dimension: string, code: string, name: string }> }> | null }
    | { code: string, name: string, nameEn: string, unit: string | null, domain: Domain, reportingAgency: { code: string, name: string }, dimensions: Array<{ code: string, name: string, nameEn: string }> | null, targets: Array<
        | { code: string, description: string }
        | { code: string, description: string }
        | { code: string, description: string }
        | { code: string, description: string }
        | { code: string, description: string }
        | { code: string, description: string }
      >, series: Array<{ period: string, periodType: ObservationPeriodType, periodEnd: string, value: number, status: ObservationStatus, revision: number, recordedAt: string, source: string | null, reporter: string, outlier: boolean, breakdown: Array<{ dimension: string, code: string, name: string }> }> | null }
    | { code: string, name: string, nameEn: string, unit: string | null, domain: Domain, reportingAgency: { code: string, name: string }, dimensions: Array<{ code: string, name: string, nameEn: string }> | null, targets: Array<
        | { code: string, description: string }
        | { code: string, description: string }
        | { code: string, description: string }
        | { code: string, description: string }
        | { code: string, description: string }
        | { code: string, description: string }
      >, series: Array<{ period: string, periodType: ObservationPeriodType, periodEnd: string, value: number, status: ObservationStatus, revision: number, recordedAt: string, source: string | null, reporter: string, outlier: boolean, breakdown: Array<{ dimension: string, code: string, name: string }> }> | null }
    | { code: string, name: string, nameEn: string, unit: string | null, domain: Domain, reportingAgency: { code: string, name: string }, dimensions: Array<{ code: string, name: string, nameEn: string }> | null, targets: Array<
        | { code: string, description: string }
        | { code: string, description: string }
        | { code: string, description: string }
        | { code: string, description: string }
        | { code: string, description: string }
        | { code: string, description: string }
      >, series: Array<{ period: string, periodType: ObservationPeriodType, periodEnd: string, value: number, status: ObservationStatus, revision: number, recordedAt: string, source: string | null, reporter: string, outlier: boolean, breakdown: Array<{ dimension: string, code: string, name: string }> }> | null }
   | null };

export type ReportingCycleQueryVariables = Exact<{
  year: number;
}>;


export type ReportingCycleQuery = { reportingCycle: { year: number, obligations: Array<
      | { agencyCode: string, domain: Domain, deadline: string, agency: { name: string }, submission: { expectedItems: number, receivedItems: number, completeness: number, timeliness: number, status: SubmissionStatus } | null }
      | { agencyCode: string, domain: Domain, deadline: string, agency: { name: string }, submission: { expectedItems: number, receivedItems: number, completeness: number, timeliness: number, status: SubmissionStatus } | null }
      | { agencyCode: string, domain: Domain, deadline: string, agency: { name: string }, submission: { expectedItems: number, receivedItems: number, completeness: number, timeliness: number, status: SubmissionStatus } | null }
      | { agencyCode: string, domain: Domain, deadline: string, agency: { name: string }, submission: { expectedItems: number, receivedItems: number, completeness: number, timeliness: number, status: SubmissionStatus } | null }
      | { agencyCode: string, domain: Domain, deadline: string, agency: { name: string }, submission: { expectedItems: number, receivedItems: number, completeness: number, timeliness: number, status: SubmissionStatus } | null }
      | { agencyCode: string, domain: Domain, deadline: string, agency: { name: string }, submission: { expectedItems: number, receivedItems: number, completeness: number, timeliness: number, status: SubmissionStatus } | null }
    > } };

export type OpenDirectivesQueryVariables = Exact<{
  asOf: string;
}>;


export type OpenDirectivesQuery = { directives: Array<{ id: string, text: string, dueOn: string, status: DirectiveStatus, taskCode: string | null, agencyCode: string | null, addressees: Array<{ agencyCode: string, responded: boolean }> }> };

export type StatusSummaryQueryVariables = Exact<{
  asOf: string;
}>;


export type StatusSummaryQuery = { taskSummary: { asOf: string, total: number, byStatus: Array<{ status: TaskStatus, count: number }>, buckets: Array<{ key: string, label: string, total: number, byStatus: Array<{ status: TaskStatus, count: number }> }> } };

export type TargetVerdictsQueryVariables = Exact<{
  asOf: string;
}>;


export type TargetVerdictsQuery = { plan: { targets: Array<
      | { code: string, description: string, unit: string, min: number, max: number, fromYear: number, toYear: number, domain: Domain, indicator:
          | { code: string, name: string, series: Array<{ period: string, value: number, status: ObservationStatus }> | null }
          | { code: string, name: string, series: Array<{ period: string, value: number, status: ObservationStatus }> | null }
          | { code: string, name: string, series: Array<{ period: string, value: number, status: ObservationStatus }> | null }
          | { code: string, name: string, series: Array<{ period: string, value: number, status: ObservationStatus }> | null }
          | { code: string, name: string, series: Array<{ period: string, value: number, status: ObservationStatus }> | null }
          | { code: string, name: string, series: Array<{ period: string, value: number, status: ObservationStatus }> | null }
        , verdict: { outcome: VerdictOutcome, value: number | null, explanation: string, explanationEn: string } | null }
      | { code: string, description: string, unit: string, min: number, max: number, fromYear: number, toYear: number, domain: Domain, indicator:
          | { code: string, name: string, series: Array<{ period: string, value: number, status: ObservationStatus }> | null }
          | { code: string, name: string, series: Array<{ period: string, value: number, status: ObservationStatus }> | null }
          | { code: string, name: string, series: Array<{ period: string, value: number, status: ObservationStatus }> | null }
          | { code: string, name: string, series: Array<{ period: string, value: number, status: ObservationStatus }> | null }
          | { code: string, name: string, series: Array<{ period: string, value: number, status: ObservationStatus }> | null }
          | { code: string, name: string, series: Array<{ period: string, value: number, status: ObservationStatus }> | null }
        , verdict: { outcome: VerdictOutcome, value: number | null, explanation: string, explanationEn: string } | null }
      | { code: string, description: string, unit: string, min: number, max: number, fromYear: number, toYear: number, domain: Domain, indicator:
          | { code: string, name: string, series: Array<{ period: string, value: number, status: ObservationStatus }> | null }
          | { code: string, name: string, series: Array<{ period: string, value: number, status: ObservationStatus }> | null }
          | { code: string, name: string, series: Array<{ period: string, value: number, status: ObservationStatus }> | null }
          | { code: string, name: string, series: Array<{ period: string, value: number, status: ObservationStatus }> | null }
          | { code: string, name: string, series: Array<{ period: string, value: number, status: ObservationStatus }> | null }
          | { code: string, name: string, series: Array<{ period: string, value: number, status: ObservationStatus }> | null }
        , verdict: { outcome: VerdictOutcome, value: number | null, explanation: string, explanationEn: string } | null }
      | { code: string, description: string, unit: string, min: number, max: number, fromYear: number, toYear: number, domain: Domain, indicator:
          | { code: string, name: string, series: Array<{ period: string, value: number, status: ObservationStatus }> | null }
          | { code: string, name: string, series: Array<{ period: string, value: number, status: ObservationStatus }> | null }
          | { code: string, name: string, series: Array<{ period: string, value: number, status: ObservationStatus }> | null }
          | { code: string, name: string, series: Array<{ period: string, value: number, status: ObservationStatus }> | null }
          | { code: string, name: string, series: Array<{ period: string, value: number, status: ObservationStatus }> | null }
          | { code: string, name: string, series: Array<{ period: string, value: number, status: ObservationStatus }> | null }
        , verdict: { outcome: VerdictOutcome, value: number | null, explanation: string, explanationEn: string } | null }
      | { code: string, description: string, unit: string, min: number, max: number, fromYear: number, toYear: number, domain: Domain, indicator:
          | { code: string, name: string, series: Array<{ period: string, value: number, status: ObservationStatus }> | null }
          | { code: string, name: string, series: Array<{ period: string, value: number, status: ObservationStatus }> | null }
          | { code: string, name: string, series: Array<{ period: string, value: number, status: ObservationStatus }> | null }
          | { code: string, name: string, series: Array<{ period: string, value: number, status: ObservationStatus }> | null }
          | { code: string, name: string, series: Array<{ period: string, value: number, status: ObservationStatus }> | null }
          | { code: string, name: string, series: Array<{ period: string, value: number, status: ObservationStatus }> | null }
        , verdict: { outcome: VerdictOutcome, value: number | null, explanation: string, explanationEn: string } | null }
      | { code: string, description: string, unit: string, min: number, max: number, fromYear: number, toYear: number, domain: Domain, indicator:
          | { code: string, name: string, series: Array<{ period: string, value: number, status: ObservationStatus }> | null }
          | { code: string, name: string, series: Array<{ period: string, value: number, status: ObservationStatus }> | null }
          | { code: string, name: string, series: Array<{ period: string, value: number, status: ObservationStatus }> | null }
          | { code: string, name: string, series: Array<{ period: string, value: number, status: ObservationStatus }> | null }
          | { code: string, name: string, series: Array<{ period: string, value: number, status: ObservationStatus }> | null }
          | { code: string, name: string, series: Array<{ period: string, value: number, status: ObservationStatus }> | null }
        , verdict: { outcome: VerdictOutcome, value: number | null, explanation: string, explanationEn: string } | null }
    > } | null };

export type TasksWithStatusQueryVariables = Exact<{
  status: TaskStatus;
  asOf: string;
}>;


export type TasksWithStatusQuery = { tasks: Array<
    | { code: string, title: string, domain: Domain, endYear: number, leadAgencies: Array<{ code: string, name: string }>, latestReport: { period: string, percentComplete: number } | null }
    | { code: string, title: string, domain: Domain, endYear: number, leadAgencies: Array<{ code: string, name: string }>, latestReport: { period: string, percentComplete: number } | null }
    | { code: string, title: string, domain: Domain, endYear: number, leadAgencies: Array<{ code: string, name: string }>, latestReport: { period: string, percentComplete: number } | null }
    | { code: string, title: string, domain: Domain, endYear: number, leadAgencies: Array<{ code: string, name: string }>, latestReport: { period: string, percentComplete: number } | null }
    | { code: string, title: string, domain: Domain, endYear: number, leadAgencies: Array<{ code: string, name: string }>, latestReport: { period: string, percentComplete: number } | null }
    | { code: string, title: string, domain: Domain, endYear: number, leadAgencies: Array<{ code: string, name: string }>, latestReport: { period: string, percentComplete: number } | null }
  > };

export type RecordReviewMutationVariables = Exact<{
  input: RecordReviewInput;
}>;


export type RecordReviewMutation = { committee: { recordReview: { period: string, state: ReviewState, revision: number } | null } };

export type CommitteeDocumentPageQueryVariables = Exact<{
  period: string;
  quarterly: boolean;
  review: boolean;
}>;


export type CommitteeDocumentPageQuery = { quarterlyReport?: { state: QuarterlyReportState, submittedOn: string | null, period: string, revision: number, asOf: string, documentNumber: string | null, signedBy: string | null, summary: { total: number, byStatus: Array<{ status: TaskStatus, count: number }> }, groups: Array<{ group: { code: string, title: string }, tasks: Array<{ code: string, title: string, status: TaskStatus, percentComplete: number | null, leadAgencies: Array<{ code: string }>, latestReport: { period: string, summary: string } | null }> }>, overdue: Array<{ code: string, title: string, leadAgencies: Array<{ code: string }> }>, notReported: Array<{ code: string, title: string, leadAgencies: Array<{ code: string }> }>, directives: Array<{ id: string, text: string, dueOn: string, status: DirectiveStatus, addressees: Array<{ agencyCode: string, responded: boolean }> }>, sections: Array<{ key: ReportSectionKey, title: string, text: string }> }, review?: { kind: ReviewKind, meetingDate: string | null, participants: Array<string>, conclusions: string | null, decisions: string | null, period: string, revision: number, asOf: string, documentNumber: string | null, signedBy: string | null, reviewState: ReviewState, summary: { total: number, byStatus: Array<{ status: TaskStatus, count: number }> }, groups: Array<{ group: { code: string, title: string }, tasks: Array<{ code: string, title: string, status: TaskStatus, percentComplete: number | null, leadAgencies: Array<{ code: string }>, latestReport: { period: string, summary: string } | null }> }>, overdue: Array<{ code: string, title: string, leadAgencies: Array<{ code: string }> }>, notReported: Array<{ code: string, title: string, leadAgencies: Array<{ code: string }> }>, directives: Array<{ id: string, text: string, dueOn: string, status: DirectiveStatus, addressees: Array<{ agencyCode: string, responded: boolean }> }>, sections: Array<{ key: ReportSectionKey, title: string, text: string }> } };

type DocumentContent_QuarterlyReport_Fragment = { period: string, revision: number, asOf: string, documentNumber: string | null, signedBy: string | null, summary: { total: number, byStatus: Array<{ status: TaskStatus, count: number }> }, groups: Array<{ group: { code: string, title: string }, tasks: Array<{ code: string, title: string, status: TaskStatus, percentComplete: number | null, leadAgencies: Array<{ code: string }>, latestReport: { period: string, summary: string } | null }> }>, overdue: Array<{ code: string, title: string, leadAgencies: Array<{ code: string }> }>, notReported: Array<{ code: string, title: string, leadAgencies: Array<{ code: string }> }>, directives: Array<{ id: string, text: string, dueOn: string, status: DirectiveStatus, addressees: Array<{ agencyCode: string, responded: boolean }> }>, sections: Array<{ key: ReportSectionKey, title: string, text: string }> };

type DocumentContent_Review_Fragment = { period: string, revision: number, asOf: string, documentNumber: string | null, signedBy: string | null, summary: { total: number, byStatus: Array<{ status: TaskStatus, count: number }> }, groups: Array<{ group: { code: string, title: string }, tasks: Array<{ code: string, title: string, status: TaskStatus, percentComplete: number | null, leadAgencies: Array<{ code: string }>, latestReport: { period: string, summary: string } | null }> }>, overdue: Array<{ code: string, title: string, leadAgencies: Array<{ code: string }> }>, notReported: Array<{ code: string, title: string, leadAgencies: Array<{ code: string }> }>, directives: Array<{ id: string, text: string, dueOn: string, status: DirectiveStatus, addressees: Array<{ agencyCode: string, responded: boolean }> }>, sections: Array<{ key: ReportSectionKey, title: string, text: string }> };

export type DocumentContentFragment =
  | DocumentContent_QuarterlyReport_Fragment
  | DocumentContent_Review_Fragment
;

export type SaveQuarterlyReportMutationVariables = Exact<{
  input: SaveQuarterlyReportInput;
}>;


export type SaveQuarterlyReportMutation = { committee: { saveQuarterlyReport: { period: string, revision: number, sections: Array<{ key: ReportSectionKey, title: string, text: string }> } | null } };

export type SubmitQuarterlyReportMutationVariables = Exact<{
  input: SubmitQuarterlyReportInput;
}>;


export type SubmitQuarterlyReportMutation = { committee: { submitQuarterlyReport: { period: string, state: QuarterlyReportState, revision: number } | null } };

export type TaskPageQueryVariables = Exact<{
  code: string | number;
}>;


export type TaskPageQuery = { task:
    | { code: string, title: string, periodText: string, startYear: number, endYear: number, coordinationNote: string, domain: Domain, status: TaskStatus | null, percentComplete: number | null, y2012: TaskStatus | null, y2013: TaskStatus | null, y2014: TaskStatus | null, y2015: TaskStatus | null, y2016: TaskStatus | null, y2017: TaskStatus | null, y2018: TaskStatus | null, y2019: TaskStatus | null, y2020: TaskStatus | null, group: { code: string, title: string }, assignments: Array<{ role: AssignmentRole, scope: string | null, asWritten: string, agency: { code: string, name: string } }>, leadAgencies: Array<{ code: string }>, reports: Array<{ period: string, revision: number, state: ReportState, percentComplete: number, completedOn: string | null, summary: string, difficulties: string | null, proposals: string | null, budgetEstimatedVnd: number | null, budgetSpentVnd: number | null, documentRefs: Array<string>, reporter: string, reportedAt: string, reportingAgency: { code: string } }> | null, implementationPlan: { revision: number, submittedOn: string, summary: string, budgetEstimatedVnd: number | null, documentRefs: Array<string>, reporter: string, reportingAgency: { code: string } } | null, comments: Array<{ id: string, authorName: string, text: string, createdAt: string, agency: { code: string } }> | null, directives: Array<{ id: string, text: string, dueOn: string, issuedOn: string, status: DirectiveStatus, responses: Array<{ id: string, agencyCode: string, text: string, respondedOn: string }> }> }
    | { code: string, title: string, periodText: string, startYear: number, endYear: number, coordinationNote: string, domain: Domain, status: TaskStatus | null, percentComplete: number | null, y2012: TaskStatus | null, y2013: TaskStatus | null, y2014: TaskStatus | null, y2015: TaskStatus | null, y2016: TaskStatus | null, y2017: TaskStatus | null, y2018: TaskStatus | null, y2019: TaskStatus | null, y2020: TaskStatus | null, group: { code: string, title: string }, assignments: Array<{ role: AssignmentRole, scope: string | null, asWritten: string, agency: { code: string, name: string } }>, leadAgencies: Array<{ code: string }>, reports: Array<{ period: string, revision: number, state: ReportState, percentComplete: number, completedOn: string | null, summary: string, difficulties: string | null, proposals: string | null, budgetEstimatedVnd: number | null, budgetSpentVnd: number | null, documentRefs: Array<string>, reporter: string, reportedAt: string, reportingAgency: { code: string } }> | null, implementationPlan: { revision: number, submittedOn: string, summary: string, budgetEstimatedVnd: number | null, documentRefs: Array<string>, reporter: string, reportingAgency: { code: string } } | null, comments: Array<{ id: string, authorName: string, text: string, createdAt: string, agency: { code: string } }> | null, directives: Array<{ id: string, text: string, dueOn: string, issuedOn: string, status: DirectiveStatus, responses: Array<{ id: string, agencyCode: string, text: string, respondedOn: string }> }> }
    | { code: string, title: string, periodText: string, startYear: number, endYear: number, coordinationNote: string, domain: Domain, status: TaskStatus | null, percentComplete: number | null, y2012: TaskStatus | null, y2013: TaskStatus | null, y2014: TaskStatus | null, y2015: TaskStatus | null, y2016: TaskStatus | null, y2017: TaskStatus | null, y2018: TaskStatus | null, y2019: TaskStatus | null, y2020: TaskStatus | null, group: { code: string, title: string }, assignments: Array<{ role: AssignmentRole, scope: string | null, asWritten: string, agency: { code: string, name: string } }>, leadAgencies: Array<{ code: string }>, reports: Array<{ period: string, revision: number, state: ReportState, percentComplete: number, completedOn: string | null, summary: string, difficulties: string | null, proposals: string | null, budgetEstimatedVnd: number | null, budgetSpentVnd: number | null, documentRefs: Array<string>, reporter: string, reportedAt: string, reportingAgency: { code: string } }> | null, implementationPlan: { revision: number, submittedOn: string, summary: string, budgetEstimatedVnd: number | null, documentRefs: Array<string>, reporter: string, reportingAgency: { code: string } } | null, comments: Array<{ id: string, authorName: string, text: string, createdAt: string, agency: { code: string } }> | null, directives: Array<{ id: string, text: string, dueOn: string, issuedOn: string, status: DirectiveStatus, responses: Array<{ id: string, agencyCode: string, text: string, respondedOn: string }> }> }
    | { code: string, title: string, periodText: string, startYear: number, endYear: number, coordinationNote: string, domain: Domain, status: TaskStatus | null, percentComplete: number | null, y2012: TaskStatus | null, y2013: TaskStatus | null, y2014: TaskStatus | null, y2015: TaskStatus | null, y2016: TaskStatus | null, y2017: TaskStatus | null, y2018: TaskStatus | null, y2019: TaskStatus | null, y2020: TaskStatus | null, group: { code: string, title: string }, assignments: Array<{ role: AssignmentRole, scope: string | null, asWritten: string, agency: { code: string, name: string } }>, leadAgencies: Array<{ code: string }>, reports: Array<{ period: string, revision: number, state: ReportState, percentComplete: number, completedOn: string | null, summary: string, difficulties: string | null, proposals: string | null, budgetEstimatedVnd: number | null, budgetSpentVnd: number | null, documentRefs: Array<string>, reporter: string, reportedAt: string, reportingAgency: { code: string } }> | null, implementationPlan: { revision: number, submittedOn: string, summary: string, budgetEstimatedVnd: number | null, documentRefs: Array<string>, reporter: string, reportingAgency: { code: string } } | null, comments: Array<{ id: string, authorName: string, text: string, createdAt: string, agency: { code: string } }> | null, directives: Array<{ id: string, text: string, dueOn: string, issuedOn: string, status: DirectiveStatus, responses: Array<{ id: string, agencyCode: string, text: string, respondedOn: string }> }> }
    | { code: string, title: string, periodText: string, startYear: number, endYear: number, coordinationNote: string, domain: Domain, status: TaskStatus | null, percentComplete: number | null, y2012: TaskStatus | null, y2013: TaskStatus | null, y2014: TaskStatus | null, y2015: TaskStatus | null, y2016: TaskStatus | null, y2017: TaskStatus | null, y2018: TaskStatus | null, y2019: TaskStatus | null, y2020: TaskStatus | null, group: { code: string, title: string }, assignments: Array<{ role: AssignmentRole, scope: string | null, asWritten: string, agency: { code: string, name: string } }>, leadAgencies: Array<{ code: string }>, reports: Array<{ period: string, revision: number, state: ReportState, percentComplete: number, completedOn: string | null, summary: string, difficulties: string | null, proposals: string | null, budgetEstimatedVnd: number | null, budgetSpentVnd: number | null, documentRefs: Array<string>, reporter: string, reportedAt: string, reportingAgency: { code: string } }> | null, implementationPlan: { revision: number, submittedOn: string, summary: string, budgetEstimatedVnd: number | null, documentRefs: Array<string>, reporter: string, reportingAgency: { code: string } } | null, comments: Array<{ id: string, authorName: string, text: string, createdAt: string, agency: { code: string } }> | null, directives: Array<{ id: string, text: string, dueOn: string, issuedOn: string, status: DirectiveStatus, responses: Array<{ id: string, agencyCode: string, text: string, respondedOn: string }> }> }
    | { code: string, title: string, periodText: string, startYear: number, endYear: number, coordinationNote: string, domain: Domain, status: TaskStatus | null, percentComplete: number | null, y2012: TaskStatus | null, y2013: TaskStatus | null, y2014: TaskStatus | null, y2015: TaskStatus | null, y2016: TaskStatus | null, y2017: TaskStatus | null, y2018: TaskStatus | null, y2019: TaskStatus | null, y2020: TaskStatus | null, group: { code: string, title: string }, assignments: Array<{ role: AssignmentRole, scope: string | null, asWritten: string, agency: { code: string, name: string } }>, leadAgencies: Array<{ code: string }>, reports: Array<{ period: string, revision: number, state: ReportState, percentComplete: number, completedOn: string | null, summary: string, difficulties: string | null, proposals: string | null, budgetEstimatedVnd: number | null, budgetSpentVnd: number | null, documentRefs: Array<string>, reporter: string, reportedAt: string, reportingAgency: { code: string } }> | null, implementationPlan: { revision: number, submittedOn: string, summary: string, budgetEstimatedVnd: number | null, documentRefs: Array<string>, reporter: string, reportingAgency: { code: string } } | null, comments: Array<{ id: string, authorName: string, text: string, createdAt: string, agency: { code: string } }> | null, directives: Array<{ id: string, text: string, dueOn: string, issuedOn: string, status: DirectiveStatus, responses: Array<{ id: string, agencyCode: string, text: string, respondedOn: string }> }> }
   | null };

export type ReportProgressMutationVariables = Exact<{
  input: ReportTaskProgressInput;
  industry?: boolean | null | undefined;
  investment?: boolean | null | undefined;
  labour?: boolean | null | undefined;
  environment?: boolean | null | undefined;
  science?: boolean | null | undefined;
  agriculture?: boolean | null | undefined;
}>;


export type ReportProgressMutation = { industry?: { reportTaskProgress: { taskCode: string, period: string, revision: number, state: ReportState, percentComplete: number } | null }, investment?: { reportTaskProgress: { taskCode: string, period: string, revision: number, state: ReportState, percentComplete: number } | null }, labour?: { reportTaskProgress: { taskCode: string, period: string, revision: number, state: ReportState, percentComplete: number } | null }, environment?: { reportTaskProgress: { taskCode: string, period: string, revision: number, state: ReportState, percentComplete: number } | null }, science?: { reportTaskProgress: { taskCode: string, period: string, revision: number, state: ReportState, percentComplete: number } | null }, agriculture?: { reportTaskProgress: { taskCode: string, period: string, revision: number, state: ReportState, percentComplete: number } | null } };

export type RecordedReportFragment = { taskCode: string, period: string, revision: number, state: ReportState, percentComplete: number };

export const DeskDirectiveFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskDirective"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Directive"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"taskCode"}},{"kind":"Field","name":{"kind":"Name","value":"addressees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"responded"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"documentRef"}},{"kind":"Field","name":{"kind":"Name","value":"respondedOn"}}]}}]}}]} as unknown as DocumentNode<DeskDirectiveFragment, unknown>;
export const DocumentContentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DocumentContent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommitteeDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"signedBy"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"leadAgencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"leadAgencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notReported"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"leadAgencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"directives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"addressees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"responded"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<DocumentContentFragment, unknown>;
export const RecordedReportFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordedReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskCode"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}}]}}]} as unknown as DocumentNode<RecordedReportFragment, unknown>;
export const PlanYearsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanYears"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"horizonYear"}}]}}]}}]} as unknown as DocumentNode<PlanYearsQuery, PlanYearsQueryVariables>;
export const ProposeAdjustmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposeAdjustment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposeAdjustmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeAdjustment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]} as unknown as DocumentNode<ProposeAdjustmentMutation, ProposeAdjustmentMutationVariables>;
export const ProposalProgramGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProposalProgramGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<ProposalProgramGroupsQuery, ProposalProgramGroupsQueryVariables>;
export const AdjustmentProposalListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdjustmentProposalList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdjustmentProposalFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adjustmentProposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"taskCode"}},{"kind":"Field","name":{"kind":"Name","value":"groupCode"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startYear"}},{"kind":"Field","name":{"kind":"Name","value":"endYear"}},{"kind":"Field","name":{"kind":"Name","value":"coordinationNote"}},{"kind":"Field","name":{"kind":"Name","value":"leadAgencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordinatingAgencyCodes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}}]}}]}}]} as unknown as DocumentNode<AdjustmentProposalListQuery, AdjustmentProposalListQueryVariables>;
export const AgencyDeskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgencyDesk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"ledTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"startYear"}},{"kind":"Field","name":{"kind":"Name","value":"endYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"latestReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordinatedTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"leadAgencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"obligations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineReason"}},{"kind":"Field","name":{"kind":"Name","value":"requiredFigures"}},{"kind":"Field","name":{"kind":"Name","value":"requirement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedItems"}},{"kind":"Field","name":{"kind":"Name","value":"receivedItems"}},{"kind":"Field","name":{"kind":"Name","value":"completeness"}},{"kind":"Field","name":{"kind":"Name","value":"timeliness"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"missing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorCode"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"cell"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"toAnswer"},"name":{"kind":"Name","value":"directives"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"open"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskDirective"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"answered"},"name":{"kind":"Name","value":"directives"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"open"},"value":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskDirective"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskDirective"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Directive"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"taskCode"}},{"kind":"Field","name":{"kind":"Name","value":"addressees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"responded"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"documentRef"}},{"kind":"Field","name":{"kind":"Name","value":"respondedOn"}}]}}]}}]} as unknown as DocumentNode<AgencyDeskQuery, AgencyDeskQueryVariables>;
export const DecideProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideProposalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}}]}}]}}]}}]} as unknown as DocumentNode<DecideProposalMutation, DecideProposalMutationVariables>;
export const RespondToDirectiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RespondToDirective"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RespondToDirectiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondToDirective"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<RespondToDirectiveMutation, RespondToDirectiveMutationVariables>;
export const PeriodReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PeriodReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"reportingAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PeriodReportsQuery, PeriodReportsQueryVariables>;
export const IndicatorPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"reportingAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"series"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeRevisions"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"periodType"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"reporter"}},{"kind":"Field","name":{"kind":"Name","value":"outlier"}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IndicatorPageQuery, IndicatorPageQueryVariables>;
export const ReportingCycleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportingCycle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportingCycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"obligations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedItems"}},{"kind":"Field","name":{"kind":"Name","value":"receivedItems"}},{"kind":"Field","name":{"kind":"Name","value":"completeness"}},{"kind":"Field","name":{"kind":"Name","value":"timeliness"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReportingCycleQuery, ReportingCycleQueryVariables>;
export const OpenDirectivesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpenDirectives"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"directives"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"taskCode"}},{"kind":"Field","name":{"kind":"Name","value":"agencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"addressees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"responded"}}]}}]}}]}}]} as unknown as DocumentNode<OpenDirectivesQuery, OpenDirectivesQueryVariables>;
export const StatusSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatusSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"GROUP"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"buckets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StatusSummaryQuery, StatusSummaryQueryVariables>;
export const TargetVerdictsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TargetVerdicts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"fromYear"}},{"kind":"Field","name":{"kind":"Name","value":"toYear"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"periodType"},"value":{"kind":"EnumValue","value":"YEAR"}},{"kind":"Argument","name":{"kind":"Name","value":"breakdown"},"value":{"kind":"ListValue","values":[]}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"verdict"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"explanationEn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TargetVerdictsQuery, TargetVerdictsQueryVariables>;
export const TasksWithStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TasksWithStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"endYear"}},{"kind":"Field","name":{"kind":"Name","value":"leadAgencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}}]}}]}}]}}]} as unknown as DocumentNode<TasksWithStatusQuery, TasksWithStatusQueryVariables>;
export const RecordReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]}}]} as unknown as DocumentNode<RecordReviewMutation, RecordReviewMutationVariables>;
export const CommitteeDocumentPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommitteeDocumentPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quarterly"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"review"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quarterlyReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quarterly"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DocumentContent"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"review"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"review"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DocumentContent"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","alias":{"kind":"Name","value":"reviewState"},"name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDate"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"conclusions"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DocumentContent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommitteeDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"signedBy"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"leadAgencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"leadAgencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notReported"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"leadAgencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"directives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"addressees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"responded"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<CommitteeDocumentPageQuery, CommitteeDocumentPageQueryVariables>;
export const SaveQuarterlyReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveQuarterlyReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveQuarterlyReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveQuarterlyReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SaveQuarterlyReportMutation, SaveQuarterlyReportMutationVariables>;
export const SubmitQuarterlyReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitQuarterlyReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitQuarterlyReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitQuarterlyReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitQuarterlyReportMutation, SubmitQuarterlyReportMutationVariables>;
export const TaskPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TaskPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"periodText"}},{"kind":"Field","name":{"kind":"Name","value":"startYear"}},{"kind":"Field","name":{"kind":"Name","value":"endYear"}},{"kind":"Field","name":{"kind":"Name","value":"coordinationNote"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"asWritten"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadAgencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","alias":{"kind":"Name","value":"y2012"},"name":{"kind":"Name","value":"status"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"StringValue","value":"2012-12-31","block":false}}]},{"kind":"Field","alias":{"kind":"Name","value":"y2013"},"name":{"kind":"Name","value":"status"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"StringValue","value":"2013-12-31","block":false}}]},{"kind":"Field","alias":{"kind":"Name","value":"y2014"},"name":{"kind":"Name","value":"status"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"StringValue","value":"2014-12-31","block":false}}]},{"kind":"Field","alias":{"kind":"Name","value":"y2015"},"name":{"kind":"Name","value":"status"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"StringValue","value":"2015-12-31","block":false}}]},{"kind":"Field","alias":{"kind":"Name","value":"y2016"},"name":{"kind":"Name","value":"status"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"StringValue","value":"2016-12-31","block":false}}]},{"kind":"Field","alias":{"kind":"Name","value":"y2017"},"name":{"kind":"Name","value":"status"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"StringValue","value":"2017-12-31","block":false}}]},{"kind":"Field","alias":{"kind":"Name","value":"y2018"},"name":{"kind":"Name","value":"status"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"StringValue","value":"2018-12-31","block":false}}]},{"kind":"Field","alias":{"kind":"Name","value":"y2019"},"name":{"kind":"Name","value":"status"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"StringValue","value":"2019-12-31","block":false}}]},{"kind":"Field","alias":{"kind":"Name","value":"y2020"},"name":{"kind":"Name","value":"status"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"StringValue","value":"2020-12-31","block":false}}]},{"kind":"Field","name":{"kind":"Name","value":"reports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeRevisions"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"difficulties"}},{"kind":"Field","name":{"kind":"Name","value":"proposals"}},{"kind":"Field","name":{"kind":"Name","value":"budgetEstimatedVnd"}},{"kind":"Field","name":{"kind":"Name","value":"budgetSpentVnd"}},{"kind":"Field","name":{"kind":"Name","value":"documentRefs"}},{"kind":"Field","name":{"kind":"Name","value":"reporter"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportingAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"implementationPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"budgetEstimatedVnd"}},{"kind":"Field","name":{"kind":"Name","value":"documentRefs"}},{"kind":"Field","name":{"kind":"Name","value":"reporter"}},{"kind":"Field","name":{"kind":"Name","value":"reportingAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"directives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"responses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"respondedOn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TaskPageQuery, TaskPageQueryVariables>;
export const ReportProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportTaskProgressInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"industry"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"investment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"labour"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"environment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"science"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agriculture"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"industry"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"industry"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportTaskProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordedReport"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"investment"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"investment"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportTaskProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordedReport"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"labour"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"labour"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportTaskProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordedReport"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"environment"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"environment"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportTaskProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordedReport"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"science"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"science"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportTaskProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordedReport"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"agriculture"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agriculture"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportTaskProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordedReport"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordedReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskCode"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}}]}}]} as unknown as DocumentNode<ReportProgressMutation, ReportProgressMutationVariables>;