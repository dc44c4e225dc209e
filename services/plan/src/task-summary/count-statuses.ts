import type { TaskStatus } from "@hpig/kit";

import { TASK_STATUSES } from "../progress/task-progress";
import type { StatusCount } from "./task-summary.types";

/** A bucket to count into: its key, label and the tasks' statuses it holds. */
export interface Bucket {
  key: string;
  label: string;
  statuses: TaskStatus[];
}

/** Every status with its count among `statuses`, in enum order, zeros included (a chart's fixed axis). */
export function countStatuses(statuses: readonly TaskStatus[]): StatusCount[] {
  return TASK_STATUSES.map((status) => ({ status, count: statuses.filter((s) => s === status).length }));
}

/**
 * Puts each task's status into the buckets its keys name (a task with two leads into both), in the
 * order of `buckets`; keys without a bucket are ignored.
 */
export function fillBuckets(
  buckets: ReadonlyArray<{ key: string; label: string }>,
  tasks: ReadonlyArray<{ keys: readonly string[]; status: TaskStatus }>,
): Bucket[] {
  const filled = new Map(buckets.map((bucket) => [bucket.key, { ...bucket, statuses: [] as TaskStatus[] }]));
  for (const task of tasks) {
    for (const key of new Set(task.keys)) filled.get(key)?.statuses.push(task.status);
  }
  return [...filled.values()];
}
