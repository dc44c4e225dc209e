import { createDomainTypes } from "../domain/domain-types";
import { Indicator } from "./indicator.entity";

/** IndustryIndicator, InvestmentIndicator, …: the catalogue fields from plan, the rest from the domain. */
export const INDICATOR_TYPES = createDomainTypes({
  kind: "Indicator",
  implements: Indicator,
  key: "code",
  describe: (domain) =>
    `An indicator an agency of the ${domain} domain reports; that domain holds its definition and values.`,
});
