import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

/**
 * A progress report revision not yet delivered to the plan subgraph's read model. Written in the
 * same transaction as the report (so a committed report is never lost to the feed), deleted once
 * plan has acknowledged it. Delivery order does not matter: plan keeps every revision.
 */
@Entity("progress_outbox")
export class ProgressOutbox {
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Column({ name: "report_id", type: "integer" })
  reportId!: number;

  @Column({ name: "created_at", type: "varchar", length: 24 })
  createdAt!: string;
}
