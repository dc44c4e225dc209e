import type { SubgraphContext } from "@hpig/kit";

import { createPlanLoaders, type PlanLoaders } from "./loaders";
import { DEFAULT_REPORTING_DEADLINE, type ReportingSettings } from "./reporting-obligation/reporting-rules";

export interface PlanContext extends SubgraphContext {
  loaders: PlanLoaders;
  settings: ReportingSettings;
}

export function createPlanContext(
  base: SubgraphContext,
  settings: ReportingSettings = { reportingDeadline: DEFAULT_REPORTING_DEADLINE },
): PlanContext {
  return { ...base, settings, loaders: createPlanLoaders(base.db, settings) };
}
