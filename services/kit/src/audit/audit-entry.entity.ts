import { GraphQLDateTimeISO, GraphQLJSON } from "graphql-scalars";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from "typeorm";

@ObjectType({ description: "Who made a change." })
@Directive("@shareable")
export class AuditActor {
  @Field(() => String, {
    description: "The signed-in user's identifier from the identity provider; \"system:…\" for the plan's imports.",
  })
  subject!: string;

  @Field(() => String, { description: "Their name, as their token said." })
  name!: string;

  @Field(() => String, { nullable: true, description: "Their agency (editors and viewers)." })
  agency!: string | null;

  @Field(() => [String], { description: "Their roles when they made the change." })
  roles!: string[];
}

/**
 * One write, as the audit trail keeps it: who, when, what, and the record before and after. It is
 * written in the same transaction as the change, so a change that fails leaves no entry.
 */
@Entity("audit_entry")
@Index("idx_audit_entry_at", ["at"])
@Index("idx_audit_entry_agency", ["actorAgency", "at"])
@ObjectType({ description: "One recorded change: who, when, what, and the record before and after." })
@Directive("@shareable")
export class AuditEntry {
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Column({ type: "varchar", length: 24 })
  @Field(() => GraphQLDateTimeISO, { description: "When the change was committed." })
  at!: string;

  @Column({ name: "actor_subject", type: "varchar", length: 255 })
  actorSubject!: string;

  @Column({ name: "actor_name", type: "varchar", length: 255 })
  actorName!: string;

  @Column({ name: "actor_agency", type: "varchar", length: 32, nullable: true })
  actorAgency!: string | null;

  @Column({ name: "actor_roles", type: "simple-json" })
  actorRoles!: string[];

  @Column({ type: "varchar", length: 64 })
  @Field(() => String, { description: 'What was done, e.g. "progress.report", "observations.submit", "deadline.set".' })
  action!: string;

  @Column({ name: "entity_type", type: "varchar", length: 64 })
  @Field(() => String, { description: 'The kind of record changed, e.g. "ProgressReport".' })
  entityType!: string;

  @Column({ name: "entity_key", type: "varchar", length: 255 })
  @Field(() => String, { description: 'Which record, e.g. "V.1/LDTBXH/2013-H1".' })
  entityKey!: string;

  @Column({ type: "simple-json", nullable: true })
  @Field(() => GraphQLJSON, { nullable: true, description: "The record before the change (null for a new one)." })
  before!: unknown;

  @Column({ type: "simple-json", nullable: true })
  @Field(() => GraphQLJSON, { nullable: true, description: "The record after the change." })
  after!: unknown;

  @Column({ name: "request_id", type: "varchar", length: 128 })
  @Field(() => ID, { description: "The request that made it (x-request-id), to find it in the logs." })
  requestId!: string;
}

/** What a change is about, for the history of one task or indicator (a submission may touch several). */
@Entity("audit_subject")
@Index("idx_audit_subject_key", ["subjectType", "subjectKey"])
export class AuditSubject {
  @Column({ name: "entry_id", type: "integer", primary: true })
  @ForeignKey(() => AuditEntry, { name: "fk_audit_subject_entry", onDelete: "CASCADE" })
  entryId!: number;

  @Column({ name: "subject_type", type: "varchar", length: 32, primary: true })
  subjectType!: string;

  @Column({ name: "subject_key", type: "varchar", length: 64, primary: true })
  subjectKey!: string;
}
