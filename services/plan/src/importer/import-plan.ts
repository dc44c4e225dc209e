import { createHash } from "node:crypto";

import {
  applyDiffs,
  type AuditSubjectRef,
  type AuditWriter,
  changesOf,
  clock,
  diffRows,
  recordAudit,
  type RowChanges,
  runInTransaction,
  type TableDiff,
  TargetDirection,
  TargetMeasure,
} from "@hpig/kit";
import type { DataSource, EntityManager, ObjectLiteral } from "typeorm";

import { Agency } from "../agency/agency.entity";
import { AGENCY_CATALOGUE, type AgencyRecord } from "../agency/agency-catalogue";
import { AuditSubjectType, importCliWriter, PlanAuditAction } from "../audit/plan-audit";
import { Indicator } from "../indicator/indicator.entity";
import { INDICATOR_CATALOGUE } from "../indicator/indicator-catalogue";
import type { IndicatorRecord } from "../indicator/indicator-record";
import { Plan } from "../plan/plan.entity";
import { ProgramGroup } from "../program-group/program-group.entity";
import { ReportingRequirement } from "../reporting-requirement/reporting-requirement.entity";
import { Target } from "../target/target.entity";
import { Task } from "../task/task.entity";
import { AssignmentRole, TaskAssignment } from "../task/task-assignment.entity";
import { checkReportingUnits, indicatorRows } from "./indicator-rows";
import { parsePlanDocument } from "./parse-plan-document";
import { type ImportWarning, type ParsedPlan, PlanDocumentError } from "./plan-document";
import { applyRecordedDecisions, assertNoRecordsAbout, type KeptDecision } from "./recorded-decisions";

export interface ImportOptions {
  /** Compute and report the changes without writing them. */
  dryRun?: boolean;
  /** Allow replacing a registry that holds a different plan. */
  replace?: boolean;
  /** The agency catalogue (default AGENCY_CATALOGUE). */
  catalogue?: readonly AgencyRecord[];
  /** The indicator catalogue (default INDICATOR_CATALOGUE). */
  indicators?: readonly IndicatorRecord[];
  /**
   * Who the audit trail records as making the import: by default the import-plan CLI's system
   * principal ("system:import-plan", named after the operating-system user); the seed at start
   * passes seedWriter() ("system:seed").
   */
  writer?: AuditWriter;
}

export interface ImportSummary {
  plan: { number: string; issuedOn: string };
  counts: {
    agencies: number;
    programGroups: number;
    tasks: number;
    assignments: number;
    targets: number;
    reportingRequirements: number;
    indicators: number;
  };
  /** Per table; all zero when the registry already matched the document. */
  changes: Record<string, RowChanges>;
  warnings: ImportWarning[];
  dryRun: boolean;
  /** The audit entry recording the import; null when nothing changed, or on a dry run. */
  auditEntryId: number | null;
  /** The People's Committee's decisions on adjustment proposals kept over the document, oldest first. */
  decisionsKept: KeptDecision[];
}

/**
 * Brings the registry in line with a plan document, in one transaction: rows are inserted,
 * updated or deleted by primary key, so importing the same document twice changes nothing.
 * An import that changes something is a write like any other: it raises the version of every task
 * and target it changes (so an editor holding the old version gets VERSION_CONFLICT) and records one
 * audit entry ("plan.import") in the same transaction, with the plan before and after and the
 * changes per table, about the plan and every task and target it inserted, changed or deleted.
 * Where the standing office has edited a task or target, the document's wording and numbers win;
 * but the decisions of the People's Committee on adjustment proposals are applied again on top of the
 * document (applyRecordedDecisions), so no recorded decision is undone, and a task the committee's
 * directives or proposals are about is never deleted.
 */
export async function importPlanDocument(
  db: DataSource,
  text: string,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const parsed = parsePlanDocument(text);
  const catalogue = options.catalogue ?? AGENCY_CATALOGUE;
  const rows = registryRows(parsed, text, catalogue, options.indicators ?? INDICATOR_CATALOGUE);
  return runInTransaction(db, async (manager) => {
    const previous = await assertSamePlan(manager, parsed.number, options.replace ?? false);
    const decisionsKept = await applyRecordedDecisions(manager, rows, catalogue);
    // A row the document leaves as it is keeps its version; one it changes gets the next.
    await carryVersions(manager, Task, rows.tasks);
    await carryVersions(manager, Target, rows.targets);
    const taskDiff = await diffRows(manager, Task, rows.tasks);
    await assertNoRecordsAbout(
      manager,
      taskDiff.deletes.map((task) => task.code),
    );
    const targetDiff = await diffRows(manager, Target, rows.targets);
    for (const row of [...taskDiff.updates, ...targetDiff.updates]) row.version += 1;
    const diffs: TableDiff<ObjectLiteral>[] = [
      await diffRows(manager, Plan, rows.plans),
      await diffRows(manager, Agency, rows.agencies),
      await diffRows(manager, ProgramGroup, rows.groups),
      taskDiff,
      await diffRows(manager, TaskAssignment, rows.assignments),
      // Parents before children: indicators refer to the appendix rows, targets to indicators.
      await diffRows(manager, ReportingRequirement, rows.requirements),
      await diffRows(manager, Indicator, rows.indicators),
      targetDiff,
    ];
    const changes = Object.fromEntries(
      diffs.map((diff) => [manager.getRepository(diff.entity).metadata.tableName, changesOf(diff)]),
    );
    const changed = diffs.some((diff) => diff.inserts.length + diff.updates.length + diff.deletes.length > 0);
    let auditEntryId: number | null = null;
    if (!options.dryRun && changed) {
      const plan = rows.plans[0];
      // Named before the diffs are applied: TypeORM's remove() clears the keys of the rows it deletes.
      const subjects: AuditSubjectRef[] = [
        { type: AuditSubjectType.Plan, key: plan.number },
        ...changedRows(taskDiff).map((task) => ({ type: AuditSubjectType.Task, key: task.code })),
        ...changedRows(targetDiff).flatMap((target): AuditSubjectRef[] => [
          { type: AuditSubjectType.Target, key: target.code },
          { type: AuditSubjectType.Indicator, key: target.indicatorCode },
        ]),
      ];
      await applyDiffs(manager, diffs);
      const entry = await recordAudit(
        manager,
        options.writer ?? importCliWriter(),
        {
          action: PlanAuditAction.PlanImport,
          entityType: "Plan",
          entityKey: plan.number,
          before: previous ? { plan: previous.number, sourceSha256: previous.sourceSha256 } : null,
          after: { plan: plan.number, sourceSha256: plan.sourceSha256, changes },
          subjects,
        },
        clock.now(),
      );
      auditEntryId = entry.id;
    }
    return {
      plan: { number: parsed.number, issuedOn: parsed.issuedOn },
      counts: {
        agencies: rows.agencies.length,
        programGroups: rows.groups.length,
        tasks: rows.tasks.length,
        assignments: rows.assignments.length,
        targets: rows.targets.length,
        reportingRequirements: rows.requirements.length,
        indicators: rows.indicators.length,
      },
      changes,
      warnings: parsed.warnings,
      dryRun: options.dryRun ?? false,
      auditEntryId,
      decisionsKept,
    };
  });
}

/**
 * Gives each desired row the version its row has now (1 for a new one), so that only real changes
 * differ. On MySQL/MariaDB the rows are read with FOR UPDATE: an edit committed meanwhile is seen (and
 * an edit arriving later waits for the import, then finds the version it raised); SQLite runs one
 * transaction at a time.
 */
async function carryVersions<E extends { code: string; version: number }>(
  manager: EntityManager,
  entity: typeof Task | typeof Target,
  desired: E[],
): Promise<void> {
  const type = manager.connection.options.type;
  const rows: Array<{ code: string; version: number }> = await manager.getRepository(entity).find({
    select: { code: true, version: true },
    ...(type === "mysql" || type === "mariadb" ? { lock: { mode: "pessimistic_write" as const } } : {}),
  });
  const versions = new Map(rows.map((row) => [row.code, row.version]));
  for (const row of desired) row.version = versions.get(row.code) ?? 1;
}

/** Every row an import inserts, changes or deletes. */
function changedRows<E extends ObjectLiteral>(diff: TableDiff<E>): E[] {
  return [...diff.inserts, ...diff.updates, ...diff.deletes];
}

/** True when the registry holds no plan yet (the seed step imports only then). */
export async function registryIsEmpty(db: DataSource): Promise<boolean> {
  return (await db.getRepository(Plan).count()) === 0;
}

/** Refuses to replace another plan unless asked; returns the plan the registry holds now, if any. */
async function assertSamePlan(manager: EntityManager, number: string, replace: boolean): Promise<Plan | null> {
  const current = await manager.getRepository(Plan).find();
  const other = current.find((plan) => plan.number !== number);
  if (other && !replace) {
    throw new PlanDocumentError(
      `the registry holds plan ${other.number}; importing plan ${number} would replace it (pass --replace to do so)`,
    );
  }
  return current.find((plan) => plan.number === number) ?? other ?? null;
}

function registryRows(
  parsed: ParsedPlan,
  text: string,
  catalogue: readonly AgencyRecord[],
  indicatorCatalogue: readonly IndicatorRecord[],
) {
  const byCode = new Map(catalogue.map((agency) => [agency.code, agency]));
  const issueYear = Number(parsed.issuedOn.slice(0, 4));
  if (parsed.horizonYear < issueYear) {
    throw new PlanDocumentError(
      `title: its horizon year ${parsed.horizonYear} is before the plan's year of issue ${issueYear}`,
    );
  }
  const plans: Plan[] = [
    Object.assign(new Plan(), {
      number: parsed.number,
      issuedOn: parsed.issuedOn,
      title: parsed.title,
      horizonYear: parsed.horizonYear,
      signedBy: parsed.signedBy,
      sourceSha256: createHash("sha256").update(text).digest("hex"),
    }),
  ];
  const agencies = catalogue.map((record, index) =>
    Object.assign(new Agency(), {
      code: record.code,
      name: record.name,
      nameEn: record.nameEn,
      kind: record.kind,
      domain: record.domain,
      position: index + 1,
    }),
  );
  const groups = parsed.groups.map((group) =>
    Object.assign(new ProgramGroup(), { code: group.code, number: group.number, title: group.title }),
  );
  const tasks: Task[] = [];
  const assignments: TaskAssignment[] = [];
  for (const group of parsed.groups) {
    for (const task of group.tasks) {
      const owner = byCode.get(task.leads[0]?.agencyCode ?? "")?.domain;
      if (!owner) {
        throw new PlanDocumentError(
          `task ${task.code}: lead agency ${task.leads[0]?.agencyCode ?? "(none)"} belongs to no reporting domain; give it one in the agency catalogue`,
          task.line,
        );
      }
      tasks.push(
        Object.assign(Object.create(Task.prototype) as Task, {
          code: task.code,
          groupCode: group.code,
          number: task.number,
          position: tasks.length + 1,
          title: task.title,
          coordinationNote: task.coordinationNote,
          periodText: task.periodText,
          startYear: task.startYear,
          endYear: task.endYear,
          domain: owner,
        }),
      );
      [...task.leads, ...task.coordinators].forEach((assignment, index) =>
        assignments.push(
          Object.assign(new TaskAssignment(), {
            taskCode: task.code,
            agencyCode: assignment.agencyCode,
            role: assignment.role === "LEAD" ? AssignmentRole.LEAD : AssignmentRole.COORDINATING,
            position: index + 1,
            scope: assignment.scope,
            asWritten: assignment.asWritten,
          }),
        ),
      );
    }
  }
  checkReportingUnits(parsed, catalogue);
  const indicators = indicatorRows(parsed, indicatorCatalogue, catalogue);
  const domainOf = new Map(indicators.map((indicator) => [indicator.code, indicator.domain]));
  const targets = parsed.targets.map((target, index) =>
    Object.assign(Object.create(Target.prototype) as Target, {
      ...target,
      measure: TargetMeasure[target.measure],
      direction: TargetDirection[target.direction],
      position: index + 1,
      // indicatorRows has checked that every target's indicator is in the catalogue.
      domain: domainOf.get(target.indicatorCode)!,
    }),
  );
  const requirements = parsed.reportingRequirements.map((requirement) =>
    Object.assign(new ReportingRequirement(), requirement),
  );
  return { plans, agencies, groups, tasks, assignments, targets, requirements, indicators };
}
