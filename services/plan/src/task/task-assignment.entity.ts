import { Field, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, ForeignKey, Index, PrimaryColumn } from "typeorm";

import { Agency } from "../agency/agency.entity";
import { Task } from "./task.entity";

export enum AssignmentRole {
  LEAD = "LEAD",
  COORDINATING = "COORDINATING",
}

registerEnumType(AssignmentRole, {
  name: "AssignmentRole",
  description: "An agency's part in a task.",
  valuesConfig: {
    LEAD: { description: "Lead agency (cơ quan chủ trì): answers for the task and reports its progress." },
    COORDINATING: { description: "Coordinating agency (cơ quan phối hợp)." },
  },
});

@Entity("task_assignment")
@Index("idx_task_assignment_agency", ["agencyCode", "role"])
@ObjectType({ description: "One agency's assignment to one task, with the words the plan used for it." })
export class TaskAssignment {
  @PrimaryColumn({ name: "task_code", type: "varchar", length: 16 })
  @ForeignKey(() => Task, { name: "fk_task_assignment_task", onDelete: "CASCADE" })
  taskCode!: string;

  @PrimaryColumn({ name: "agency_code", type: "varchar", length: 32 })
  @ForeignKey(() => Agency, { name: "fk_task_assignment_agency" })
  agencyCode!: string;

  @PrimaryColumn({ type: "varchar", length: 16 })
  @Field(() => AssignmentRole, { description: "Lead or coordinating." })
  role!: AssignmentRole;

  /** Order within the cell, as written. */
  @Column({ type: "integer" })
  position!: number;

  @Column({ type: "text", nullable: true })
  @Field(() => String, {
    nullable: true,
    description: "For a task with several leads (III.2), the sub-item this lead answers for; null otherwise.",
  })
  scope!: string | null;

  @Column({ name: "as_written", type: "varchar", length: 255 })
  @Field(() => String, { description: 'The agency as the plan wrote it, e.g. "LĐ-TB và XH" or "Ban quản lý KTT".' })
  asWritten!: string;
}
