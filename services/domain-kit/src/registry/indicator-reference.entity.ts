import { RequiredFigures } from "@hpig/kit";
import { Column, Entity, PrimaryColumn } from "typeorm";

/**
 * A domain's copy of the plan catalogue's facts about an indicator: which unit reports it, and
 * which appendix row it answers with the figures that row asks for. The December obligation,
 * templates and uploads are per unit; plan is the source, synced with the tasks.
 */
@Entity("indicator_reference")
export class IndicatorReference {
  @PrimaryColumn({ type: "varchar", length: 64 })
  code!: string;

  @Column({ name: "agency_code", type: "varchar", length: 32 })
  agencyCode!: string;

  /** Catalogue order, for templates in the committee's order. */
  @Column({ type: "integer" })
  position!: number;

  /**
   * The appendix row the indicator answers (plan's ReportingRequirement.position): the indicator
   * is in that unit's December obligation. Null for a section I quantity, which answers no row.
   */
  @Column({ name: "requirement_position", type: "integer", nullable: true })
  requirementPosition!: number | null;

  /** The figures that row asks for; null with requirementPosition. */
  @Column({ name: "required_figures", type: "varchar", length: 64, nullable: true })
  requiredFigures!: RequiredFigures | null;
}
