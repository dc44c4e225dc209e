import {
  type AuditWriter,
  clock,
  ErrorCode,
  recordAudit,
  runInTransaction,
  UserInputError,
  vietnamDate,
  vietnamDateOf,
} from "@hpig/kit";
import { type DataSource, type EntityManager, In } from "typeorm";

import { Agency } from "../agency/agency.entity";
import { AuditSubjectType, PlanAuditAction } from "../audit/plan-audit";
import { ProgramGroup } from "../program-group/program-group.entity";
import { recordIdOf } from "../record-id";
import { RegistryErrorCode, StaleVersion } from "../registry-edit/registry-edit";
import {
  type AgencyFacts,
  createTaskIn,
  newTaskTerms,
  readTaskTerms,
  sameTerms,
  type TaskTerms,
  termsAfter,
  writeTaskTermsIn,
} from "../registry-edit/task-terms";
import { isCalendarDate, ReportingErrorCode } from "../reporting-obligation/reporting-rules";
import { unknownCode } from "../unknown-code";
import type { DecideProposalInput, ProposeAdjustmentInput } from "./adjustment.input";
import { type AdjustmentProposal, adjustmentProposalOf } from "./adjustment-proposal";
import {
  AdjustmentKind,
  AdjustmentProposalRecord,
  ProposalState,
  type ProposedChanges,
} from "./adjustment-proposal.entity";
import {
  AdjustmentErrorCode,
  agenciesNamed,
  assertNewTaskComplete,
  assertSomethingProposed,
  proposalTarget,
  proposedChangesOf,
  proposerForChange,
  proposerForNewTask,
  taskChangeOf,
} from "./adjustment-rules";

/**
 * Records an editor's proposal to adjust the plan, checked in full against the registry as it is
 * (the task it changes and its version, the agencies and the group it names), in one transaction
 * with its audit entry. Nothing in the registry changes until the standing office approves it.
 */
export function proposeAdjustment(
  db: DataSource,
  writer: AuditWriter,
  input: ProposeAdjustmentInput,
  now: Date = clock.now(),
): Promise<AdjustmentProposal> {
  const principal = writer.principal;
  if (!principal) throw new Error("a proposal needs a signed-in caller");
  const target = proposalTarget(input);
  const changes = proposedChangesOf(input);
  return runInTransaction(db, async (manager) => {
    const agencies = await agencyFacts(manager, agenciesNamed(changes));
    let record: Partial<AdjustmentProposalRecord>;
    if (target.taskCode !== undefined) {
      const current = await readTaskTerms(manager, target.taskCode);
      if (!current) throw unknownTask(target.taskCode);
      const agency = proposerForChange(principal, {
        code: current.code,
        leads: current.leads.map((l) => l.agencyCode),
      });
      assertSomethingProposed(changes);
      const next = termsAfter(current, taskChangeOf(changes), agencies);
      if (sameTerms(current, next)) {
        throw new UserInputError(
          `The proposed change leaves task ${current.code} as it is (version ${current.version}): propose something that differs.`,
          AdjustmentErrorCode.NoChange,
          { field: "input" },
        );
      }
      record = {
        kind: AdjustmentKind.CHANGE_TASK,
        taskCode: current.code,
        groupCode: current.groupCode,
        taskVersion: current.version,
        taskBefore: current,
        proposerAgency: agency,
      };
    } else {
      if (!(await manager.getRepository(ProgramGroup).existsBy({ code: target.groupCode }))) {
        throw unknownGroup(target.groupCode);
      }
      assertNewTaskComplete(changes);
      const agency = proposerForNewTask(
        principal,
        changes.leadAgencies!.map((lead) => lead.agencyCode),
      );
      newTaskTerms(newTaskOf(target.groupCode, changes), agencies);
      record = {
        kind: AdjustmentKind.NEW_TASK,
        taskCode: null,
        groupCode: target.groupCode,
        taskVersion: null,
        taskBefore: null,
        proposerAgency: agency,
      };
    }
    const saved = await manager.getRepository(AdjustmentProposalRecord).save(
      Object.assign(new AdjustmentProposalRecord(), {
        ...record,
        changes,
        reason: input.reason.trim(),
        proposerSubject: principal.subject.slice(0, 255),
        proposerName: principal.name.slice(0, 255),
        proposerRoles: principal.roles,
        proposedAt: now.toISOString(),
        state: ProposalState.PENDING,
        decisionNumber: null,
        decidedOn: null,
        decisionNote: null,
        decidedAt: null,
        deciderSubject: null,
        deciderName: null,
        deciderAgency: null,
        deciderRoles: null,
        applied: null,
        createdTaskCode: null,
      }),
    );
    await recordAudit(
      manager,
      writer,
      {
        action: PlanAuditAction.AdjustmentPropose,
        entityType: "AdjustmentProposal",
        entityKey: String(saved.id),
        before: null,
        after: proposalRecord(saved),
        subjects: [
          { type: AuditSubjectType.AdjustmentProposal, key: String(saved.id) },
          { type: AuditSubjectType.Agency, key: saved.proposerAgency },
        ],
      },
      now,
    );
    return adjustmentProposalOf(saved);
  });
}

/**
 * Records the People's Committee's decision on a proposal (the standing office enters it). An
 * approval changes the registry as proposed in the same transaction (the task's version goes up by
 * one, or the new task is created), provided the task is still at the version the proposal was made
 * on; a rejection changes nothing in the registry. Either way one audit entry, and a proposal is
 * decided once.
 */
export async function decideProposal(
  db: DataSource,
  writer: AuditWriter,
  input: DecideProposalInput,
  now: Date = clock.now(),
): Promise<AdjustmentProposal> {
  const principal = writer.principal;
  if (!principal) throw new Error("a decision needs a signed-in caller");
  const id = recordIdOf(input.id);
  if (id === null) throw unknownProposal(input.id);
  const today = vietnamDate(now);
  assertDecidedOn(input.decidedOn, today);
  const decision = {
    decisionNumber: input.decisionNumber.trim(),
    decidedOn: input.decidedOn,
    decisionNote: input.note?.trim() ?? null,
    decidedAt: now.toISOString(),
    deciderSubject: principal.subject.slice(0, 255),
    deciderName: principal.name.slice(0, 255),
    deciderAgency: principal.agency,
    deciderRoles: principal.roles,
  };
  try {
    return await runInTransaction(db, async (manager) => {
      const proposals = manager.getRepository(AdjustmentProposalRecord);
      const proposal = await proposals.findOneBy({ id });
      if (!proposal) throw unknownProposal(input.id);
      if (proposal.state !== ProposalState.PENDING) throw alreadyDecided(proposal);
      const proposedOn = vietnamDateOf(proposal.proposedAt);
      if (input.decidedOn < proposedOn) {
        throw new UserInputError(
          `decidedOn ${input.decidedOn} is before the proposal was made (${proposedOn})`,
          ReportingErrorCode.InvalidDate,
          { field: "input.decidedOn" },
        );
      }
      const state = input.approved ? ProposalState.APPROVED : ProposalState.REJECTED;
      // Claimed first: of two decisions of one proposal, the second waits here and then finds it decided.
      const claimed = await proposals
        .createQueryBuilder()
        .update(AdjustmentProposalRecord)
        .set({ state, ...decision })
        .where("id = :id AND state = :pending", { id, pending: ProposalState.PENDING })
        .execute();
      if (claimed.affected !== 1) throw new DecidedMeanwhile();
      const decided = { ...proposal, ...decision, state };
      if (!input.approved) {
        await recordAudit(
          manager,
          writer,
          {
            action: PlanAuditAction.AdjustmentReject,
            entityType: "AdjustmentProposal",
            entityKey: String(id),
            before: proposalRecord(proposal),
            after: proposalRecord(decided),
            subjects: [
              { type: AuditSubjectType.AdjustmentProposal, key: String(id) },
              { type: AuditSubjectType.Agency, key: proposal.proposerAgency },
            ],
          },
          now,
        );
        return adjustmentProposalOf(await proposals.findOneByOrFail({ id }));
      }
      const { before, after } = await applyProposal(manager, proposal);
      await proposals.update({ id }, { applied: after, createdTaskCode: before ? null : after.code });
      await recordAudit(
        manager,
        writer,
        {
          action: PlanAuditAction.AdjustmentApprove,
          entityType: "Task",
          entityKey: after.code,
          before,
          after: {
            ...after,
            decision: {
              proposalId: id,
              decisionNumber: decision.decisionNumber,
              decidedOn: decision.decidedOn,
              note: decision.decisionNote,
              proposedBy: proposal.proposerName,
              proposingAgency: proposal.proposerAgency,
              reason: proposal.reason,
            },
          },
          subjects: [
            { type: AuditSubjectType.Task, key: after.code },
            { type: AuditSubjectType.AdjustmentProposal, key: String(id) },
            { type: AuditSubjectType.Agency, key: proposal.proposerAgency },
          ],
        },
        now,
      );
      return adjustmentProposalOf(await proposals.findOneByOrFail({ id }));
    });
  } catch (error) {
    if (!(error instanceof StaleVersion || error instanceof DecidedMeanwhile)) throw error;
    // A concurrent decision or edit of the task committed first; after the rollback it is visible.
    const proposal = await db.getRepository(AdjustmentProposalRecord).findOneByOrFail({ id });
    if (error instanceof DecidedMeanwhile) throw alreadyDecided(proposal);
    const current = proposal.taskCode ? await readTaskTerms(db.manager, proposal.taskCode) : null;
    throw taskMovedOn(proposal, current?.version ?? null);
  }
}

/** Another request decided the proposal between our read and our claim of it. */
class DecidedMeanwhile extends Error {}

/** Changes the registry as an approved proposal says, in the caller's transaction. */
async function applyProposal(
  manager: EntityManager,
  proposal: AdjustmentProposalRecord,
): Promise<{ before: TaskTerms | null; after: TaskTerms }> {
  const agencies = await agencyFacts(manager, agenciesNamed(proposal.changes));
  if (proposal.kind === AdjustmentKind.NEW_TASK) {
    const terms = newTaskTerms(newTaskOf(proposal.groupCode, proposal.changes), agencies, "proposal");
    return { before: null, after: await createTaskIn(manager, terms) };
  }
  const current = await readTaskTerms(manager, proposal.taskCode!);
  if (!current || current.version !== proposal.taskVersion) throw taskMovedOn(proposal, current?.version ?? null);
  const next = termsAfter(current, taskChangeOf(proposal.changes), agencies, "proposal");
  return writeTaskTermsIn(manager, next, current.version, (version) => taskMovedOn(proposal, version));
}

/** The facts the rules need of the agencies named, by code (unknown codes are absent). */
async function agencyFacts(manager: EntityManager, codes: readonly string[]): Promise<Map<string, AgencyFacts>> {
  if (codes.length === 0) return new Map();
  const rows = await manager.getRepository(Agency).findBy({ code: In([...codes]) });
  return new Map(rows.map((row) => [row.code, { code: row.code, name: row.name, domain: row.domain }]));
}

function newTaskOf(groupCode: string, changes: ProposedChanges) {
  return {
    groupCode,
    title: changes.title!,
    coordinationNote: changes.coordinationNote ?? null,
    startYear: changes.startYear!,
    endYear: changes.endYear!,
    leads: changes.leadAgencies!,
    coordinators: changes.coordinatingAgencies ?? [],
  };
}

/** A decision is dated on the calendar, not after today (Viet Nam time). */
function assertDecidedOn(decidedOn: string, today: string): void {
  if (!isCalendarDate(decidedOn)) {
    throw new UserInputError(
      `decidedOn "${decidedOn.slice(0, 40)}" is not a calendar date (YYYY-MM-DD)`,
      ReportingErrorCode.InvalidDate,
      { field: "input.decidedOn" },
    );
  }
  if (decidedOn > today) {
    throw new UserInputError(
      `decidedOn ${decidedOn} is in the future: record a decision once it is made (today is ${today}, Viet Nam time)`,
      ReportingErrorCode.InvalidDate,
      { field: "input.decidedOn" },
    );
  }
}

/** A proposal as the audit trail keeps it. */
function proposalRecord(proposal: AdjustmentProposalRecord) {
  return {
    id: proposal.id,
    kind: proposal.kind,
    taskCode: proposal.taskCode,
    groupCode: proposal.groupCode,
    taskVersion: proposal.taskVersion,
    changes: proposal.changes,
    reason: proposal.reason,
    proposerAgency: proposal.proposerAgency,
    state: proposal.state,
    decisionNumber: proposal.decisionNumber,
    decidedOn: proposal.decidedOn,
    decisionNote: proposal.decisionNote,
  };
}

function taskMovedOn(proposal: AdjustmentProposalRecord, currentVersion: number | null): UserInputError {
  const task = `Task ${proposal.taskCode}`;
  return new UserInputError(
    currentVersion === null
      ? `${task} no longer exists; proposal ${proposal.id} cannot be approved (record it as rejected).`
      : `${task} is at version ${currentVersion}, but proposal ${proposal.id} was made on version ${proposal.taskVersion}: the task has changed since. It cannot be approved as it stands: ${proposal.proposerAgency} should propose again on version ${currentVersion} (this one can be recorded as rejected).`,
    RegistryErrorCode.VersionConflict,
    { field: "input.id", proposedOnVersion: proposal.taskVersion, currentVersion },
  );
}

function alreadyDecided(proposal: AdjustmentProposalRecord): UserInputError {
  const how = proposal.state === ProposalState.APPROVED ? "approved" : "rejected";
  return new UserInputError(
    `Proposal ${proposal.id} was already ${how} (decision ${proposal.decisionNumber ?? "?"} of ${proposal.decidedOn ?? "?"}); a proposal is decided once. A new proposal is needed for another decision.`,
    AdjustmentErrorCode.AlreadyDecided,
    { field: "input.id", state: proposal.state, decisionNumber: proposal.decisionNumber },
  );
}

function unknownProposal(id: string): UserInputError {
  return new UserInputError(
    `Unknown adjustment proposal "${id.slice(0, 40)}"; see adjustmentProposals for their ids.`,
    ErrorCode.NotFound,
    { field: "input.id" },
  );
}

function unknownTask(code: string): UserInputError {
  return unknownCode("task", code, "input.taskCode");
}

function unknownGroup(code: string): UserInputError {
  return unknownCode("group", code, "input.groupCode");
}
