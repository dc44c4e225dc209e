import { type EntityManager, In } from "typeorm";

import { AdjustmentKind, AdjustmentProposalRecord, ProposalState } from "../adjustment/adjustment-proposal.entity";
import type { AgencyRecord } from "../agency/agency-catalogue";
import { IssuedDirective } from "../directive/directive.entity";
import type { ProgramGroup } from "../program-group/program-group.entity";
import { assignmentRows, assignmentTerms } from "../registry-edit/task-terms";
import { Task } from "../task/task.entity";
import type { TaskAssignment } from "../task/task-assignment.entity";
import { PlanDocumentError } from "./plan-document";

/** A decision of the People's Committee an import kept over the document. */
export interface KeptDecision {
  proposalId: number;
  decisionNumber: string;
  kind: AdjustmentKind;
  taskCode: string;
}

/** The registry rows an import brings in line with: the document's, then the decisions on top. */
export interface RegistryTaskRows {
  groups: ProgramGroup[];
  tasks: Task[];
  assignments: TaskAssignment[];
}

/**
 * The approved adjustment proposals, applied again on top of the document's rows, oldest decision
 * first: a changed task keeps what the decision changed (its years, title, note, leads or
 * coordinating agencies, as the decision wrote them; its domain follows its first lead through the
 * catalogue) and takes the rest from the document; a created task stays whole, after the
 * document's tasks of its group. So importing the same document again changes nothing, and an amended one changes
 * what the decisions left alone: a recorded decision is never undone by an import. A document that
 * no longer has a task a decision changed, or that has a task of its own under a code a decision
 * created, is refused (decide again, or import with the decision in the document).
 */
export async function applyRecordedDecisions(
  manager: EntityManager,
  rows: RegistryTaskRows,
  catalogue: readonly AgencyRecord[],
): Promise<KeptDecision[]> {
  const approved = await manager.getRepository(AdjustmentProposalRecord).find({
    where: { state: ProposalState.APPROVED },
    order: { decidedAt: "ASC", id: "ASC" },
  });
  if (approved.length === 0) return [];
  const domains = new Map(catalogue.map((agency) => [agency.code, agency.domain]));
  const created = new Set<string>();
  const kept: KeptDecision[] = [];
  for (const proposal of approved) {
    const terms = proposal.applied;
    if (!terms) continue;
    const decision = `decision ${proposal.decisionNumber} (adjustment proposal ${proposal.id})`;
    let task = rows.tasks.find((t) => t.code === terms.code);
    if (proposal.kind === AdjustmentKind.NEW_TASK) {
      if (task) {
        throw new PlanDocumentError(
          `task ${terms.code}: the document has a task ${terms.code} of its own, but ${decision} created task ${terms.code} ("${terms.title.slice(0, 80)}"); give the document's task another number, or import a document that holds the decided task`,
        );
      }
      if (!rows.groups.some((group) => group.code === terms.groupCode)) {
        throw new PlanDocumentError(
          `task ${terms.code}: ${decision} created it in group ${terms.groupCode}, which the document no longer has`,
        );
      }
      task = Object.assign(Object.create(Task.prototype) as Task, {
        code: terms.code,
        groupCode: terms.groupCode,
        number: terms.number,
        position: 0,
        version: terms.version,
      });
      rows.tasks.push(task);
      created.add(terms.code);
    } else if (!task) {
      throw new PlanDocumentError(
        `task ${terms.code}: the document no longer has it, but ${decision} changed it; a decided task is kept, so import a document that still holds it`,
      );
    }
    const changed = proposal.kind === AdjustmentKind.NEW_TASK ? null : proposal.changes;
    const current = assignmentTerms(rows.assignments.filter((a) => a.taskCode === terms.code));
    if (!changed || changed.title !== undefined) task.title = terms.title;
    if (!changed || changed.coordinationNote !== undefined) task.coordinationNote = terms.coordinationNote;
    if (!changed || changed.startYear !== undefined || changed.endYear !== undefined) {
      Object.assign(task, { startYear: terms.startYear, endYear: terms.endYear, periodText: terms.periodText });
    }
    const leads = !changed || changed.leadAgencies !== undefined ? terms.leads : current.leads;
    const coordinators =
      !changed || changed.coordinatingAgencies !== undefined ? terms.coordinators : current.coordinators;
    task.domain = domains.get(leads[0].agencyCode) ?? terms.domain;
    rows.assignments = [
      ...rows.assignments.filter((assignment) => assignment.taskCode !== terms.code),
      ...assignmentRows(terms.code, { leads, coordinators }),
    ];
    kept.push({
      proposalId: proposal.id,
      decisionNumber: proposal.decisionNumber ?? "",
      kind: proposal.kind,
      taskCode: terms.code,
    });
  }
  // Plan order: each group's tasks as the document has them, then those decisions created, in order.
  const ordered = rows.groups.flatMap((group) => [
    ...rows.tasks.filter((t) => t.groupCode === group.code && !created.has(t.code)),
    ...rows.tasks.filter((t) => t.groupCode === group.code && created.has(t.code)),
  ]);
  ordered.forEach((t, index) => (t.position = index + 1));
  rows.tasks = ordered;
  return kept;
}

/**
 * The committee's records about tasks are kept: an import that would delete a task a directive or
 * an adjustment proposal is about is refused, naming them.
 */
export async function assertNoRecordsAbout(manager: EntityManager, taskCodes: readonly string[]): Promise<void> {
  if (taskCodes.length === 0) return;
  const directives = await manager.getRepository(IssuedDirective).find({
    select: { id: true, taskCode: true },
    where: { taskCode: In([...taskCodes]) },
  });
  const proposals = await manager.getRepository(AdjustmentProposalRecord).find({
    select: { id: true, taskCode: true, createdTaskCode: true },
    where: [{ taskCode: In([...taskCodes]) }, { createdTaskCode: In([...taskCodes]) }],
  });
  const records = [
    ...directives.map((d) => `directive ${d.id} (task ${d.taskCode})`),
    ...proposals.map((p) => `adjustment proposal ${p.id} (task ${p.taskCode ?? p.createdTaskCode})`),
  ];
  if (records.length > 0) {
    throw new PlanDocumentError(
      `the document no longer has tasks the committee's records are about: ${records.join(", ")}; those records are kept, so their tasks must stay`,
    );
  }
}
