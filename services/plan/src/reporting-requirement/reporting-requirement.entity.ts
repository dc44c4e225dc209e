import { RequiredFigures } from "@hpig/kit";
import { Field, Int, ObjectType } from "type-graphql";
import { Column, Entity, ForeignKey, PrimaryColumn } from "typeorm";

import { Agency } from "../agency/agency.entity";

@Entity("reporting_requirement")
@ObjectType({
  description:
    "What one reporting unit must send the committee's standing office every December (the plan's appendix).",
})
export class ReportingRequirement {
  @PrimaryColumn({ type: "integer" })
  @Field(() => Int, { description: "Row number in the appendix." })
  position!: number;

  @Column({ name: "agency_code", type: "varchar", length: 32 })
  @ForeignKey(() => Agency, { name: "fk_reporting_requirement_agency" })
  agencyCode!: string;

  @Column({ name: "unit_as_written", type: "varchar", length: 255 })
  @Field(() => String, { description: "The reporting unit as the appendix writes it." })
  unitAsWritten!: string;

  @Column({ type: "text" })
  @Field(() => String, { description: "The information to send, as written." })
  content!: string;

  @Column({ type: "simple-json" })
  @Field(() => [String], { description: 'The information split into its items (the "- " paragraphs).' })
  items!: string[];

  /** Set by the importer from the row's wording (importer/required-figures.ts). */
  @Column({ name: "required_figures", type: "varchar", length: 64, default: RequiredFigures.REPORTING_YEAR_FIGURE })
  @Field(() => RequiredFigures, {
    description:
      "Which figures the row asks for every December, read from its wording by the importer: the previous year's official figure and the reporting year's estimate where the row says \"theo số chính thức của năm trước và ước thực hiện năm báo cáo\" (row 1, Cục Thống kê), otherwise the reporting year's figure of any status. The domains count each obligation's submission by it.",
  })
  requiredFigures!: RequiredFigures;
}
