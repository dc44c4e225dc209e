import type { RegistryNotifier } from "@hpig/kit";
import type { DataSource, EntityMetadata, EntitySubscriberInterface, QueryRunner } from "typeorm";

import { Agency } from "../agency/agency.entity";
import { Indicator } from "../indicator/indicator.entity";
import { ReportingRequirement } from "../reporting-requirement/reporting-requirement.entity";
import { Task } from "../task/task.entity";
import { TaskAssignment } from "../task/task-assignment.entity";

/** What the domains copy from the registry: tasks with their leads and years, agencies' domains, the catalogue. */
const COPIED_ENTITIES: ReadonlySet<unknown> = new Set([Task, TaskAssignment, Agency, Indicator, ReportingRequirement]);

/** Marks the transaction that wrote a copied entity (kept on its query runner until it ends). */
const CHANGED = "registryChanged";

/**
 * Tells the domains after every committed transaction that inserted, updated or removed a row they
 * copy (a task edit, an approved adjustment, an import, whatever code path wrote it), and after
 * nothing else: the progress feed and the committee's documents commit far more often, and would
 * only make every domain read the registry for nothing. The notice goes out after the commit, so
 * a domain that syncs on it reads the change. Returns the function that stops it.
 */
export function announceRegistryChanges(db: DataSource, notifier: RegistryNotifier): () => void {
  const mark = (event: { metadata?: EntityMetadata | undefined; queryRunner: QueryRunner }) => {
    if (!event.metadata || !COPIED_ENTITIES.has(event.metadata.target)) return;
    if (event.queryRunner.isTransactionActive) event.queryRunner.data[CHANGED] = true;
    else void notifier.notify();
  };
  const settled = (queryRunner: QueryRunner) => {
    // A savepoint released or rolled back inside the transaction settles nothing yet.
    if (queryRunner.isTransactionActive) return false;
    const changed = queryRunner.data[CHANGED] === true;
    delete queryRunner.data[CHANGED];
    return changed;
  };
  const subscriber: EntitySubscriberInterface = {
    afterInsert: mark,
    afterUpdate: mark,
    afterRemove: mark,
    afterTransactionCommit: ({ queryRunner }) => {
      if (settled(queryRunner)) void notifier.notify();
    },
    afterTransactionRollback: ({ queryRunner }) => void settled(queryRunner),
  };
  db.subscribers.push(subscriber);
  return () => {
    const index = db.subscribers.indexOf(subscriber);
    if (index >= 0) db.subscribers.splice(index, 1);
  };
}
