import type { ImplementationPlan } from "../progress/implementation-plan.entity";
import type { ProgressReport } from "../progress/progress-report.entity";
import type { TaskReference } from "../registry/task-reference.entity";

/** Placeholder until the generator lands. */
export function generateSampleData(_tasks: TaskReference[]): {
  reports: ProgressReport[];
  plans: ImplementationPlan[];
} {
  return { reports: [], plans: [] };
}
