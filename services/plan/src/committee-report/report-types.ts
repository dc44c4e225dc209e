import { TaskStatus } from "@hpig/kit";
import { GraphQLDateTimeISO, GraphQLLocalDate } from "graphql-scalars";
import { Field, ID, Int, InterfaceType, ObjectType, registerEnumType } from "type-graphql";

import type { ReportContent, ReportedTask as ReportedTaskData } from "./report-content";

export enum ReportSectionKey {
  OVERALL_ASSESSMENT = "OVERALL_ASSESSMENT",
  DIFFICULTIES = "DIFFICULTIES",
  PROPOSALS = "PROPOSALS",
}

/** The sections the standing office writes, in the order a report prints them, with their headings. */
export const REPORT_SECTIONS: ReadonlyArray<{ key: ReportSectionKey; title: string }> = [
  { key: ReportSectionKey.OVERALL_ASSESSMENT, title: "Đánh giá chung tình hình thực hiện" },
  { key: ReportSectionKey.DIFFICULTIES, title: "Khó khăn, vướng mắc" },
  { key: ReportSectionKey.PROPOSALS, title: "Kiến nghị, đề xuất với Ủy ban nhân dân thành phố" },
];

registerEnumType(ReportSectionKey, {
  name: "ReportSectionKey",
  description: "A section of the committee's reports and reviews that the standing office writes.",
  valuesConfig: {
    OVERALL_ASSESSMENT: { description: "Đánh giá chung: the overall assessment of the period." },
    DIFFICULTIES: { description: "Khó khăn, vướng mắc: difficulties and obstacles." },
    PROPOSALS: { description: "Kiến nghị, đề xuất: proposals to the People's Committee (UBND thành phố)." },
  },
});

export enum QuarterlyReportState {
  DRAFT = "DRAFT",
  SUBMITTED = "SUBMITTED",
}

registerEnumType(QuarterlyReportState, {
  name: "QuarterlyReportState",
  description: "Whether a quarterly report is still being written or has been submitted to the committee.",
  valuesConfig: {
    DRAFT: {
      description:
        "Dự thảo: compiled from the graph each time it is read; its sections are the standing office's latest save.",
    },
    SUBMITTED: {
      description:
        "Đã trình: frozen when submitted, with its document number, date and signer; it reads back exactly as submitted.",
    },
  },
});

export enum ReviewKind {
  SIX_MONTH = "SIX_MONTH",
  ANNUAL = "ANNUAL",
}

registerEnumType(ReviewKind, {
  name: "ReviewKind",
  description: "The committee's review meetings the plan sets (section III).",
  valuesConfig: {
    SIX_MONTH: { description: 'Sơ kết 6 tháng: the six-monthly review, period "2016-H1" or "2016-H2".' },
    ANNUAL: { description: 'Tổng kết năm: the annual review, period "2016".' },
  },
});

export enum ReviewState {
  DRAFT = "DRAFT",
  RECORDED = "RECORDED",
}

registerEnumType(ReviewState, {
  name: "ReviewState",
  description: "Whether a review meeting has been recorded.",
  valuesConfig: {
    DRAFT: {
      description: "Not held (or not recorded) yet: the content is compiled from the graph each time it is read.",
    },
    RECORDED: {
      description:
        "The meeting is recorded (date, participants, conclusions, decisions); its compiled content is frozen as it was then.",
    },
  },
});

@ObjectType({ description: "A section of a report or review: a heading and the standing office's text." })
export class ReportSection {
  @Field(() => ReportSectionKey, { description: "Which section." })
  key!: ReportSectionKey;

  @Field(() => String, { description: "Its heading, as printed." })
  title!: string;

  @Field(() => String, { description: "The text written for it; empty until written." })
  text!: string;
}

/** The GraphQL face of a task as a report states it; resolvers add its live links. */
@ObjectType("ReportedTask", {
  description:
    "A task as a report or review states it at its date: its title, leads, status, share done and latest report then. These fields keep what the document said; `task` leads to the task as it is now.",
})
export class ReportedTask {
  @Field(() => ID, { description: "The task's code." })
  code!: string;

  @Field(() => String, { description: "The task's title as it was at the report's date." })
  title!: string;

  @Field(() => TaskStatus, { description: "Its status as of the report's date." })
  status!: TaskStatus;

  @Field(() => Int, {
    nullable: true,
    description: "Share done as of the report's date; null if nothing was reported.",
  })
  percentComplete!: number | null;

  groupCode!: string;
  leadAgencies!: string[];
  latestReport!: ReportedTaskData["latestReport"];
}

@ObjectType({ description: "A program group of a report, with its tasks." })
export class ReportGroup {
  groupCode!: string;

  @Field(() => [ReportedTask], { description: "The group's tasks whose period had begun, in plan order." })
  tasks!: ReportedTask[];
}

@InterfaceType("CommitteeDocument", {
  description:
    "A document of the committee's follow-up of the plan (a quarterly report of the standing office, a six-monthly or annual review): what the graph said of every task at the period's last day, and what the committee wrote.",
})
export abstract class CommitteeDocument {
  @Field(() => String, { description: 'The period: "2016-Q2" for a quarter, "2016-H1" or "2016" for a review.' })
  period!: string;

  @Field(() => Int, {
    description:
      "0 for a draft nobody has saved; one more with every save, submission or recording. Send it back as expectedRevision.",
  })
  revision!: number;

  @Field(() => GraphQLLocalDate, {
    description:
      "The date the content is compiled for — the period's last day, or the day the document was submitted or its meeting held when earlier, or today while the period runs — with the statuses and reports known at the end of that day (Viet Nam time).",
  })
  asOf!: string;

  @Field(() => GraphQLDateTimeISO, {
    nullable: true,
    description: "When this revision was recorded; null for a draft nobody has saved.",
  })
  recordedAt!: string | null;

  @Field(() => String, { nullable: true, description: "Who recorded this revision (the signed-in caller's name)." })
  recordedBy!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The document\'s number once submitted or recorded, e.g. "125/BC-BCĐ"; null for a draft.',
  })
  documentNumber!: string | null;

  @Field(() => String, { nullable: true, description: "Who signed it; null for a draft." })
  signedBy!: string | null;

  /** The sections' texts by key ("" until written). */
  sectionTexts!: Record<string, string>;

  /** The compiled content: frozen for a submitted or recorded document, compiled when first asked otherwise. */
  content!: () => Promise<ReportContent>;

  /** The first day of the period, from which directives issued count as the period's. */
  periodStart!: string;

  /** When a frozen document was frozen: it shows only the directives and answers recorded before. */
  frozenAt!: string | null;
}

@ObjectType({
  implements: CommitteeDocument,
  description:
    "The standing office's quarterly report to the committee (báo cáo quý, section III of the plan): every task's status and latest report at the quarter's last day, the overdue and unreported tasks, the committee's directives, and the sections the standing office writes. A draft is compiled from the graph each time it is read; a submitted report is frozen and reads back exactly as submitted.",
})
export class QuarterlyReport extends CommitteeDocument {
  @Field(() => QuarterlyReportState, { description: "Draft or submitted." })
  state!: QuarterlyReportState;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: "The date it was submitted (ngày ban hành); null for a draft.",
  })
  submittedOn!: string | null;
}

@ObjectType({
  implements: CommitteeDocument,
  description:
    "The committee's six-monthly (sơ kết) or annual (tổng kết) review of the plan: the same compiled content as a quarterly report, and the meeting that reviewed it — its date, participants, conclusions and decisions. Until recorded it is a draft compiled from the graph; once recorded its content is frozen as it was then.",
})
export class Review extends CommitteeDocument {
  @Field(() => ReviewKind, { description: "Six-monthly or annual." })
  kind!: ReviewKind;

  @Field(() => ReviewState, { description: "Draft, or recorded." })
  state!: ReviewState;

  @Field(() => GraphQLLocalDate, { nullable: true, description: "The date of the review meeting; null for a draft." })
  meetingDate!: string | null;

  @Field(() => [String], { description: "Who took part (names and functions as recorded); empty for a draft." })
  participants!: string[];

  @Field(() => String, { nullable: true, description: "The meeting's conclusions (kết luận); null for a draft." })
  conclusions!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The decisions taken (quyết định, giao nhiệm vụ); null when none.",
  })
  decisions!: string | null;
}
