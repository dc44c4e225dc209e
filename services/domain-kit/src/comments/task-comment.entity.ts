import { GraphQLDateTimeISO } from "graphql-scalars";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/**
 * A comment on a task by an editor of one of its lead or coordinating agencies: how a
 * coordinating agency says what it did or needs, without changing the task's status (only a
 * lead's progress report does that).
 */
@Entity("task_comment")
@Index("idx_task_comment_task", ["taskCode"])
@ObjectType({
  description:
    "A comment on a task by an editor of a lead or coordinating agency; it does not change the task's status.",
})
@Directive("@shareable")
export class TaskComment {
  @PrimaryGeneratedColumn({ type: "integer" })
  @Field(() => ID, { description: "The comment's number in the domain that keeps it." })
  id!: number;

  @Column({ name: "task_code", type: "varchar", length: 16 })
  @Field(() => ID, { description: "The task commented on." })
  taskCode!: string;

  /** The agency the author commented for (their token's agency); `agency` in the schema. */
  @Column({ name: "agency_code", type: "varchar", length: 32 })
  agencyCode!: string;

  @Column({ name: "author_subject", type: "varchar", length: 255 })
  authorSubject!: string;

  @Column({ name: "author_name", type: "varchar", length: 255 })
  @Field(() => String, { description: "Who wrote it, as their sign-in token names them." })
  authorName!: string;

  @Column({ type: "text" })
  @Field(() => String, { description: "The comment, up to 4 000 characters." })
  text!: string;

  @Column({ name: "created_at", type: "varchar", length: 24 })
  @Field(() => GraphQLDateTimeISO, { description: "When it was recorded." })
  createdAt!: string;
}
