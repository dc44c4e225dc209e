import { Column, Entity, ForeignKey, PrimaryColumn } from "typeorm";

import { Agency } from "../agency/agency.entity";

/**
 * A deadline the committee set for one reporting unit's obligation of one year, replacing the
 * default (REPORTING_DEADLINE, 31 December). Written by `committee { setReportingDeadline }`.
 */
@Entity("reporting_deadline")
export class ReportingDeadline {
  @PrimaryColumn({ name: "agency_code", type: "varchar", length: 32 })
  @ForeignKey(() => Agency, { name: "fk_reporting_deadline_agency" })
  agencyCode!: string;

  /** The reporting year. */
  @PrimaryColumn({ type: "integer" })
  year!: number;

  /** ISO date, "2015-12-15". */
  @Column({ type: "varchar", length: 10 })
  deadline!: string;

  /** Who set it: the signed-in caller's name (the audit trail keeps their full principal). */
  @Column({ name: "set_by", type: "varchar", length: 255 })
  setBy!: string;

  /** When it was recorded, ISO 8601 UTC. */
  @Column({ name: "set_at", type: "varchar", length: 24 })
  setAt!: string;

  /** Why the deadline departs from December of the reporting year (required then, optional otherwise). */
  @Column({ type: "varchar", length: 500, nullable: true })
  reason!: string | null;
}
