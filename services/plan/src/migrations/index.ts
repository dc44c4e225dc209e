import { CreateAuditTrail1764600000000 } from "@hpig/kit";

import { CreateRegistry1764230400000 } from "./1764230400000-create-registry";
import { IndicatorsAndReportingCycle1764500000000 } from "./1764500000000-indicators-and-reporting-cycle";
import { RegistryVersions1764700000000 } from "./1764700000000-registry-versions";
import { ProgressFacts1765000000000 } from "./1765000000000-progress-facts";
import { CommitteeDocuments1765050000000 } from "./1765050000000-committee-documents";
import { TargetDirection1765100000000 } from "./1765100000000-target-direction";
import { DecemberObligations1765200000000 } from "./1765200000000-december-obligations";
import { DirectivesAndAdjustmentProposals1765300000000 } from "./1765300000000-directives-and-adjustment-proposals";

/** Every migration of the plan subgraph, oldest first (the audit trail's is the kit's, shared by every subgraph). */
export const planMigrations = [
  CreateRegistry1764230400000,
  IndicatorsAndReportingCycle1764500000000,
  CreateAuditTrail1764600000000,
  RegistryVersions1764700000000,
  ProgressFacts1765000000000,
  CommitteeDocuments1765050000000,
  TargetDirection1765100000000,
  DecemberObligations1765200000000,
  DirectivesAndAdjustmentProposals1765300000000,
];
