import { readFileSync } from "node:fs";

import {
  AUDIT_ENTITIES,
  AuditEntryResolver,
  defineSubgraph,
  PROGRESS_FEED_PATH,
  registryNoticeEnv,
  startRegistryNotifier,
} from "@hpig/kit";
import { z } from "zod";

import { AdjustmentMutationsResolver } from "./adjustment/adjustment.resolver";
import { AdjustmentProposalRecord } from "./adjustment/adjustment-proposal.entity";
import {
  AdjustmentProposalLinksResolver,
  AdjustmentProposalQueryResolver,
  ProposedLeadResolver,
  ProposedTaskChangesResolver,
  TaskAdjustmentProposalsResolver,
  TaskSnapshotResolver,
} from "./adjustment/adjustment-reads.resolver";
import { Agency } from "./agency/agency.entity";
import { AgencyResolver } from "./agency/agency.resolver";
import { seedWriter } from "./audit/plan-audit";
import { CommitteeDocumentRevision, FrozenReportedTask } from "./committee-report/committee-document.entity";
import {
  CommitteeDocumentMutationsResolver,
  CommitteeDocumentQueryResolver,
  CommitteeDocumentResolver,
  ReportedTaskResolver,
  ReportGroupResolver,
} from "./committee-report/committee-document.resolver";
import { QuarterlyReport, Review } from "./committee-report/report-types";
import { createPlanContext, type PlanContext } from "./context";
import { DirectiveAddressee, DirectiveResponseRecord, IssuedDirective } from "./directive/directive.entity";
import { DirectiveMutationsResolver } from "./directive/directive.resolver";
import {
  AgencyDirectivesResolver,
  DirectiveAddresseeResolver,
  DirectiveLinksResolver,
  DirectiveQueryResolver,
  DirectiveResponseResolver,
  TaskDirectivesResolver,
} from "./directive/directive-reads.resolver";
import { importPlanDocument, registryIsEmpty } from "./importer/import-plan";
import { Indicator } from "./indicator/indicator.entity";
import { IndicatorResolver } from "./indicator/indicator.resolver";
import { INDICATOR_TYPES } from "./indicator/indicator-types";
import { planMigrations } from "./migrations";
import { Plan } from "./plan/plan.entity";
import { PlanResolver } from "./plan/plan.resolver";
import { ProgramGroup } from "./program-group/program-group.entity";
import { ProgramGroupResolver } from "./program-group/program-group.resolver";
import { ProgressFact } from "./progress/progress-fact.entity";
import { progressFeedRouter } from "./progress/progress-feed.routes";
import { ProgressReportResolver } from "./progress/progress-report.resolver";
import { EXPORTS_PATH, progressExportRouter } from "./progress-export/progress-export.routes";
import { planReferenceResolvers } from "./references";
import { RegistryEditResolver } from "./registry-edit/registry-edit.resolver";
import { announceRegistryChanges } from "./registry-notice/announce-registry-changes";
import { AgencyObligationsResolver } from "./reporting-obligation/agency-obligations.resolver";
import { CommitteeMutationsResolver, CommitteeRootResolver } from "./reporting-obligation/committee.resolver";
import { ReportingDeadline } from "./reporting-obligation/reporting-deadline.entity";
import { REPORTING_OBLIGATION_TYPES } from "./reporting-obligation/reporting-obligation";
import { ReportingObligationResolver } from "./reporting-obligation/reporting-obligation.resolver";
import {
  DEFAULT_REPORTING_DEADLINE,
  reportingDeadlineSetting,
  type ReportingSettings,
} from "./reporting-obligation/reporting-rules";
import { ReportingRequirement } from "./reporting-requirement/reporting-requirement.entity";
import { ReportingRequirementResolver } from "./reporting-requirement/reporting-requirement.resolver";
import { Target } from "./target/target.entity";
import { TargetResolver } from "./target/target.resolver";
import { TARGET_TYPES } from "./target/target-types";
import { Task } from "./task/task.entity";
import { TaskResolver } from "./task/task.resolver";
import { TaskAssignment } from "./task/task-assignment.entity";
import { TaskAssignmentResolver } from "./task/task-assignment.resolver";
import { TASK_TYPES } from "./task/task-types";
import { TaskSummaryResolver } from "./task-summary/task-summary.resolver";

const planEnv = z
  .object({
    /** A plan document to import into an empty registry at start (the embedded default's seed step). */
    PLAN_SEED_DOCUMENT: z.string().min(1).optional(),
    /** Default deadline of the December obligations within the reporting year, "MM-DD". */
    REPORTING_DEADLINE: reportingDeadlineSetting,
  })
  .and(registryNoticeEnv);

/** The validated settings requests read; filled from the environment when the subgraph starts. */
const settings: ReportingSettings = { reportingDeadline: DEFAULT_REPORTING_DEADLINE };

/** The plan subgraph: what the committee itself decides. */
export const planSubgraph = defineSubgraph<PlanContext, z.infer<typeof planEnv>>({
  name: "plan",
  defaultPort: 4001,
  entities: [
    Plan,
    Agency,
    ProgramGroup,
    Task,
    TaskAssignment,
    Target,
    ReportingRequirement,
    Indicator,
    ReportingDeadline,
    ProgressFact,
    CommitteeDocumentRevision,
    FrozenReportedTask,
    IssuedDirective,
    DirectiveAddressee,
    DirectiveResponseRecord,
    AdjustmentProposalRecord,
    ...AUDIT_ENTITIES,
  ],
  migrations: planMigrations,
  schema: {
    resolvers: [
      PlanResolver,
      AgencyResolver,
      ProgramGroupResolver,
      TaskResolver,
      TaskAssignmentResolver,
      ReportingRequirementResolver,
      IndicatorResolver,
      TargetResolver,
      ReportingObligationResolver,
      AgencyObligationsResolver,
      CommitteeRootResolver,
      CommitteeMutationsResolver,
      RegistryEditResolver,
      DirectiveMutationsResolver,
      DirectiveQueryResolver,
      TaskDirectivesResolver,
      AgencyDirectivesResolver,
      DirectiveLinksResolver,
      DirectiveAddresseeResolver,
      DirectiveResponseResolver,
      AdjustmentMutationsResolver,
      AdjustmentProposalQueryResolver,
      TaskAdjustmentProposalsResolver,
      AdjustmentProposalLinksResolver,
      ProposedLeadResolver,
      TaskSnapshotResolver,
      ProposedTaskChangesResolver,
      AuditEntryResolver,
      ProgressReportResolver,
      TaskSummaryResolver,
      CommitteeDocumentQueryResolver,
      CommitteeDocumentResolver,
      ReportGroupResolver,
      ReportedTaskResolver,
      CommitteeDocumentMutationsResolver,
    ],
    orphanedTypes: [
      QuarterlyReport,
      Review,
      ...TASK_TYPES,
      ...INDICATOR_TYPES,
      ...TARGET_TYPES,
      ...REPORTING_OBLIGATION_TYPES,
    ],
  },
  referenceResolvers: planReferenceResolvers,
  env: planEnv,
  context: (base) => createPlanContext(base, settings),
  // The domains feed their progress reports here (the read model of taskSummary and the committee's
  // reports); the progress export is that read model as a spreadsheet.
  routes: (app, { db, config }) => {
    app.use(PROGRESS_FEED_PATH, progressFeedRouter(db, config.MAX_REQUEST_BYTES));
    app.use(EXPORTS_PATH, progressExportRouter(db));
  },
  onStart: async ({ db, config, logger }) => {
    settings.reportingDeadline = config.REPORTING_DEADLINE;
    if (config.PLAN_SEED_DOCUMENT && (await registryIsEmpty(db))) {
      // Recorded in the audit trail as "system:seed" (see seedWriter).
      const summary = await importPlanDocument(db, readFileSync(config.PLAN_SEED_DOCUMENT, "utf8"), {
        writer: seedWriter(),
      });
      logger.info({ plan: summary.plan, counts: summary.counts }, "plan registry seeded");
    }
    // Registry edits reach the domains' copies at once (Redis, or REGISTRY_NOTICE_URLS), not at their next poll.
    const notifier = config.REGISTRY_NOTICES
      ? startRegistryNotifier({
          redisUrl: config.REDIS_URL,
          keyPrefix: config.CACHE_KEY_PREFIX,
          urls: config.REGISTRY_NOTICE_URLS,
          token: config.SERVICE_TOKEN,
          logger,
        })
      : null;
    if (!notifier) {
      logger.info("registry changes are not announced: the domains see them at their next poll");
      return;
    }
    const stop = announceRegistryChanges(db, notifier);
    return {
      close: async () => {
        stop();
        await notifier.close();
      },
    };
  },
});
