import type { SubgraphContext } from "@hpig/kit";
import { type PlanLoaders, createPlanLoaders } from "./loaders";

export interface PlanContext extends SubgraphContext {
  loaders: PlanLoaders;
}

export function createPlanContext(base: SubgraphContext): PlanContext {
  return { ...base, loaders: createPlanLoaders(base.db) };
}
