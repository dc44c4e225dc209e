import { ArrayMaxSize, ArrayMinSize, IsInt, Length, MaxLength, Min, ValidateNested } from "class-validator";
import { Field, InputType, Int } from "type-graphql";

import { MAX_SECTION_LENGTH } from "./document-rules";
import { ReportSectionKey } from "./report-types";

@InputType({ description: "The text of one section of a report or review." })
export class ReportSectionInput {
  @Field(() => ReportSectionKey, { description: "Which section." })
  key!: ReportSectionKey;

  @Field(() => String, {
    description: `Its text (up to ${MAX_SECTION_LENGTH} characters); an empty text clears the section.`,
  })
  @MaxLength(MAX_SECTION_LENGTH)
  text!: string;
}

@InputType({
  description:
    "The standing office's sections of a quarterly report, saved as the draft's next revision. Sections left out keep their text.",
})
export class SaveQuarterlyReportInput {
  @Field(() => String, {
    description: 'The quarter, e.g. "2016-Q2"; it must have begun and be within the plan\'s years.',
  })
  period!: string;

  @Field(() => Int, {
    nullable: true,
    description: "The report's revision as you read it (QuarterlyReport.revision); leave it out for the first save.",
  })
  @IsInt()
  @Min(0)
  expectedRevision?: number | null;

  @Field(() => [ReportSectionInput], { description: "The sections to write, each at most once (1–3)." })
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @ValidateNested({ each: true })
  sections!: ReportSectionInput[];
}

@InputType({
  description:
    "Submits a quarterly report to the committee: its content is compiled and frozen, with the sections as last saved.",
})
export class SubmitQuarterlyReportInput {
  @Field(() => String, { description: 'The quarter, e.g. "2016-Q2".' })
  period!: string;

  @Field(() => Int, { description: "The report's revision as you read it: you submit what you saw." })
  @IsInt()
  @Min(0)
  expectedRevision!: number;

  @Field(() => String, { description: 'The report\'s document number (số hiệu), e.g. "125/BC-BCĐ" (1–64 characters).' })
  @Length(1, 64)
  documentNumber!: string;

  @Field(() => String, {
    description:
      "The date it is issued, YYYY-MM-DD: from the first day of the quarter's last month to today. The content is compiled for this date or the quarter's last day, whichever is earlier.",
  })
  submittedOn!: string;

  @Field(() => String, { description: "Who signs it, name and function (1–255 characters)." })
  @Length(1, 255)
  signedBy!: string;
}

@InputType({
  description:
    "Records a review meeting (sơ kết 6 tháng or tổng kết năm). The first recording freezes the review's compiled content; recording again corrects the meeting's record as a new revision, the content staying as first frozen.",
})
export class RecordReviewInput {
  @Field(() => String, { description: 'The period reviewed: "2016-H1", "2016-H2" or "2016".' })
  period!: string;

  @Field(() => Int, {
    nullable: true,
    description: "The review's revision as you read it (Review.revision); leave it out the first time.",
  })
  @IsInt()
  @Min(0)
  expectedRevision?: number | null;

  @Field(() => String, {
    description:
      "The meeting's date, YYYY-MM-DD: from the first day of the period's last month to today. The content is compiled for this date or the period's last day, whichever is earlier.",
  })
  meetingDate!: string;

  @Field(() => [String], {
    description: "Who took part, one entry per person or unit (1–100 entries, each 1–255 characters).",
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @Length(1, 255, { each: true })
  participants!: string[];

  @Field(() => String, { description: `The meeting's conclusions (1–${MAX_SECTION_LENGTH} characters).` })
  @Length(1, MAX_SECTION_LENGTH)
  conclusions!: string;

  @Field(() => String, {
    nullable: true,
    description: `The decisions taken and tasks given (up to ${MAX_SECTION_LENGTH} characters).`,
  })
  @MaxLength(MAX_SECTION_LENGTH)
  decisions?: string | null;

  @Field(() => [ReportSectionInput], {
    nullable: true,
    description: "Sections of the review's report to write (each at most once); those left out keep their text.",
  })
  @ArrayMaxSize(3)
  @ValidateNested({ each: true })
  sections?: ReportSectionInput[] | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The number of the meeting\'s notice of conclusions (thông báo kết luận), e.g. "45/TB-BCĐ" (1–64 characters).',
  })
  @Length(1, 64)
  documentNumber?: string | null;

  @Field(() => String, { nullable: true, description: "Who signed the conclusions (1–255 characters)." })
  @Length(1, 255)
  signedBy?: string | null;
}
