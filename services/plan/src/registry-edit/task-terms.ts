import { ErrorCode, UserInputError } from "@hpig/kit";
import type { EntityManager } from "typeorm";

import type { Domain } from "../domain/domain";
import { ProgramGroup } from "../program-group/program-group.entity";
import { Task } from "../task/task.entity";
import { AssignmentRole, TaskAssignment } from "../task/task-assignment.entity";
import { unknownCode } from "../unknown-code";
import { editVersionedIn, periodTextOf, RegistryErrorCode } from "./registry-edit";

/** A lead agency of a task: the sub-item it answers for (several leads only) and how the record names it. */
export interface LeadTerm {
  agencyCode: string;
  scope: string | null;
  asWritten: string;
}

export interface CoordinatorTerm {
  agencyCode: string;
  asWritten: string;
}

/** A task with its assignments: what a decision changes, and what its audit entry shows before and after. */
export interface TaskTerms {
  code: string;
  groupCode: string;
  number: number;
  title: string;
  coordinationNote: string;
  periodText: string;
  startYear: number;
  endYear: number;
  domain: Domain;
  version: number;
  leads: LeadTerm[];
  coordinators: CoordinatorTerm[];
}

/** What a change of a task may set; what it leaves out keeps its value. */
export interface TaskChange {
  title?: string;
  coordinationNote?: string;
  startYear?: number;
  endYear?: number;
  /** The new leads in order; a scope left null keeps the agency's scope when it already leads. */
  leads?: Array<{ agencyCode: string; scope: string | null }>;
  coordinators?: string[];
}

/** A new task, before the registry gives it a code, a number and a place. */
export interface NewTask {
  groupCode: string;
  title: string;
  coordinationNote: string | null;
  startYear: number;
  endYear: number;
  leads: Array<{ agencyCode: string; scope: string | null }>;
  coordinators: string[];
}

/** What the rules need to know of an agency. */
export interface AgencyFacts {
  code: string;
  name: string;
  domain: Domain | null;
}

/** The task and its assignments as the registry has them; null for no such task. */
export async function readTaskTerms(manager: EntityManager, code: string): Promise<TaskTerms | null> {
  const task = await manager.getRepository(Task).findOneBy({ code });
  if (!task) return null;
  const assignments = await manager
    .getRepository(TaskAssignment)
    .find({ where: { taskCode: code }, order: { position: "ASC" } });
  return termsOf(task, assignments);
}

function termsOf(task: Task, assignments: readonly TaskAssignment[]): TaskTerms {
  return {
    code: task.code,
    groupCode: task.groupCode,
    number: task.number,
    title: task.title,
    coordinationNote: task.coordinationNote,
    periodText: task.periodText,
    startYear: task.startYear,
    endYear: task.endYear,
    domain: task.domain,
    version: task.version,
    ...assignmentTerms(assignments),
  };
}

/** A task's assignment rows as its lead and coordinator terms, each in order. */
export function assignmentTerms(assignments: readonly TaskAssignment[]): Pick<TaskTerms, "leads" | "coordinators"> {
  const ordered = [...assignments].sort((a, b) => a.position - b.position);
  return {
    leads: ordered
      .filter((a) => a.role === AssignmentRole.LEAD)
      .map((a) => ({ agencyCode: a.agencyCode, scope: a.scope, asWritten: a.asWritten })),
    coordinators: ordered
      .filter((a) => a.role === AssignmentRole.COORDINATING)
      .map((a) => ({ agencyCode: a.agencyCode, asWritten: a.asWritten })),
  };
}

/**
 * The task's terms after a change, checked (pure: `agencies` holds every agency the change names).
 * The period text follows changed years, as updateTask writes it; the domain follows the first lead.
 * A kept agency keeps its wording (asWritten); a new one is written with its name. A lead's scope
 * is kept unless a new one is given, and dropped when one lead remains (scope is for several).
 * Refused: unknown agencies (NOT_FOUND), an empty or repeated list, an agency both lead and
 * coordinating that was not both before, a first lead of no domain (LEAD_WITHOUT_DOMAIN), a first
 * year after the last.
 */
export function termsAfter(
  current: TaskTerms,
  change: TaskChange,
  agencies: ReadonlyMap<string, AgencyFacts>,
  field = "input",
): TaskTerms {
  const startYear = change.startYear ?? current.startYear;
  const endYear = change.endYear ?? current.endYear;
  assertYears(startYear, endYear, change.endYear !== undefined ? `${field}.endYear` : `${field}.startYear`);
  const wordingOf = (code: string) =>
    [...current.leads, ...current.coordinators].find((a) => a.agencyCode === code)?.asWritten ??
    knownAgency(agencies, code, field).name;
  const leads = change.leads
    ? checkedLeads(change.leads, agencies, `${field}.leadAgencies`).map((lead, _index, all): LeadTerm => ({
        agencyCode: lead.agencyCode,
        scope:
          all.length === 1
            ? null
            : (lead.scope ?? current.leads.find((l) => l.agencyCode === lead.agencyCode)?.scope ?? null),
        asWritten: wordingOf(lead.agencyCode),
      }))
    : current.leads;
  const coordinators = change.coordinators
    ? checkedCoordinators(change.coordinators, agencies, `${field}.coordinatingAgencies`).map(
        (agencyCode): CoordinatorTerm => ({ agencyCode, asWritten: wordingOf(agencyCode) }),
      )
    : current.coordinators;
  const alreadyBoth = new Set(
    current.leads
      .filter((l) => current.coordinators.some((c) => c.agencyCode === l.agencyCode))
      .map((l) => l.agencyCode),
  );
  assertNotBoth(leads, coordinators, alreadyBoth, field);
  return {
    ...current,
    title: change.title ?? current.title,
    coordinationNote: change.coordinationNote ?? current.coordinationNote,
    startYear,
    endYear,
    periodText:
      startYear === current.startYear && endYear === current.endYear
        ? current.periodText
        : periodTextOf(startYear, endYear),
    domain: change.leads ? domainOfLeads(leads, agencies, `${field}.leadAgencies`) : current.domain,
    leads,
    coordinators,
  };
}

/**
 * The terms of a new task, checked like a change (termsAfter); its code, number and version are
 * the registry's to give (createTaskIn). Without a coordination note, the note names the
 * coordinating agencies.
 */
export function newTaskTerms(
  task: NewTask,
  agencies: ReadonlyMap<string, AgencyFacts>,
  field = "input",
): Omit<TaskTerms, "code" | "number" | "version"> {
  assertYears(task.startYear, task.endYear, `${field}.endYear`);
  const leads = checkedLeads(task.leads, agencies, `${field}.leadAgencies`).map((lead, _index, all): LeadTerm => ({
    agencyCode: lead.agencyCode,
    scope: all.length === 1 ? null : lead.scope,
    asWritten: knownAgency(agencies, lead.agencyCode, field).name,
  }));
  const coordinators = checkedCoordinators(task.coordinators, agencies, `${field}.coordinatingAgencies`).map(
    (agencyCode): CoordinatorTerm => ({ agencyCode, asWritten: knownAgency(agencies, agencyCode, field).name }),
  );
  assertNotBoth(leads, coordinators, new Set(), field);
  return {
    groupCode: task.groupCode,
    title: task.title,
    coordinationNote: task.coordinationNote ?? coordinators.map((c) => c.asWritten).join(", "),
    periodText: periodTextOf(task.startYear, task.endYear),
    startYear: task.startYear,
    endYear: task.endYear,
    domain: domainOfLeads(leads, agencies, `${field}.leadAgencies`),
    leads,
    coordinators,
  };
}

/** True when two terms of a task say the same (the version aside). */
export function sameTerms(a: TaskTerms, b: TaskTerms): boolean {
  return JSON.stringify({ ...a, version: 0 }) === JSON.stringify({ ...b, version: 0 });
}

/**
 * Inside the caller's transaction: writes `next` over the task if it is still at
 * `expectedVersion` (StaleVersion when a concurrent writer won; `conflict` when it had already
 * moved on), one version up however much changes. Returns the terms before and after.
 */
export async function writeTaskTermsIn(
  manager: EntityManager,
  next: TaskTerms,
  expectedVersion: number,
  conflict: (currentVersion: number | null) => Error,
): Promise<{ before: TaskTerms; after: TaskTerms }> {
  const before = await readTaskTerms(manager, next.code);
  if (!before) throw conflict(null);
  const columns = {
    title: next.title,
    coordinationNote: next.coordinationNote,
    periodText: next.periodText,
    startYear: next.startYear,
    endYear: next.endYear,
    domain: next.domain,
  };
  await editVersionedIn(
    manager,
    Task,
    "task",
    { code: next.code, expectedVersion },
    (current) => ({
      changes: Object.fromEntries(
        Object.entries(columns).filter(([key, value]) => current[key as keyof Task] !== value),
      ),
    }),
    conflict,
  );
  if (JSON.stringify([before.leads, before.coordinators]) !== JSON.stringify([next.leads, next.coordinators])) {
    await manager.getRepository(TaskAssignment).delete({ taskCode: next.code });
    await manager.getRepository(TaskAssignment).insert(assignmentRows(next.code, next));
  }
  const after = await readTaskTerms(manager, next.code);
  return { before, after: after! };
}

/**
 * Inside the caller's transaction: adds a task at the end of its group with the group's next number
 * ("IX.9" after IX.8), placed after the group's last task in plan order (later tasks move one down),
 * at version 1. On MySQL the group row is locked first, so two creations in one group take turns.
 */
export async function createTaskIn(
  manager: EntityManager,
  terms: Omit<TaskTerms, "code" | "number" | "version">,
): Promise<TaskTerms> {
  const type = manager.connection.options.type;
  const group = await manager.getRepository(ProgramGroup).findOne({
    where: { code: terms.groupCode },
    ...(type === "mysql" || type === "mariadb" ? { lock: { mode: "pessimistic_write" as const } } : {}),
  });
  if (!group) {
    throw unknownCode("group", terms.groupCode, "input.groupCode");
  }
  const tasks = manager.getRepository(Task);
  const inGroup = await tasks
    .createQueryBuilder("task")
    .select("MAX(task.number)", "number")
    .addSelect("MAX(task.position)", "position")
    .where("task.groupCode = :group", { group: group.code })
    .getRawOne<{ number: number | string | null; position: number | string | null }>();
  const before = await tasks
    .createQueryBuilder("task")
    .innerJoin(ProgramGroup, "g", "g.code = task.groupCode")
    .select("MAX(task.position)", "position")
    .where("g.number < :number", { number: group.number })
    .getRawOne<{ position: number | string | null }>();
  const number = Number(inGroup?.number ?? 0) + 1;
  const position = Number(inGroup?.position ?? before?.position ?? 0) + 1;
  const code = `${group.code}.${number}`;
  await tasks
    .createQueryBuilder()
    .update(Task)
    .set({ position: () => "position + 1" })
    .where("position >= :position", { position })
    .execute();
  await tasks.insert({
    code,
    groupCode: group.code,
    number,
    position,
    title: terms.title,
    coordinationNote: terms.coordinationNote,
    periodText: terms.periodText,
    startYear: terms.startYear,
    endYear: terms.endYear,
    domain: terms.domain,
    version: 1,
  });
  await manager.getRepository(TaskAssignment).insert(assignmentRows(code, terms));
  return (await readTaskTerms(manager, code))!;
}

/** Assignment rows as the importer writes them: leads first, then coordinators, numbered in one run. */
export function assignmentRows(taskCode: string, terms: Pick<TaskTerms, "leads" | "coordinators">): TaskAssignment[] {
  return [
    ...terms.leads.map((lead) => ({ ...lead, role: AssignmentRole.LEAD })),
    ...terms.coordinators.map((coordinator) => ({ ...coordinator, scope: null, role: AssignmentRole.COORDINATING })),
  ].map((assignment, index) =>
    Object.assign(new TaskAssignment(), {
      taskCode,
      agencyCode: assignment.agencyCode,
      role: assignment.role,
      position: index + 1,
      scope: assignment.scope,
      asWritten: assignment.asWritten,
    }),
  );
}

function assertYears(startYear: number, endYear: number, field: string): void {
  if (startYear > endYear) {
    throw new UserInputError(
      `startYear ${startYear} is after endYear ${endYear}: a task's years run from its first to its last year`,
      ErrorCode.BadUserInput,
      { field },
    );
  }
}

function knownAgency(agencies: ReadonlyMap<string, AgencyFacts>, code: string, field: string): AgencyFacts {
  const agency = agencies.get(code);
  if (!agency) {
    throw new UserInputError(`Unknown agency code "${code}"; see agencies for the codes.`, ErrorCode.NotFound, {
      field,
    });
  }
  return agency;
}

function checkedLeads<L extends { agencyCode: string }>(
  leads: readonly L[],
  agencies: ReadonlyMap<string, AgencyFacts>,
  field: string,
): readonly L[] {
  if (leads.length === 0) {
    throw new UserInputError("leadAgencies is empty: a task needs at least one lead agency", ErrorCode.BadUserInput, {
      field,
    });
  }
  assertDistinct(
    leads.map((lead) => lead.agencyCode),
    "leadAgencies",
    field,
  );
  for (const lead of leads) knownAgency(agencies, lead.agencyCode, field);
  return leads;
}

function checkedCoordinators(
  codes: readonly string[],
  agencies: ReadonlyMap<string, AgencyFacts>,
  field: string,
): readonly string[] {
  assertDistinct(codes, "coordinatingAgencies", field);
  for (const code of codes) knownAgency(agencies, code, field);
  return codes;
}

function assertDistinct(codes: readonly string[], list: string, field: string): void {
  const repeated = codes.find((code, index) => codes.indexOf(code) !== index);
  if (repeated) {
    throw new UserInputError(`${list} names ${repeated} twice`, ErrorCode.BadUserInput, { field });
  }
}

function assertNotBoth(
  leads: readonly LeadTerm[],
  coordinators: readonly CoordinatorTerm[],
  allowed: ReadonlySet<string>,
  field: string,
): void {
  const both = leads.find(
    (lead) => !allowed.has(lead.agencyCode) && coordinators.some((c) => c.agencyCode === lead.agencyCode),
  );
  if (both) {
    throw new UserInputError(
      `${both.agencyCode} would be both a lead and a coordinating agency of the task; name it in one list`,
      ErrorCode.BadUserInput,
      { field: `${field}.coordinatingAgencies` },
    );
  }
}

/** The task's domain: its first lead's, which must report in one. */
function domainOfLeads(leads: readonly LeadTerm[], agencies: ReadonlyMap<string, AgencyFacts>, field: string): Domain {
  const first = agencies.get(leads[0].agencyCode)!;
  if (!first.domain) {
    throw new UserInputError(
      `${first.code} reports in no domain, so it cannot be a task's first lead (the task's progress is reported in its first lead's domain); put a lead with a domain first`,
      RegistryErrorCode.LeadWithoutDomain,
      { field },
    );
  }
  return first.domain;
}
