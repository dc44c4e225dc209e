import type { TaskStatus } from "@hpig/kit";
import { type EntityManager, In } from "typeorm";

import type { PlanContext } from "../context";
import { ProgramGroup } from "../program-group/program-group.entity";
import { ProgressFact } from "../progress/progress-fact.entity";
import { type CommitteeDocumentKind, FrozenReportedTask } from "./committee-document.entity";
import type { ReportContent } from "./report-content";

/** Keeps a document's compiled content as it is now: one row per task, in plan order. */
export async function freezeContent(
  manager: EntityManager,
  kind: CommitteeDocumentKind,
  period: string,
  content: ReportContent,
): Promise<void> {
  const rows = content.tasks.map((task, position) =>
    Object.assign(new FrozenReportedTask(), {
      kind,
      period,
      position,
      taskCode: task.code,
      title: task.title,
      groupCode: task.groupCode,
      leadAgencies: task.leadAgencies,
      status: task.status,
      percentComplete: task.percentComplete,
      latestReportId: task.latestReport?.id ?? null,
    }),
  );
  await manager.getRepository(FrozenReportedTask).save(rows, { chunk: 100 });
}

/** A frozen document's content as it was frozen; `asOf` is the date it was compiled for. */
export async function frozenContent(
  ctx: PlanContext,
  kind: CommitteeDocumentKind,
  period: string,
  asOf: string,
): Promise<ReportContent> {
  const [groups, rows] = await Promise.all([
    ctx.db.getRepository(ProgramGroup).find({ order: { number: "ASC" } }),
    ctx.db.getRepository(FrozenReportedTask).find({ where: { kind, period }, order: { position: "ASC" } }),
  ]);
  const ids = rows.flatMap((row) => (row.latestReportId === null ? [] : [row.latestReportId]));
  const facts = ids.length > 0 ? await ctx.db.getRepository(ProgressFact).findBy({ id: In(ids) }) : [];
  const factById = new Map(facts.map((fact) => [fact.id, fact]));
  return {
    asOf,
    groupCodes: groups.map((group) => group.code),
    tasks: rows.map((row) => ({
      code: row.taskCode,
      title: row.title,
      groupCode: row.groupCode,
      leadAgencies: row.leadAgencies,
      status: row.status as TaskStatus,
      percentComplete: row.percentComplete,
      latestReport: row.latestReportId === null ? null : (factById.get(row.latestReportId) ?? null),
    })),
  };
}
