import type { Role } from "@hpig/kit";
import { Column, Entity, ForeignKey, Index, PrimaryColumn, PrimaryGeneratedColumn } from "typeorm";

import { Agency } from "../agency/agency.entity";
import { Task } from "../task/task.entity";

/**
 * A directive (chỉ đạo) of the steering committee, about a task or to an agency, as issued. Never
 * changed once written: its addressees are fixed when it is issued, and answers are added beside it.
 */
@Entity("directive")
@Index("idx_directive_task", ["taskCode"])
@Index("idx_directive_agency", ["agencyCode"])
@Index("idx_directive_issued_at", ["issuedAt"])
export class IssuedDirective {
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  /** The task it is about; null for a directive to an agency. */
  @Column({ name: "task_code", type: "varchar", length: 16, nullable: true })
  @ForeignKey(() => Task, { name: "fk_directive_task" })
  taskCode!: string | null;

  /** The agency it is given to; null for a directive about a task. */
  @Column({ name: "agency_code", type: "varchar", length: 32, nullable: true })
  @ForeignKey(() => Agency, { name: "fk_directive_agency" })
  agencyCode!: string | null;

  @Column({ type: "text" })
  text!: string;

  /** ISO date, Viet Nam: the day by which every addressee is to answer. */
  @Column({ name: "due_on", type: "varchar", length: 10 })
  dueOn!: string;

  /** When it was recorded, ISO 8601 UTC. */
  @Column({ name: "issued_at", type: "varchar", length: 24 })
  issuedAt!: string;

  @Column({ name: "issuer_subject", type: "varchar", length: 255 })
  issuerSubject!: string;

  @Column({ name: "issuer_name", type: "varchar", length: 255 })
  issuerName!: string;

  @Column({ name: "issuer_agency", type: "varchar", length: 32, nullable: true })
  issuerAgency!: string | null;

  /** The issuer's roles when issuing it (committee, standing-office or both). */
  @Column({ name: "issuer_roles", type: "simple-json" })
  issuerRoles!: Role[];
}

/** One agency a directive is addressed to: the task's lead agencies when it was issued, or the agency it was given to. */
@Entity("directive_addressee")
@Index("idx_directive_addressee_agency", ["agencyCode"])
export class DirectiveAddressee {
  @PrimaryColumn({ name: "directive_id", type: "integer" })
  @ForeignKey(() => IssuedDirective, { name: "fk_directive_addressee_directive" })
  directiveId!: number;

  @PrimaryColumn({ name: "agency_code", type: "varchar", length: 32 })
  @ForeignKey(() => Agency, { name: "fk_directive_addressee_agency" })
  agencyCode!: string;

  /** Order of the task's leads when it was issued. */
  @Column({ type: "integer" })
  position!: number;
}

/** One answer of an addressed agency to a directive; answering again adds another. */
@Entity("directive_response")
@Index("idx_directive_response_directive", ["directiveId", "respondedAt"])
export class DirectiveResponseRecord {
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Column({ name: "directive_id", type: "integer" })
  @ForeignKey(() => IssuedDirective, { name: "fk_directive_response_directive" })
  directiveId!: number;

  /** The agency it answers for: the responding editor's. */
  @Column({ name: "agency_code", type: "varchar", length: 32 })
  @ForeignKey(() => Agency, { name: "fk_directive_response_agency" })
  agencyCode!: string;

  @Column({ type: "text" })
  text!: string;

  /** The agency's own document, e.g. "215/BC-SLĐTBXH"; null when none is named. */
  @Column({ name: "document_ref", type: "varchar", length: 255, nullable: true })
  documentRef!: string | null;

  /** When it was recorded, ISO 8601 UTC. */
  @Column({ name: "responded_at", type: "varchar", length: 24 })
  respondedAt!: string;

  @Column({ name: "responder_subject", type: "varchar", length: 255 })
  responderSubject!: string;

  @Column({ name: "responder_name", type: "varchar", length: 255 })
  responderName!: string;
}
