import { randomUUID } from "node:crypto";
import { userInfo } from "node:os";

import {
  AuditEntry,
  type AuditRecord,
  AuditSubject,
  clock,
  createDataSource,
  createLogger,
  recordAudit,
  runInTransaction,
} from "@hpig/kit";

/** The `action` of the operations recorded in every subgraph's audit trail. */
export const OperationAction = { Backup: "database.backup", Restore: "database.restore" } as const;

function osUser(): string {
  try {
    return userInfo().username || "unknown";
  } catch {
    return process.env["USER"] ?? "unknown";
  }
}

/**
 * Records a backup or restore in one database's audit trail (every subgraph has one), as the
 * system principal "system:<tool>" named after the operating-system user; returns the entry's id.
 */
export async function recordOperation(url: string, tool: "backup" | "restore", record: AuditRecord): Promise<number> {
  const db = await createDataSource({
    url,
    entities: [AuditEntry, AuditSubject],
    migrations: [],
    logger: createLogger(tool, "warn"),
  });
  await db.initialize();
  try {
    const writer = {
      principal: {
        subject: `system:${tool}`,
        name: `${tool} CLI (${osUser()})`,
        agency: null,
        roles: ["service" as const],
      },
      requestId: `${tool}-${randomUUID()}`,
    };
    const entry = await runInTransaction(db, (manager) => recordAudit(manager, writer, record, clock.now()));
    return entry.id;
  } finally {
    await db.destroy();
  }
}
