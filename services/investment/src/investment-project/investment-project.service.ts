import { randomUUID } from "node:crypto";

import {
  type AuditWriter,
  ErrorCode,
  ForbiddenError,
  isEditorOf,
  orList,
  recordAudit,
  runInTransaction,
  UserInputError,
  vietnamDate,
} from "@hpig/kit";
import type { DataSource, EntityManager } from "typeorm";

import { IndustrialPark } from "../industrial-park/industrial-park.entity";
import {
  InvestmentProject,
  InvestmentProjectAdjustment,
  type ProjectChange,
  ProjectStatus,
} from "./investment-project.entity";
import type { InvestmentProjectInput } from "./investment-project.input";
import { comparableFields, isIsoDate, PROJECT_KEEPERS, projectProblems } from "./project-rules";

/** Refuses anyone but an editor of KHĐT or BQLKKT. */
export function checkProjectKeeper(writer: AuditWriter): void {
  if (!PROJECT_KEEPERS.some((agency) => isEditorOf(writer.principal, agency))) {
    throw new ForbiddenError(`Only an editor of ${orList(PROJECT_KEEPERS)} keeps the investment projects.`, {
      agencies: [...PROJECT_KEEPERS],
    });
  }
}

/** The codes of the recorded parks, for the records' checks. */
export async function recordedParks(manager: EntityManager): Promise<Set<string>> {
  const parks = await manager.getRepository(IndustrialPark).find({ select: { code: true } });
  return new Set(parks.map((park) => park.code));
}

/** What recording one project's record did. */
export interface ProjectOutcome {
  kind: "created" | "adjusted" | "unchanged";
  project: InvestmentProject;
  /** The adjustment recorded (adjusted only). */
  adjustment: InvestmentProjectAdjustment | null;
  before: InvestmentProject | null;
}

/**
 * What a checked record does to the project of its certificate number (`existing`, or none): adds
 * it, adjusts it (a change needs the decision, and is kept as the next adjustment), or nothing.
 * Writes only when `write` is set; returns the problem of a change without its decision.
 */
export async function applyProjectRecord(
  manager: EntityManager,
  input: InvestmentProjectInput,
  existing: InvestmentProject | null,
  context: { now: Date; reporter: string; write: boolean; sample?: boolean },
): Promise<ProjectOutcome | { field: string; message: string }> {
  const fields = {
    certificateNumber: input.certificateNumber,
    certificateDate: input.certificateDate,
    name: input.name.trim(),
    investor: input.investor.trim(),
    country: input.country,
    sector: input.sector,
    parkCode: input.park ?? null,
    capitalVnd: input.capitalVnd,
    capitalUsd: input.capitalUsd,
    leasedAreaHa: input.leasedAreaHa,
    terminatedOn: null,
  };
  const projects = manager.getRepository(InvestmentProject);
  if (!existing) {
    const project = Object.assign(new InvestmentProject(), {
      ...fields,
      id: randomUUID(),
      status: input.status ?? ProjectStatus.LICENSED,
      sample: context.sample ?? false,
    });
    if (context.write) await projects.insert(project);
    return { kind: "created", project, adjustment: null, before: null };
  }
  if (existing.status === ProjectStatus.TERMINATED) {
    return { field: "certificateNumber", message: `The project ${existing.certificateNumber} is terminated.` };
  }
  const candidate = Object.assign(new InvestmentProject(), {
    ...existing,
    ...fields,
    terminatedOn: existing.terminatedOn,
    status: input.status ?? existing.status,
  });
  const changes = changesBetween(existing, candidate);
  if (changes.length === 0) return { kind: "unchanged", project: existing, adjustment: null, before: existing };
  if (!input.status && candidate.status === ProjectStatus.LICENSED) {
    candidate.status = ProjectStatus.ADJUSTED;
    changes.push({ field: "status", before: existing.status, after: ProjectStatus.ADJUSTED });
  }
  if (!input.adjustment) {
    return {
      field: "adjustment",
      message: `${changes.map((change) => change.field).join(", ")} of the recorded project ${existing.certificateNumber} would change: give the adjustment's date and decision.`,
    };
  }
  const adjustment = await nextAdjustment(manager, existing.id, {
    adjustedOn: input.adjustment.adjustedOn,
    decision: input.adjustment.decision.trim(),
    changes,
    now: context.now,
    reporter: context.reporter,
  });
  if (context.write) {
    await projects.save(candidate);
    await manager.getRepository(InvestmentProjectAdjustment).insert(adjustment);
  }
  return { kind: "adjusted", project: candidate, adjustment, before: existing };
}

function changesBetween(before: InvestmentProject, after: InvestmentProject): ProjectChange[] {
  const old = comparableFields(before);
  const now = comparableFields(after);
  return Object.keys(now)
    .filter((field) => old[field] !== now[field])
    .map((field) => ({ field, before: old[field], after: now[field] }));
}

async function nextAdjustment(
  manager: EntityManager,
  projectId: string,
  entry: { adjustedOn: string; decision: string; changes: ProjectChange[]; now: Date; reporter: string },
): Promise<InvestmentProjectAdjustment> {
  const last = await manager
    .getRepository(InvestmentProjectAdjustment)
    .findOne({ where: { projectId }, order: { sequence: "DESC" } });
  return Object.assign(new InvestmentProjectAdjustment(), {
    projectId,
    sequence: (last?.sequence ?? 0) + 1,
    adjustedOn: entry.adjustedOn,
    decision: entry.decision,
    changes: entry.changes,
    recordedAt: entry.now.toISOString(),
    recordedBy: entry.reporter,
  });
}

function refuse(problems: Array<{ field: string; message: string }>): never {
  const [first] = problems;
  throw new UserInputError(`${first.field} ${first.message}`, ErrorCode.BadUserInput, {
    field: first.field,
    problems,
  });
}

/** The reporter recorded with an adjustment: the caller's name, as the token gives it. */
function reporterOf(writer: AuditWriter): string {
  return writer.principal?.name ?? writer.principal?.subject ?? "unknown";
}

/**
 * Records one project (mutation recordInvestmentProject): added, or adjusted with its decision,
 * by an editor of KHĐT or BQLKKT; checked first, in one transaction with its audit entry.
 */
export async function recordInvestmentProject(
  db: DataSource,
  input: InvestmentProjectInput,
  now: Date,
  writer: AuditWriter,
): Promise<InvestmentProject> {
  checkProjectKeeper(writer);
  return runInTransaction(db, async (manager) => {
    const problems = projectProblems(input, vietnamDate(now), await recordedParks(manager));
    if (problems.length > 0) refuse(problems);
    const existing = await manager.getRepository(InvestmentProject).findOneBy({
      certificateNumber: input.certificateNumber,
    });
    const outcome = await applyProjectRecord(manager, input, existing, {
      now,
      reporter: reporterOf(writer),
      write: true,
    });
    if (!("kind" in outcome)) refuse([outcome]);
    if (outcome.kind !== "unchanged") {
      await recordAudit(
        manager,
        writer,
        {
          action: outcome.kind === "created" ? "investmentProject.create" : "investmentProject.adjust",
          entityType: "InvestmentProject",
          entityKey: outcome.project.id,
          before: outcome.before ? { ...outcome.before } : null,
          after: { ...outcome.project, adjustment: outcome.adjustment ? { ...outcome.adjustment } : null },
          subjects: [{ type: "InvestmentProject", key: outcome.project.id }],
        },
        now,
      );
    }
    return outcome.project;
  });
}

/**
 * Terminates a project (its land no longer counts as leased from that day), kept as its last
 * adjustment, by an editor of KHĐT or BQLKKT, audited.
 */
export async function terminateInvestmentProject(
  db: DataSource,
  input: { id: string; terminatedOn: string; decision: string },
  now: Date,
  writer: AuditWriter,
): Promise<InvestmentProject> {
  checkProjectKeeper(writer);
  const today = vietnamDate(now);
  if (!isIsoDate(input.terminatedOn) || input.terminatedOn > today) {
    refuse([{ field: "terminatedOn", message: `must be a date YYYY-MM-DD, not after ${today}.` }]);
  }
  if (input.decision.trim() === "" || input.decision.length > 64) {
    refuse([{ field: "decision", message: "must be 1–64 characters, not blank." }]);
  }
  return runInTransaction(db, async (manager) => {
    const projects = manager.getRepository(InvestmentProject);
    const project = input.id.length <= 36 ? await projects.findOneBy({ id: input.id }) : null;
    if (!project) {
      throw new UserInputError(`No investment project has the id "${input.id.slice(0, 64)}".`, ErrorCode.NotFound, {
        field: "id",
      });
    }
    if (project.status === ProjectStatus.TERMINATED) {
      refuse([{ field: "id", message: `names the project ${project.certificateNumber}, terminated already.` }]);
    }
    if (input.terminatedOn < project.certificateDate) {
      refuse([
        { field: "terminatedOn", message: `must not be before its certificate's date ${project.certificateDate}.` },
      ]);
    }
    const before = { ...project };
    const adjustment = await nextAdjustment(manager, project.id, {
      adjustedOn: input.terminatedOn,
      decision: input.decision.trim(),
      changes: [{ field: "status", before: project.status, after: ProjectStatus.TERMINATED }],
      now,
      reporter: reporterOf(writer),
    });
    Object.assign(project, { status: ProjectStatus.TERMINATED, terminatedOn: input.terminatedOn });
    await projects.save(project);
    await manager.getRepository(InvestmentProjectAdjustment).insert(adjustment);
    await recordAudit(
      manager,
      writer,
      {
        action: "investmentProject.terminate",
        entityType: "InvestmentProject",
        entityKey: project.id,
        before,
        after: { ...project, adjustment: { ...adjustment } },
        subjects: [{ type: "InvestmentProject", key: project.id }],
      },
      now,
    );
    return project;
  });
}
