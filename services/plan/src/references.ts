import type { ReferenceResolvers } from "@hpig/kit";

import type { PlanContext } from "./context";
import { Domain } from "./domain/domain";
import { type DomainKind, domainTypeName, type OwnedByDomain } from "./domain/domain-types";
import { obligationKey } from "./reporting-obligation/reporting-obligations";

type Keyed<K extends string> = Record<K, string>;

/** `__resolveReference` for every entity the plan subgraph owns, each through a batched loader. */
export const planReferenceResolvers: ReferenceResolvers<PlanContext> = {
  Plan: { __resolveReference: (ref, { loaders }) => loaders.plan.load((ref as Keyed<"number">).number) },
  Agency: { __resolveReference: (ref, { loaders }) => loaders.agency.load((ref as Keyed<"code">).code) },
  ProgramGroup: { __resolveReference: (ref, { loaders }) => loaders.programGroup.load((ref as Keyed<"code">).code) },
  // IndustryTask, LabourTask, …: a reference to LabourTask "I.1" resolves only if I.1 really is a labour task.
  ...domainReferenceResolvers("Task", (ref, { loaders }) => loaders.task.load(String(ref["code"]))),
  ...domainReferenceResolvers("Indicator", (ref, { loaders }) => loaders.indicator.load(String(ref["code"]))),
  ...domainReferenceResolvers("Target", (ref, { loaders }) => loaders.target.load(String(ref["code"]))),
  // IndustryReportingObligation { agencyCode year }, …: all representations of a request in one batch.
  ...domainReferenceResolvers("ReportingObligation", (ref, { loaders }) =>
    loaders.obligation.load(obligationKey({ agencyCode: String(ref["agencyCode"]), year: Number(ref["year"]) })),
  ),
};

/**
 * `__resolveReference` for every domain's concrete type of a kind, through `load` (which must batch).
 * A reference to, say, LabourIndicator "IIP" resolves only if IIP really is labour's: anything of
 * another domain, or missing, resolves to null.
 */
function domainReferenceResolvers<T extends OwnedByDomain>(
  kind: DomainKind,
  load: (reference: Record<string, unknown>, context: PlanContext) => Promise<T | null>,
) {
  return Object.fromEntries(
    Object.values(Domain).map((domain) => [
      domainTypeName(domain, kind),
      {
        __resolveReference: async (reference: Record<string, unknown>, context: PlanContext) => {
          const found = await load(reference, context);
          return found?.domain === domain ? found : null;
        },
      },
    ]),
  );
}
