import { Column, Entity, PrimaryColumn } from "typeorm";

/**
 * A domain's copy of the plan catalogue's facts about an indicator: which unit reports it. The
 * December obligation, templates and uploads are per unit; plan is the source, synced with the tasks.
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
}
