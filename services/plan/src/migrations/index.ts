import { CreateAuditTrail1764600000000 } from "@hpig/kit";
import { CreateRegistry1764230400000 } from "./1764230400000-create-registry";
import { IndicatorsAndReportingCycle1764500000000 } from "./1764500000000-indicators-and-reporting-cycle";
import { RegistryVersions1764700000000 } from "./1764700000000-registry-versions";
import { DirectivesAndAdjustmentProposals1765300000000 } from "./1765300000000-directives-and-adjustment-proposals";

/** Every migration of the plan subgraph, oldest first (the audit trail's is the kit's, shared by every subgraph). */
export const planMigrations = [
  CreateRegistry1764230400000,
  IndicatorsAndReportingCycle1764500000000,
  CreateAuditTrail1764600000000,
  RegistryVersions1764700000000,
  DirectivesAndAdjustmentProposals1765300000000,
];
