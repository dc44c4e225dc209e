import {
  type AuditWriter,
  clock,
  endOfVietnamDay,
  ErrorCode,
  MAX_BATCH_SIZE,
  recordAudit,
  runInTransaction,
  startOfVietnamDay,
  UserInputError,
  vietnamDate,
} from "@hpig/kit";
import { type DataSource, type EntityManager, In } from "typeorm";

import { Agency } from "../agency/agency.entity";
import { AuditSubjectType, PlanAuditAction } from "../audit/plan-audit";
import { recordIdOf } from "../record-id";
import { Task } from "../task/task.entity";
import { AssignmentRole, TaskAssignment } from "../task/task-assignment.entity";
import { unknownCode } from "../unknown-code";
import type { Directive, DirectiveStatus } from "./directive";
import { DirectiveAddressee, DirectiveResponseRecord, IssuedDirective } from "./directive.entity";
import type { IssueDirectiveInput, RespondToDirectiveInput } from "./directive.input";
import { assertDueOn, directiveTarget, responderAgencyFor } from "./directive-rules";
import { directiveAsOf } from "./directive-state";

/**
 * Records a directive of the committee (the caller, who the resolver has checked is on the
 * committee or the standing office): about a task, addressed to its lead agencies of the moment, or
 * to one agency. One transaction with its audit entry; a refused directive writes nothing.
 */
export function issueDirective(
  db: DataSource,
  writer: AuditWriter,
  input: IssueDirectiveInput,
  now: Date = clock.now(),
): Promise<Directive> {
  const principal = writer.principal;
  if (!principal) throw new Error("a directive needs a signed-in caller");
  const target = directiveTarget(input);
  const today = vietnamDate(now);
  assertDueOn(input.dueOn, today);
  return runInTransaction(db, async (manager) => {
    const addressees =
      target.taskCode !== undefined
        ? await leadsOf(manager, target.taskCode)
        : [await knownAgency(manager, target.agencyCode)];
    const directive = await manager.getRepository(IssuedDirective).save(
      Object.assign(new IssuedDirective(), {
        taskCode: target.taskCode ?? null,
        agencyCode: target.agencyCode ?? null,
        text: input.text.trim(),
        dueOn: input.dueOn,
        issuedAt: now.toISOString(),
        issuerSubject: principal.subject.slice(0, 255),
        issuerName: principal.name.slice(0, 255),
        issuerAgency: principal.agency,
        issuerRoles: principal.roles,
      }),
    );
    await manager
      .getRepository(DirectiveAddressee)
      .insert(addressees.map((agencyCode, index) => ({ directiveId: directive.id, agencyCode, position: index + 1 })));
    await recordAudit(
      manager,
      writer,
      {
        action: PlanAuditAction.DirectiveIssue,
        entityType: "Directive",
        entityKey: String(directive.id),
        before: null,
        after: {
          id: directive.id,
          taskCode: directive.taskCode,
          agencyCode: directive.agencyCode,
          addressees,
          text: directive.text,
          dueOn: directive.dueOn,
          issuedAt: directive.issuedAt,
        },
        subjects: [
          { type: AuditSubjectType.Directive, key: String(directive.id) },
          ...addressees.map((code) => ({ type: AuditSubjectType.Agency, key: code })),
        ],
      },
      now,
    );
    return directiveAsOf(directive, addressees, [], today);
  });
}

/**
 * Records an answer to a directive for the caller's agency, which must be one it is addressed to.
 * An agency may answer again: each answer is kept. Returns the directive as it stands today.
 */
export function respondToDirective(
  db: DataSource,
  writer: AuditWriter,
  input: RespondToDirectiveInput,
  now: Date = clock.now(),
): Promise<Directive> {
  const principal = writer.principal;
  if (!principal) throw new Error("an answer needs a signed-in caller");
  const id = recordIdOf(input.directiveId);
  return runInTransaction(db, async (manager) => {
    const directive = id === null ? null : await manager.getRepository(IssuedDirective).findOneBy({ id });
    if (!directive) throw unknownDirective(input.directiveId);
    const addressees = await addresseesOf(manager, directive.id);
    const agencyCode = responderAgencyFor(principal, { id: directive.id, addressees });
    const response = await manager.getRepository(DirectiveResponseRecord).save(
      Object.assign(new DirectiveResponseRecord(), {
        directiveId: directive.id,
        agencyCode,
        text: input.text.trim(),
        documentRef: input.documentRef?.trim() ?? null,
        respondedAt: now.toISOString(),
        responderSubject: principal.subject.slice(0, 255),
        responderName: principal.name.slice(0, 255),
      }),
    );
    await recordAudit(
      manager,
      writer,
      {
        action: PlanAuditAction.DirectiveRespond,
        entityType: "DirectiveResponse",
        entityKey: `${directive.id}/${response.id}`,
        before: null,
        after: {
          id: response.id,
          directiveId: directive.id,
          agencyCode,
          text: response.text,
          documentRef: response.documentRef,
          respondedAt: response.respondedAt,
        },
        subjects: [
          { type: AuditSubjectType.Directive, key: String(directive.id) },
          { type: AuditSubjectType.Agency, key: agencyCode },
        ],
      },
      now,
    );
    const responses = await manager
      .getRepository(DirectiveResponseRecord)
      .find({ where: { directiveId: directive.id }, order: { respondedAt: "ASC", id: "ASC" } });
    return directiveAsOf(directive, addressees, responses, vietnamDate(now));
  });
}

/** Which directives directivesKnownOn lists; every condition given must hold. */
export interface DirectiveSelection {
  taskCode?: string | null;
  /** Addressed to this agency. */
  agencyCode?: string | null;
  /** Viet Nam dates, inclusive. */
  issuedFrom?: string | null;
  issuedTo?: string | null;
  status?: DirectiveStatus | null;
  /**
   * Only what had been recorded before this instant (ISO): a frozen report's directives as they
   * stood when it was frozen, even on the day itself.
   */
  knownBefore?: string | null;
}

/**
 * The directives issued by the end of `asOf` (a Viet Nam date), each with the answers recorded by
 * then and its state on that date, in the order they were issued: what a report frozen on that date
 * shows. Three statements however many directives (more only past MAX_BATCH_SIZE of them).
 */
export async function directivesKnownOn(
  manager: EntityManager,
  asOf: string,
  selection: DirectiveSelection = {},
): Promise<Directive[]> {
  const endOfDay = endOfVietnamDay(asOf);
  const cutoff = selection.knownBefore && selection.knownBefore < endOfDay ? selection.knownBefore : endOfDay;
  const query = manager
    .getRepository(IssuedDirective)
    .createQueryBuilder("directive")
    .where("directive.issuedAt < :cutoff", { cutoff })
    .orderBy("directive.id", "ASC");
  if (selection.taskCode) query.andWhere("directive.taskCode = :task", { task: selection.taskCode });
  if (selection.agencyCode) {
    query.andWhere(
      "EXISTS (SELECT 1 FROM directive_addressee addressed WHERE addressed.directive_id = directive.id AND addressed.agency_code = :agency)",
      { agency: selection.agencyCode },
    );
  }
  if (selection.issuedFrom)
    query.andWhere("directive.issuedAt >= :from", { from: startOfVietnamDay(selection.issuedFrom) });
  if (selection.issuedTo) query.andWhere("directive.issuedAt < :to", { to: endOfVietnamDay(selection.issuedTo) });
  const directives = await query.getMany();
  const ids = directives.map((d) => d.id);
  const addressees = await inBatches(ids, (batch) =>
    manager.getRepository(DirectiveAddressee).find({
      where: { directiveId: In(batch) },
      order: { directiveId: "ASC", position: "ASC" },
    }),
  );
  const responses = await inBatches(ids, (batch) =>
    manager
      .getRepository(DirectiveResponseRecord)
      .createQueryBuilder("response")
      .where("response.directiveId IN (:...batch)", { batch })
      .andWhere("response.respondedAt < :cutoff", { cutoff })
      .orderBy("response.respondedAt", "ASC")
      .addOrderBy("response.id", "ASC")
      .getMany(),
  );
  const views = directives.map((directive) =>
    directiveAsOf(
      directive,
      addressees.filter((a) => a.directiveId === directive.id).map((a) => a.agencyCode),
      responses.filter((r) => r.directiveId === directive.id),
      asOf,
    ),
  );
  return selection.status ? views.filter((view) => view.status === selection.status) : views;
}

/** The task's lead agencies, in order: whom a directive about it is addressed to. */
async function leadsOf(manager: EntityManager, taskCode: string): Promise<string[]> {
  if (!(await manager.getRepository(Task).existsBy({ code: taskCode }))) {
    throw unknownCode("task", taskCode, "input.taskCode");
  }
  const leads = await manager
    .getRepository(TaskAssignment)
    .find({ where: { taskCode, role: AssignmentRole.LEAD }, order: { position: "ASC" } });
  return leads.map((lead) => lead.agencyCode);
}

async function knownAgency(manager: EntityManager, agencyCode: string): Promise<string> {
  if (!(await manager.getRepository(Agency).existsBy({ code: agencyCode }))) {
    throw unknownCode("agency", agencyCode, "input.agencyCode");
  }
  return agencyCode;
}

/** The agencies a directive is addressed to, in order. */
async function addresseesOf(manager: EntityManager, directiveId: number): Promise<string[]> {
  const rows = await manager
    .getRepository(DirectiveAddressee)
    .find({ where: { directiveId }, order: { position: "ASC" } });
  return rows.map((row) => row.agencyCode);
}

function unknownDirective(id: string): UserInputError {
  return new UserInputError(
    `Unknown directive "${id.slice(0, 40)}"; see directives for their ids.`,
    ErrorCode.NotFound,
    { field: "input.directiveId" },
  );
}

/** One query per MAX_BATCH_SIZE keys, so an IN list stays within the databases' parameter limits. */
async function inBatches<K, V>(keys: readonly K[], fetch: (batch: K[]) => Promise<V[]>): Promise<V[]> {
  const rows: V[] = [];
  for (let start = 0; start < keys.length; start += MAX_BATCH_SIZE) {
    rows.push(...(await fetch(keys.slice(start, start + MAX_BATCH_SIZE))));
  }
  return rows;
}
