import { Field, ID, Int, InterfaceType } from "type-graphql";
import { Column, Entity, ForeignKey, Index, PrimaryColumn } from "typeorm";

import { Domain, taskTypeName } from "../domain/domain";
import { ProgramGroup } from "../program-group/program-group.entity";

/**
 * A task of the plan. In GraphQL it is an interface: each task is returned as the concrete
 * type of the domain that owns it (IndustryTask, LabourTask, …), so domain subgraphs can add
 * fields to their own tasks while `tasks { … }` needs no type fragments.
 */
@Entity("task")
@Index("idx_task_group", ["groupCode"])
@InterfaceType("Task", {
  description: "A task (nhiệm vụ) of the plan: what is to be done, by whom and when.",
  resolveType: (task: Task) => taskTypeName(task.domain),
  autoRegisterImplementations: true,
})
export abstract class Task {
  @PrimaryColumn({ type: "varchar", length: 16 })
  @Field(() => ID, { description: 'Group numeral, dot, number within the group, as in the plan: "IV.2".' })
  code!: string;

  @Column({ name: "group_code", type: "varchar", length: 8 })
  @ForeignKey(() => ProgramGroup, { name: "fk_task_program_group" })
  groupCode!: string;

  @Column({ type: "integer" })
  @Field(() => Int, { description: "Number within its group." })
  number!: number;

  /** Document order across the whole plan. */
  @Column({ type: "integer" })
  position!: number;

  @Column({ type: "text" })
  @Field(() => String, {
    description:
      "The task's content as written in the plan (typos included), or as the standing office has since set it (committee { updateTask }); sub-items on their own lines.",
  })
  title!: string;

  @Column({ name: "coordination_note", type: "text" })
  @Field(() => String, {
    description:
      'The coordinating-agencies cell as written, including phrases that name no agency ("và các đơn vị liên quan").',
  })
  coordinationNote!: string;

  @Column({ name: "period_text", type: "varchar", length: 32 })
  @Field(() => String, {
    description:
      'The period as written: "2012-2015" or "2013" (in the same form, from the years, once the standing office has changed them).',
  })
  periodText!: string;

  @Column({ name: "start_year", type: "integer" })
  @Field(() => Int, { description: "First year of the period." })
  startYear!: number;

  @Column({ name: "end_year", type: "integer" })
  @Field(() => Int, {
    description: 'Last year of the period; the deadline is the end of this year. "2013" means 2013–2013.',
  })
  endYear!: number;

  @Column({ type: "varchar", length: 32 })
  @Field(() => Domain, {
    description: "The domain that owns the task and reports its progress: the domain of its first lead agency.",
  })
  domain!: Domain;

  /** Lost-update protection: 1 when imported or created, +1 with every change (an edit, a decision, or an import that changes the row). */
  @Column({ type: "integer", default: 1 })
  @Field(() => Int, {
    description:
      "The registry row's version: 1 when first imported (or created by a decision), one more with every change to it (committee { updateTask }, an approved adjustment proposal, or an import that changes it). Send it back as expectedVersion when editing the task.",
  })
  version!: number;
}
