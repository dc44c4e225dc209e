import type { SubgraphContext } from "@hpig/kit";
import { clock } from "@hpig/kit";

import { createReportingLoaders, type ReportingLoaders } from "./loaders";

export interface ReportingContext extends SubgraphContext {
  loaders: ReportingLoaders;
  /** The request's clock: statuses default to today, reports are stamped with it. */
  now: Date;
}

export function createReportingContext(base: SubgraphContext): ReportingContext {
  return { ...base, loaders: createReportingLoaders(base.db), now: clock.now() };
}
