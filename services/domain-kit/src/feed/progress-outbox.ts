import type { EntityManager } from "typeorm";

import type { ProgressReport } from "../progress/progress-report.entity";
import { ProgressOutbox } from "./progress-outbox.entity";

/** Queues saved report revisions for the feed to plan; call it in the transaction that saved them. */
export async function enqueueForFeed(manager: EntityManager, reports: ProgressReport[], now: Date): Promise<void> {
  if (reports.length === 0) return;
  const createdAt = now.toISOString();
  await manager.getRepository(ProgressOutbox).insert(reports.map((report) => ({ reportId: report.id, createdAt })));
}
