import { GraphQLDateTimeISO, GraphQLLocalDate } from "graphql-scalars";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn, Unique } from "typeorm";

/** Which of the two records of TNMT's appendix row 8 it is. */
export enum ApprovalKind {
  EIA = "EIA",
  COMMITMENT = "COMMITMENT",
}

registerEnumType(ApprovalKind, {
  name: "EnvironmentalApprovalKind",
  description: "An approved environmental impact assessment, or a registered environmental commitment.",
  valuesConfig: {
    EIA: {
      description:
        "Quyết định phê duyệt báo cáo đánh giá tác động môi trường (ĐTM): the approval of a project's EIA report.",
    },
    COMMITMENT: {
      description:
        "Xác nhận đăng ký cam kết bảo vệ môi trường / kế hoạch bảo vệ môi trường: a registered environmental commitment (or protection plan) of a smaller project.",
    },
  },
});

/** Who decided: the bodies that approve EIAs or confirm commitment registrations in Hải Phòng. */
export enum ApprovingBody {
  BTNMT = "BTNMT",
  OTHER_MINISTRY = "OTHER_MINISTRY",
  UBND_TP = "UBND_TP",
  STNMT = "STNMT",
  BQLKKT = "BQLKKT",
  UBND_QH = "UBND_QH",
}

registerEnumType(ApprovingBody, {
  name: "ApprovingBody",
  description: "The body that approved the EIA report or confirmed the commitment registration.",
  valuesConfig: {
    BTNMT: { description: "Bộ Tài nguyên và Môi trường (the Ministry), for projects under its authority." },
    OTHER_MINISTRY: { description: "Another ministry (Bộ Công Thương, Bộ Quốc phòng, …), for its own projects." },
    UBND_TP: { description: "Ủy ban nhân dân thành phố Hải Phòng (the city People's Committee)." },
    STNMT: { description: "Sở Tài nguyên và Môi trường (TNMT), itself or as authorised by the city." },
    BQLKKT: { description: "Ban quản lý Khu kinh tế Hải Phòng, for projects in the parks, as authorised." },
    UBND_QH: { description: "Ủy ban nhân dân quận, huyện (a district People's Committee), for commitments." },
  },
});

/**
 * One EIA approval or commitment registration: its identity and which revision is current. The
 * current decision's number and year are kept here too, so the database refuses a decision
 * recorded twice (unique per kind, year and number) even under concurrent writes.
 */
@Entity("environmental_approval")
@Unique("uq_environmental_approval_decision", ["kind", "decisionYear", "decisionNumber"])
export class ApprovalRecord {
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Column({ type: "varchar", length: 16 })
  kind!: ApprovalKind;

  /** The current revision: a correction moves it on only from the revision it was made against. */
  @Column({ type: "integer" })
  revision!: number;

  @Column({ name: "decision_year", type: "integer" })
  decisionYear!: number;

  @Column({ name: "decision_number", type: "varchar", length: 64 })
  decisionNumber!: string;
}

/**
 * One revision of an approval as recorded: the first entry is revision 1, a correction the next;
 * no revision is changed afterwards, so what was recorded before a correction stays readable.
 */
@Entity("environmental_approval_revision")
@Index("idx_environmental_approval_revision_decided", ["kind", "decidedOn"])
@ObjectType("EnvironmentalApproval", {
  description:
    "An approval of a project's environmental impact assessment (ĐTM) or a confirmed registration of its environmental commitment, as Sở Tài nguyên và Môi trường (TNMT) records it, in one revision.",
})
export class ApprovalRevision {
  @PrimaryColumn({ name: "approval_id", type: "integer" })
  @Field(() => ID, { name: "id", description: "The approval's id, the same in every revision." })
  approvalId!: number;

  @PrimaryColumn({ type: "integer" })
  @Field(() => Int, { description: "1 when first recorded; each correction adds one." })
  revision!: number;

  @Column({ type: "varchar", length: 16 })
  @Field(() => ApprovalKind, { description: "EIA approval or commitment registration." })
  kind!: ApprovalKind;

  @Column({ name: "project_name", type: "varchar", length: 500 })
  @Field({ description: "The project's name as the decision writes it." })
  projectName!: string;

  @Column({ type: "varchar", length: 255 })
  @Field({ description: "The investor (chủ đầu tư) as the decision writes it." })
  investor!: string;

  @Column({ name: "investment_project_id", type: "varchar", length: 64, nullable: true })
  investmentProjectId!: string | null;

  /**
   * Who the project is, for counting projects rather than decisions: its investment project when
   * linked, else its name and investor compared without case and extra spaces.
   */
  @Column({ name: "project_key", type: "varchar", length: 800 })
  projectKey!: string;

  @Column({ name: "decision_number", type: "varchar", length: 64 })
  @Field({ description: 'The decision\'s number, e.g. "1234/QĐ-UBND" or "56/GXN-STNMT".' })
  decisionNumber!: string;

  @Column({ name: "decided_on", type: "varchar", length: 10 })
  @Field(() => GraphQLLocalDate, { description: "The date of the decision." })
  decidedOn!: string;

  @Column({ name: "approving_body", type: "varchar", length: 16 })
  @Field(() => ApprovingBody, { description: "Who approved or confirmed it." })
  approvingBody!: ApprovingBody;

  @Column({ name: "park_code", type: "varchar", length: 32, nullable: true })
  parkCode!: string | null;

  @Column({ name: "correction_reason", type: "varchar", length: 500, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: "Why this revision corrected the one before; null for the first.",
  })
  correctionReason!: string | null;

  @Column({ name: "recorded_by", type: "varchar", length: 255 })
  @Field({ description: "Who recorded this revision." })
  recordedBy!: string;

  @Column({ name: "recorded_at", type: "varchar", length: 24 })
  @Field(() => GraphQLDateTimeISO, { description: "When this revision was recorded." })
  recordedAt!: string;

  @Column({ type: "boolean" })
  @Field(() => Boolean, { description: "True for generated sample data, never for a real record." })
  sample!: boolean;
}
