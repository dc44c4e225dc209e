import { Column, Entity, PrimaryColumn } from "typeorm";

/**
 * A domain's copy of the plan registry's task facts it needs to check and judge reports and
 * rights: which domain owns each task, its years, its lead agencies (who report it) and its
 * coordinating agencies (who may comment on it). The plan subgraph is the source;
 * `syncTaskRegistry` refreshes this copy.
 */
@Entity("task_reference")
export class TaskReference {
  @PrimaryColumn({ type: "varchar", length: 16 })
  code!: string;

  /** Owning domain, e.g. "LABOUR". */
  @Column({ type: "varchar", length: 32 })
  domain!: string;

  @Column({ name: "start_year", type: "integer" })
  startYear!: number;

  @Column({ name: "end_year", type: "integer" })
  endYear!: number;

  /** Lead agency codes in plan order (III.2 has two). */
  @Column({ name: "lead_agencies", type: "simple-json" })
  leadAgencies!: string[];

  /** Coordinating agency codes in plan order: they may comment on the task, not report it. */
  @Column({ name: "coordinating_agencies", type: "simple-json" })
  coordinatingAgencies!: string[];
}
