import type { Role } from "@hpig/kit";
import { registerEnumType } from "type-graphql";
import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from "typeorm";

import { Agency } from "../agency/agency.entity";
import { ProgramGroup } from "../program-group/program-group.entity";
import type { TaskTerms } from "../registry-edit/task-terms";
import { Task } from "../task/task.entity";

export enum AdjustmentKind {
  CHANGE_TASK = "CHANGE_TASK",
  NEW_TASK = "NEW_TASK",
}

registerEnumType(AdjustmentKind, {
  name: "AdjustmentKind",
  description: "What an adjustment proposal asks for.",
  valuesConfig: {
    CHANGE_TASK: { description: "A change of a task: its period, leads, coordinating agencies, title or note." },
    NEW_TASK: { description: "A new task in a program group." },
  },
});

export enum ProposalState {
  PENDING = "PENDING",
  APPROVED = "APPROVED",
  REJECTED = "REJECTED",
}

registerEnumType(ProposalState, {
  name: "ProposalState",
  description: "Where an adjustment proposal stands.",
  valuesConfig: {
    PENDING: { description: "Awaiting the decision of the People's Committee." },
    APPROVED: { description: "Approved: the registry was changed as proposed, by the recorded decision." },
    REJECTED: { description: "Rejected: the decision is recorded and the registry is unchanged." },
  },
});

/** What a proposal asks to change; what it leaves out stays as it is. Stored as given (codes). */
export interface ProposedChanges {
  title?: string;
  startYear?: number;
  endYear?: number;
  coordinationNote?: string;
  leadAgencies?: Array<{ agencyCode: string; scope: string | null }>;
  coordinatingAgencies?: string[];
}

/**
 * A proposal of a lead agency to adjust the plan (đề xuất điều chỉnh): a change of a task it leads,
 * or a new task in a group, with its reason; and, once the People's Committee has decided, the
 * decision and what it wrote. A proposal is decided once.
 */
@Entity("adjustment_proposal")
@Index("idx_adjustment_proposal_task", ["taskCode"])
@Index("idx_adjustment_proposal_created_task", ["createdTaskCode"])
@Index("idx_adjustment_proposal_state", ["state"])
@Index("idx_adjustment_proposal_agency", ["proposerAgency"])
export class AdjustmentProposalRecord {
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Column({ type: "varchar", length: 16 })
  kind!: AdjustmentKind;

  /** The task to change; null for a new task. */
  @Column({ name: "task_code", type: "varchar", length: 16, nullable: true })
  @ForeignKey(() => Task, { name: "fk_adjustment_proposal_task" })
  taskCode!: string | null;

  /** The task's group, or the group of the new task. */
  @Column({ name: "group_code", type: "varchar", length: 8 })
  @ForeignKey(() => ProgramGroup, { name: "fk_adjustment_proposal_group" })
  groupCode!: string;

  /** The task's version the proposal was made on; null for a new task. */
  @Column({ name: "task_version", type: "integer", nullable: true })
  taskVersion!: number | null;

  /** The task and its assignments when the proposal was made; null for a new task. */
  @Column({ name: "task_before", type: "simple-json", nullable: true })
  taskBefore!: TaskTerms | null;

  @Column({ type: "simple-json" })
  changes!: ProposedChanges;

  @Column({ type: "text" })
  reason!: string;

  @Column({ name: "proposer_subject", type: "varchar", length: 255 })
  proposerSubject!: string;

  @Column({ name: "proposer_name", type: "varchar", length: 255 })
  proposerName!: string;

  /** The proposing editor's agency: it proposes for it. */
  @Column({ name: "proposer_agency", type: "varchar", length: 32 })
  @ForeignKey(() => Agency, { name: "fk_adjustment_proposal_agency" })
  proposerAgency!: string;

  @Column({ name: "proposer_roles", type: "simple-json" })
  proposerRoles!: Role[];

  /** ISO 8601 UTC. */
  @Column({ name: "proposed_at", type: "varchar", length: 24 })
  proposedAt!: string;

  @Column({ type: "varchar", length: 16 })
  state!: ProposalState;

  /** The People's Committee's decision, e.g. "1234/QĐ-UBND". */
  @Column({ name: "decision_number", type: "varchar", length: 100, nullable: true })
  decisionNumber!: string | null;

  /** ISO date of the decision. */
  @Column({ name: "decided_on", type: "varchar", length: 10, nullable: true })
  decidedOn!: string | null;

  @Column({ name: "decision_note", type: "text", nullable: true })
  decisionNote!: string | null;

  /** When the decision was recorded, ISO 8601 UTC. */
  @Column({ name: "decided_at", type: "varchar", length: 24, nullable: true })
  decidedAt!: string | null;

  @Column({ name: "decider_subject", type: "varchar", length: 255, nullable: true })
  deciderSubject!: string | null;

  @Column({ name: "decider_name", type: "varchar", length: 255, nullable: true })
  deciderName!: string | null;

  @Column({ name: "decider_agency", type: "varchar", length: 32, nullable: true })
  deciderAgency!: string | null;

  @Column({ name: "decider_roles", type: "simple-json", nullable: true })
  deciderRoles!: Role[] | null;

  /**
   * What an approval wrote: the task and its assignments after it. Imports of the plan document
   * apply it again, so a decision is never undone by re-importing the document.
   */
  @Column({ type: "simple-json", nullable: true })
  applied!: TaskTerms | null;

  /** The task an approved NEW_TASK proposal created. */
  @Column({ name: "created_task_code", type: "varchar", length: 16, nullable: true })
  @ForeignKey(() => Task, { name: "fk_adjustment_proposal_created_task" })
  createdTaskCode!: string | null;
}
