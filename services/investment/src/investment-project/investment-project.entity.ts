import { decimalAsNumber } from "@hpig/kit";
import { GraphQLDateTimeISO, GraphQLLocalDate } from "graphql-scalars";
import { Directive, Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn, Unique } from "typeorm";

/** Where a project stands, as its investment certificate and later decisions say. */
export enum ProjectStatus {
  LICENSED = "LICENSED",
  ADJUSTED = "ADJUSTED",
  IN_OPERATION = "IN_OPERATION",
  TERMINATED = "TERMINATED",
}

registerEnumType(ProjectStatus, {
  name: "InvestmentProjectStatus",
  description: "Where an investment project stands.",
  valuesConfig: {
    LICENSED: { description: "Đã cấp giấy chứng nhận đăng ký đầu tư: licensed, not yet adjusted." },
    ADJUSTED: { description: "Đã điều chỉnh: its certificate was adjusted (see adjustments)." },
    IN_OPERATION: { description: "Đã đi vào hoạt động: in operation." },
    TERMINATED: { description: "Chấm dứt hoạt động: terminated; its land no longer counts as leased." },
  },
});

/** "VN": the country code of a domestic investor. */
export const DOMESTIC_COUNTRY = "VN";

/**
 * An industrial investment project licensed in Hải Phòng, as KHĐT (outside the parks) and BQLKKT
 * (inside them) keep it: its certificate, investor, sector, park, capital and leased land. Its id
 * is opaque and stable, so other subgraphs (environment's EIA approvals) reference it; its
 * certificate number is unique and identifies it in imports.
 */
@Entity("investment_project")
@Unique("uq_investment_project_certificate", ["certificateNumber"])
@Index("idx_investment_project_park", ["parkCode"])
@Index("idx_investment_project_date", ["certificateDate"])
@ObjectType({
  description:
    "An industrial investment project licensed in Hải Phòng (giấy chứng nhận đăng ký đầu tư), kept by the investment domain for KHĐT and BQLKKT, with the history of its adjustments.",
})
@Directive('@key(fields: "id")')
export class InvestmentProject {
  @PrimaryColumn({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Opaque, stable identifier (a UUID); other subgraphs reference the project by it." })
  id!: string;

  @Column({ name: "certificate_number", type: "varchar", length: 64 })
  @Field({ description: 'The investment certificate\'s number, unique, e.g. "0211234567".' })
  certificateNumber!: string;

  @Column({ name: "certificate_date", type: "varchar", length: 10 })
  @Field(() => GraphQLLocalDate, { description: "The day the project was first licensed (the certificate's date)." })
  certificateDate!: string;

  @Column({ type: "varchar", length: 255 })
  @Field({ description: "The project's name, in Vietnamese." })
  name!: string;

  @Column({ type: "varchar", length: 255 })
  @Field({ description: "The investor (company) as the certificate names it." })
  investor!: string;

  @Column({ type: "varchar", length: 2 })
  @Field({ description: 'The investor\'s country, ISO 3166-1 alpha-2: "VN" for a domestic investor.' })
  country!: string;

  @Column({ type: "varchar", length: 8 })
  @Field({ description: 'Its industry: a VSIC 2018 level-2 code of the VSIC2 code list, e.g. "26".' })
  sector!: string;

  /** The park's code; null outside any park. Exposed as `park`. */
  @Column({ name: "park_code", type: "varchar", length: 32, nullable: true })
  parkCode!: string | null;

  @Column({ name: "capital_vnd", type: "decimal", precision: 20, scale: 0, transformer: decimalAsNumber })
  @Field(() => Float, { description: "Registered capital in đồng (as the certificate states it)." })
  capitalVnd!: number;

  @Column({ name: "capital_usd", type: "decimal", precision: 16, scale: 2, transformer: decimalAsNumber })
  @Field(() => Float, { description: "Registered capital in US dollars (as the certificate states it)." })
  capitalUsd!: number;

  @Column({ name: "leased_area_ha", type: "decimal", precision: 10, scale: 2, transformer: decimalAsNumber })
  @Field(() => Float, { description: "Land leased in its park, in hectares (0 outside a park)." })
  leasedAreaHa!: number;

  @Column({ type: "varchar", length: 16 })
  @Field(() => ProjectStatus, { description: "Where it stands now." })
  status!: ProjectStatus;

  @Column({ name: "terminated_on", type: "varchar", length: 10, nullable: true })
  @Field(() => GraphQLLocalDate, { nullable: true, description: "The day it was terminated; null while it is not." })
  terminatedOn!: string | null;

  @Column({ type: "boolean" })
  @Field(() => Boolean, { description: "True for generated sample data." })
  sample!: boolean;
}

@ObjectType({ description: "One field an adjustment changed, before and after, as text." })
export class ProjectChange {
  @Field({ description: 'The field, as the API names it, e.g. "capitalUsd", "status", "park".' })
  field!: string;

  @Field(() => String, { nullable: true, description: "Its value before (null: none)." })
  before!: string | null;

  @Field(() => String, { nullable: true, description: "Its value after (null: none)." })
  after!: string | null;
}

/**
 * One adjustment of a project (điều chỉnh giấy chứng nhận, a decision on it, its termination):
 * kept for good beside the project, never overwritten, with what it changed.
 */
@Entity("investment_project_adjustment")
@Unique("uq_investment_project_adjustment", ["projectId", "sequence"])
@ObjectType({ description: "An adjustment of an investment project: the decision, its date and what it changed." })
export class InvestmentProjectAdjustment {
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Column({ name: "project_id", type: "varchar", length: 36 })
  projectId!: string;

  @Column({ type: "integer" })
  @Field(() => Int, { description: "1 for the project's first adjustment, then 2, 3, …" })
  sequence!: number;

  @Column({ name: "adjusted_on", type: "varchar", length: 10 })
  @Field(() => GraphQLLocalDate, { description: "The day the adjustment took effect (the decision's date)." })
  adjustedOn!: string;

  @Column({ type: "varchar", length: 64 })
  @Field({ description: "The adjusted certificate's or the decision's number." })
  decision!: string;

  @Column({ type: "simple-json" })
  @Field(() => [ProjectChange], { description: "What it changed, field by field." })
  changes!: ProjectChange[];

  @Column({ name: "recorded_at", type: "varchar", length: 24 })
  @Field(() => GraphQLDateTimeISO, { description: "When it was recorded." })
  recordedAt!: string;

  @Column({ name: "recorded_by", type: "varchar", length: 255 })
  @Field({ description: "Who recorded it." })
  recordedBy!: string;
}
