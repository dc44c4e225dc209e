import { AuditActor } from "@hpig/kit";
import { GraphQLDateTimeISO, GraphQLLocalDate } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";

import { Domain } from "../domain/domain";
import type { TaskTerms } from "../registry-edit/task-terms";
import { AdjustmentKind, type AdjustmentProposalRecord, ProposalState } from "./adjustment-proposal.entity";

@ObjectType("ProposedLead", { description: "A lead agency in a proposal or a snapshot of a task." })
export class ProposedLead {
  @Field(() => ID, { description: "The agency's code." })
  agencyCode!: string;

  @Field(() => String, {
    nullable: true,
    description: "For a task with several leads, the sub-item this lead answers for; null otherwise.",
  })
  scope!: string | null;
}

@ObjectType("TaskSnapshot", {
  description:
    "A task and its assignments as they were at one moment: when a proposal was made, or as a decision left it.",
})
export class TaskSnapshot {
  @Field(() => ID, { description: "The task's code." })
  code!: string;

  @Field(() => ID, { description: "Its program group." })
  groupCode!: string;

  @Field(() => String, { description: "Its content." })
  title!: string;

  @Field(() => String, { description: "Its coordination note." })
  coordinationNote!: string;

  @Field(() => String, { description: 'Its period as written, e.g. "2012-2015".' })
  periodText!: string;

  @Field(() => Int, { description: "Its first year." })
  startYear!: number;

  @Field(() => Int, { description: "Its last year." })
  endYear!: number;

  @Field(() => Domain, { description: "The domain that reports it (its first lead's)." })
  domain!: Domain;

  @Field(() => Int, { description: "The registry row's version (Task.version) at that moment." })
  version!: number;

  @Field(() => [ProposedLead], { description: "Its lead agencies, in order." })
  leadAgencies!: ProposedLead[];

  @Field(() => [ID], { description: "Its coordinating agencies' codes, in order." })
  coordinatingAgencyCodes!: string[];
}

@ObjectType("ProposedTaskChanges", {
  description:
    "What a proposal asks for. For a change, a field left null stays as it is; for a new task, every field but coordinationNote is given.",
})
export class ProposedTaskChanges {
  @Field(() => String, { nullable: true, description: "The new content." })
  title!: string | null;

  @Field(() => Int, { nullable: true, description: "The new first year." })
  startYear!: number | null;

  @Field(() => Int, { nullable: true, description: "The new last year (the deadline is its end)." })
  endYear!: number | null;

  @Field(() => String, { nullable: true, description: "The new coordination note." })
  coordinationNote!: string | null;

  @Field(() => [ProposedLead], { nullable: true, description: "The new lead agencies, in order." })
  leadAgencies!: ProposedLead[] | null;

  @Field(() => [ID], { nullable: true, description: "The new coordinating agencies' codes, in order." })
  coordinatingAgencyCodes!: string[] | null;
}

@ObjectType("AdjustmentProposal", {
  description:
    "A proposal of a lead agency to adjust the plan (đề xuất điều chỉnh): a change of a task it leads, or a new task in a program group, with its reason; and the decision of the People's Committee on it, entered by the standing office. An approved proposal changed the registry (Task.registryHistory shows it with the decision number).",
})
export class AdjustmentProposal {
  @Field(() => ID, { description: "The proposal's identifier (decideProposal takes it)." })
  id!: string;

  @Field(() => AdjustmentKind, { description: "A change of a task, or a new task." })
  kind!: AdjustmentKind;

  @Field(() => ProposalState, { description: "Pending, approved or rejected." })
  state!: ProposalState;

  @Field(() => ID, {
    nullable: true,
    description: "The task to change; for a new task, the code it was given once approved (null before).",
  })
  taskCode!: string | null;

  @Field(() => ID, { description: "The task's program group, or the new task's." })
  groupCode!: string;

  @Field(() => Int, {
    nullable: true,
    description:
      "The task's version the proposal was made on (Task.version); an approval is refused once the task has moved past it. Null for a new task.",
  })
  proposedOnVersion!: number | null;

  @Field(() => TaskSnapshot, {
    nullable: true,
    description: "The task as it was when the proposal was made (that version); null for a new task.",
  })
  taskAsProposed!: TaskSnapshot | null;

  @Field(() => ProposedTaskChanges, { description: "What it asks for." })
  changes!: ProposedTaskChanges;

  @Field(() => String, { description: "Why the agency proposes it." })
  reason!: string;

  @Field(() => AuditActor, { description: "The editor who proposed it." })
  proposedBy!: AuditActor;

  @Field(() => ID, { description: "The agency it was proposed for: the proposing editor's." })
  proposingAgencyCode!: string;

  @Field(() => GraphQLDateTimeISO, { description: "When it was proposed." })
  proposedAt!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The decision\'s number, e.g. "1234/QĐ-UBND"; null while pending.',
  })
  decisionNumber!: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: "The decision's date; null while pending." })
  decidedOn!: string | null;

  @Field(() => String, { nullable: true, description: "The note recorded with the decision, if any." })
  decisionNote!: string | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: "When the decision was recorded." })
  decidedAt!: string | null;

  @Field(() => AuditActor, { nullable: true, description: "Who recorded the decision (the standing office)." })
  decidedBy!: AuditActor | null;

  @Field(() => TaskSnapshot, {
    nullable: true,
    description: "For an approved proposal, the task and its assignments as the decision left them; null otherwise.",
  })
  result!: TaskSnapshot | null;
}

function taskSnapshot(terms: TaskTerms): TaskSnapshot {
  return {
    code: terms.code,
    groupCode: terms.groupCode,
    title: terms.title,
    coordinationNote: terms.coordinationNote,
    periodText: terms.periodText,
    startYear: terms.startYear,
    endYear: terms.endYear,
    domain: terms.domain,
    version: terms.version,
    leadAgencies: terms.leads.map((lead) => ({ agencyCode: lead.agencyCode, scope: lead.scope })),
    coordinatingAgencyCodes: terms.coordinators.map((c) => c.agencyCode),
  };
}

/** A stored proposal as the graph shows it. */
export function adjustmentProposalOf(record: AdjustmentProposalRecord): AdjustmentProposal {
  const changes = record.changes;
  return Object.assign(new AdjustmentProposal(), {
    id: String(record.id),
    kind: record.kind,
    state: record.state,
    taskCode: record.taskCode ?? record.createdTaskCode,
    groupCode: record.groupCode,
    proposedOnVersion: record.taskVersion,
    taskAsProposed: record.taskBefore ? taskSnapshot(record.taskBefore) : null,
    changes: {
      title: changes.title ?? null,
      startYear: changes.startYear ?? null,
      endYear: changes.endYear ?? null,
      coordinationNote: changes.coordinationNote ?? null,
      leadAgencies: changes.leadAgencies ?? null,
      coordinatingAgencyCodes: changes.coordinatingAgencies ?? null,
    },
    reason: record.reason,
    proposedBy: {
      subject: record.proposerSubject,
      name: record.proposerName,
      agency: record.proposerAgency,
      roles: record.proposerRoles,
    },
    proposingAgencyCode: record.proposerAgency,
    proposedAt: record.proposedAt,
    decisionNumber: record.decisionNumber,
    decidedOn: record.decidedOn,
    decisionNote: record.decisionNote,
    decidedAt: record.decidedAt,
    decidedBy:
      record.deciderSubject && record.deciderName
        ? {
            subject: record.deciderSubject,
            name: record.deciderName,
            agency: record.deciderAgency,
            roles: record.deciderRoles ?? [],
          }
        : null,
    result: record.applied ? taskSnapshot(record.applied) : null,
  });
}
