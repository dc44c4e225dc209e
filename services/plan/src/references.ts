import type { ReferenceResolvers } from "@hpig/kit";
import type { PlanContext } from "./context";
import { Domain, taskTypeName } from "./domain/domain";

type Keyed<K extends string> = Record<K, string>;

/** `__resolveReference` for every entity the plan subgraph owns, each through a batched loader. */
export const planReferenceResolvers: ReferenceResolvers<PlanContext> = {
  Plan: { __resolveReference: (ref, { loaders }) => loaders.plan.load((ref as Keyed<"number">).number) },
  Agency: { __resolveReference: (ref, { loaders }) => loaders.agency.load((ref as Keyed<"code">).code) },
  ProgramGroup: { __resolveReference: (ref, { loaders }) => loaders.programGroup.load((ref as Keyed<"code">).code) },
  Target: { __resolveReference: (ref, { loaders }) => loaders.target.load((ref as Keyed<"code">).code) },
  ...Object.fromEntries(
    Object.values(Domain).map((domain) => [
      taskTypeName(domain),
      {
        // A reference to, say, LabourTask "I.1" resolves only if I.1 really is a labour task.
        __resolveReference: async (ref: Record<string, unknown>, { loaders }: PlanContext) => {
          const task = await loaders.task.load((ref as Keyed<"code">).code);
          return task?.domain === domain ? task : null;
        },
      },
    ]),
  ),
};
