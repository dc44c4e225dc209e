import { AuditEntry, clock, historyKey, loadPresent, parsePeriod, TaskStatus, vietnamDate } from "@hpig/kit";
import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";

import { Agency } from "../agency/agency.entity";
import { AuditSubjectType } from "../audit/plan-audit";
import type { PlanContext } from "../context";
import { Directive, DirectiveStatus } from "../directive/directive";
import { directivesKnownOn } from "../directive/directives";
import { ProgramGroup } from "../program-group/program-group.entity";
import { ProgressFact } from "../progress/progress-fact.entity";
import { CommitteeMutations } from "../reporting-obligation/committee.resolver";
import { assertReportingYear } from "../reporting-obligation/reporting-rules";
import { Task } from "../task/task.entity";
import { countStatuses, fillBuckets } from "../task-summary/count-statuses";
import { TaskSummary, TaskSummaryBucket } from "../task-summary/task-summary.types";
import { CommitteeDocumentKind, CommitteeDocumentRevision } from "./committee-document.entity";
import { RecordReviewInput, SaveQuarterlyReportInput, SubmitQuarterlyReportInput } from "./committee-document.input";
import {
  latestRevision,
  planYears,
  recordReview,
  saveQuarterlyReport,
  submitQuarterlyReport,
} from "./committee-document.service";
import { assertBegun, quarterOf, reviewPeriodOf } from "./document-rules";
import { documentView } from "./document-view";
import type { ReportedTask as ReportedTaskData } from "./report-content";
import {
  CommitteeDocument,
  QuarterlyReport,
  REPORT_SECTIONS,
  ReportedTask,
  ReportGroup,
  ReportSection,
  Review,
} from "./report-types";

const PERIOD_ARG = {
  description: 'The period: "2016-Q2" for a quarterly report; "2016-H1", "2016-H2" or "2016" for a review.',
};

@Resolver()
export class CommitteeDocumentQueryResolver {
  @Query(() => QuarterlyReport, {
    description:
      "The standing office's quarterly report for a quarter that has begun, within the plan's years: the submitted report exactly as submitted, or else the draft compiled from the graph now (as of the quarter's last day, or today while the quarter runs) with the sections as last saved.",
  })
  async quarterlyReport(
    @Arg("period", () => String, PERIOD_ARG) text: string,
    @Ctx() ctx: PlanContext,
  ): Promise<QuarterlyReport> {
    const today = vietnamDate(clock.now());
    const period = quarterOf(text, await planYears(ctx.db.manager));
    assertBegun(period, today);
    const row = await latestRevision(ctx.db.manager, CommitteeDocumentKind.QUARTERLY, period.text);
    return documentView(ctx, CommitteeDocumentKind.QUARTERLY, period, row, today) as QuarterlyReport;
  }

  @Query(() => Review, {
    description:
      "The committee's six-monthly or annual review of a period that has begun: as recorded (its content frozen at the meeting), or else the draft compiled from the graph now.",
  })
  async review(@Arg("period", () => String, PERIOD_ARG) text: string, @Ctx() ctx: PlanContext): Promise<Review> {
    const today = vietnamDate(clock.now());
    const { period, kind } = reviewPeriodOf(text, await planYears(ctx.db.manager));
    assertBegun(period, today);
    return documentView(ctx, kind, period, await latestRevision(ctx.db.manager, kind, period.text), today) as Review;
  }

  @Query(() => [CommitteeDocument], {
    description:
      "The committee's documents of one year in calendar order — four quarterly reports, two six-monthly reviews and the annual review — for the periods that have begun, each at its latest revision (drafts included).",
  })
  async committeeDocuments(
    @Arg("year", () => Int, { description: "The year, within the plan's." }) year: number,
    @Ctx() ctx: PlanContext,
  ): Promise<CommitteeDocument[]> {
    assertReportingYear(year, await planYears(ctx.db.manager));
    const today = vietnamDate(clock.now());
    const rows = await ctx.db
      .getRepository(CommitteeDocumentRevision)
      .createQueryBuilder("doc")
      .where("doc.period LIKE :year", { year: `${year}%` })
      .orderBy("doc.revision", "ASC")
      .getMany();
    const latest = new Map(rows.map((row) => [`${row.kind}|${row.period}`, row]));
    const periods: Array<[CommitteeDocumentKind, string]> = [
      [CommitteeDocumentKind.QUARTERLY, `${year}-Q1`],
      [CommitteeDocumentKind.QUARTERLY, `${year}-Q2`],
      [CommitteeDocumentKind.SIX_MONTH, `${year}-H1`],
      [CommitteeDocumentKind.QUARTERLY, `${year}-Q3`],
      [CommitteeDocumentKind.QUARTERLY, `${year}-Q4`],
      [CommitteeDocumentKind.SIX_MONTH, `${year}-H2`],
      [CommitteeDocumentKind.ANNUAL, String(year)],
    ];
    return periods.flatMap(([kind, text]) => {
      const period = parsePeriod(text)!;
      if (period.start > today) return [];
      return [documentView(ctx, kind, period, latest.get(`${kind}|${text}`) ?? null, today)];
    });
  }
}

@Resolver(() => CommitteeDocument)
export class CommitteeDocumentResolver {
  @FieldResolver(() => [ReportSection], { description: "The sections the standing office writes, in print order." })
  sections(@Root() document: CommitteeDocument): ReportSection[] {
    return REPORT_SECTIONS.map(({ key, title }) =>
      Object.assign(new ReportSection(), { key, title, text: document.sectionTexts[key] ?? "" }),
    );
  }

  @FieldResolver(() => [ReportGroup], {
    description: "Every program group in plan order, with its tasks whose period had begun by asOf.",
  })
  async groups(@Root() document: CommitteeDocument): Promise<ReportGroup[]> {
    const content = await document.content();
    return content.groupCodes.map((groupCode) =>
      Object.assign(new ReportGroup(), {
        groupCode,
        tasks: content.tasks.filter((task) => task.groupCode === groupCode).map(reportedTask),
      }),
    );
  }

  @FieldResolver(() => [ReportedTask], { description: "The tasks overdue as of asOf (Quá hạn), in plan order." })
  async overdue(@Root() document: CommitteeDocument): Promise<ReportedTask[]> {
    return withStatus(document, TaskStatus.OVERDUE);
  }

  @FieldResolver(() => [ReportedTask], {
    description: "The tasks no lead agency had reported on by asOf although their period had begun (Chưa báo cáo).",
  })
  async notReported(@Root() document: CommitteeDocument): Promise<ReportedTask[]> {
    return withStatus(document, TaskStatus.NOT_REPORTED);
  }

  @FieldResolver(() => [Directive], {
    description:
      "The committee's directives the document accounts for: those issued in the period, and those issued before it still not answered by every addressee at asOf, each with its status and the answers at asOf. A frozen document shows only what had been recorded when it was frozen.",
  })
  async directives(@Root() document: CommitteeDocument, @Ctx() { db }: PlanContext): Promise<Directive[]> {
    const known = await directivesKnownOn(db.manager, document.asOf, { knownBefore: document.frozenAt });
    return known.filter(
      (directive) => directive.issuedOn >= document.periodStart || directive.status !== DirectiveStatus.RESPONDED,
    );
  }

  @FieldResolver(() => TaskSummary, {
    description: "The document's tasks counted by status, in total and by program group (buckets).",
  })
  async summary(@Root() document: CommitteeDocument, @Ctx() { loaders }: PlanContext): Promise<TaskSummary> {
    const content = await document.content();
    const groups = await loadPresent(loaders.programGroup, content.groupCodes);
    const buckets = fillBuckets(
      groups.map((group) => ({ key: group.code, label: group.title })),
      content.tasks.map((task) => ({ keys: [task.groupCode], status: task.status })),
    );
    return Object.assign(new TaskSummary(), {
      asOf: content.asOf,
      total: content.tasks.length,
      byStatus: countStatuses(content.tasks.map((task) => task.status)),
      buckets: buckets.map((bucket) =>
        Object.assign(new TaskSummaryBucket(), {
          key: bucket.key,
          label: bucket.label,
          total: bucket.statuses.length,
          byStatus: countStatuses(bucket.statuses),
        }),
      ),
    });
  }

  @FieldResolver(() => [AuditEntry], {
    description:
      "Every save, submission and recording of the document, oldest first, with who, when and the revision before and after.",
  })
  async history(@Root() document: CommitteeDocument, @Ctx() { loaders }: PlanContext): Promise<AuditEntry[]> {
    const type = document instanceof QuarterlyReport ? AuditSubjectType.QuarterlyReport : AuditSubjectType.Review;
    const rows = await loaders.registryHistory.load(historyKey(type, document.period));
    return rows.map((row) => row.entry);
  }
}

@Resolver(() => ReportGroup)
export class ReportGroupResolver {
  @FieldResolver(() => ProgramGroup, { description: "The program group." })
  async group(@Root() reportGroup: ReportGroup, @Ctx() { loaders }: PlanContext): Promise<ProgramGroup> {
    return required(await loaders.programGroup.load(reportGroup.groupCode), `group ${reportGroup.groupCode}`);
  }
}

@Resolver(() => ReportedTask)
export class ReportedTaskResolver {
  @FieldResolver(() => ProgramGroup, { description: "The task's program group." })
  async group(@Root() task: ReportedTask, @Ctx() { loaders }: PlanContext): Promise<ProgramGroup> {
    return required(await loaders.programGroup.load(task.groupCode), `group ${task.groupCode}`);
  }

  @FieldResolver(() => [Agency], { description: "Its lead agencies at the report's date." })
  leadAgencies(@Root() task: ReportedTask, @Ctx() { loaders }: PlanContext): Promise<Agency[]> {
    return loadPresent(loaders.agency, task.leadAgencies);
  }

  @FieldResolver(() => ProgressFact, {
    nullable: true,
    description: "The most recent progress report known at the report's date (latest period, latest revision).",
  })
  latestReport(@Root() task: ReportedTask): ProgressFact | null {
    return task.latestReport;
  }

  @FieldResolver(() => Task, {
    nullable: true,
    description: "The task as it is now, with everything the graph says of it today; null if it left the registry.",
  })
  task(@Root() task: ReportedTask, @Ctx() { loaders }: PlanContext): Promise<Task | null> {
    return loaders.task.load(task.code);
  }
}

@Resolver(() => CommitteeMutations)
export class CommitteeDocumentMutationsResolver {
  @Authorized("standing-office")
  @FieldResolver(() => QuarterlyReport, {
    nullable: true,
    description:
      "Saves the standing office's sections of a quarterly report as its next draft revision (standing office only; FORBIDDEN otherwise). Refused, with nothing written: a period that is no quarter of the plan's years (INVALID_PERIOD) or has not begun (PERIOD_NOT_BEGUN), a stale or missing expectedRevision (REVISION_CONFLICT), a report already submitted (DOCUMENT_SUBMITTED), a section given twice or over 10 000 characters (BAD_USER_INPUT).",
  })
  async saveQuarterlyReport(
    @Arg("input", () => SaveQuarterlyReportInput, { description: "The quarter, the revision read, the sections." })
    input: SaveQuarterlyReportInput,
    @Ctx() ctx: PlanContext,
  ): Promise<QuarterlyReport> {
    const now = clock.now();
    const row = await saveQuarterlyReport(ctx, input, now);
    return viewOf(ctx, row, now) as QuarterlyReport;
  }

  @Authorized("standing-office")
  @FieldResolver(() => QuarterlyReport, {
    nullable: true,
    description:
      "Submits a quarterly report (standing office only): its content is compiled for the submission date or the quarter's last day, whichever is earlier, and frozen with the document number, date and signer; the report then reads back exactly as submitted and is not changed again. Refused, with nothing written: as saveQuarterlyReport, and no overall assessment written yet (INCOMPLETE_REPORT), a submission date before the quarter's last month or in the future (INVALID_DATE), a blank number or signer (BAD_USER_INPUT).",
  })
  async submitQuarterlyReport(
    @Arg("input", () => SubmitQuarterlyReportInput, {
      description: "The quarter, the revision read, the document's particulars.",
    })
    input: SubmitQuarterlyReportInput,
    @Ctx() ctx: PlanContext,
  ): Promise<QuarterlyReport> {
    const now = clock.now();
    const row = await submitQuarterlyReport(ctx, input, now);
    return viewOf(ctx, row, now) as QuarterlyReport;
  }

  @Authorized("standing-office")
  @FieldResolver(() => Review, {
    nullable: true,
    description:
      "Records a six-monthly or annual review meeting (standing office only): the first recording freezes the review's compiled content (for the meeting date or the period's last day, whichever is earlier); recording again, with expectedRevision, corrects the meeting's record as a new revision. Refused, with nothing written: a period that is no half year or year of the plan (INVALID_PERIOD) or has not begun (PERIOD_NOT_BEGUN), a meeting date before the period's last month or in the future (INVALID_DATE), a stale expectedRevision (REVISION_CONFLICT), blank or over-long texts, no participants (BAD_USER_INPUT).",
  })
  async recordReview(
    @Arg("input", () => RecordReviewInput, { description: "The period and the meeting's record." })
    input: RecordReviewInput,
    @Ctx() ctx: PlanContext,
  ): Promise<Review> {
    const now = clock.now();
    const row = await recordReview(ctx, input, now);
    return viewOf(ctx, row, now) as Review;
  }
}

function viewOf(ctx: PlanContext, row: CommitteeDocumentRevision, now: Date): QuarterlyReport | Review {
  return documentView(ctx, row.kind, parsePeriod(row.period)!, row, vietnamDate(now));
}

async function withStatus(document: CommitteeDocument, status: TaskStatus): Promise<ReportedTask[]> {
  const content = await document.content();
  return content.tasks.filter((task) => task.status === status).map(reportedTask);
}

function reportedTask(task: ReportedTaskData): ReportedTask {
  return Object.assign(new ReportedTask(), task);
}

function required<T>(value: T | null, what: string): T {
  if (value === null) throw new Error(`a committee document refers to missing ${what}`);
  return value;
}
