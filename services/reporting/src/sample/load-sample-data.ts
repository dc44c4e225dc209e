import { type Logger, runInTransaction } from "@hpig/kit";
import type { DataSource } from "typeorm";
import { ImplementationPlan } from "../progress/implementation-plan.entity";
import { ProgressReport } from "../progress/progress-report.entity";
import { TaskReference } from "../registry/task-reference.entity";
import { generateSampleData } from "./sample-data";

/**
 * Fills an empty domain database with generated sample reports for the tasks it owns, each
 * marked `sample: true`. Does nothing when any report exists, so it never mixes with real data.
 */
export async function loadSampleData(db: DataSource, domain: string, logger: Logger): Promise<void> {
  if ((await db.getRepository(ProgressReport).count()) > 0) return;
  const tasks = await db.getRepository(TaskReference).find({ where: { domain }, order: { code: "ASC" } });
  const { reports, plans } = generateSampleData(tasks);
  await runInTransaction(db, async (manager) => {
    await manager.getRepository(ProgressReport).save(reports, { chunk: 200 });
    await manager.getRepository(ImplementationPlan).save(plans, { chunk: 200 });
  });
  logger.info(
    { tasks: tasks.length, reports: reports.length, plans: plans.length },
    "sample data loaded (marked sample: true)",
  );
}
