import { createDomainTypes } from "../domain/domain-types";
import { Target } from "./target.entity";

/** IndustryTarget, InvestmentTarget, …: typed by the domain of the target's indicator. */
export const TARGET_TYPES = createDomainTypes({
  kind: "Target",
  implements: Target,
  key: "code",
  describe: (domain) => `A target of section I set on an indicator the ${domain} domain reports.`,
});
