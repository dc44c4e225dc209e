import { readFileSync } from "node:fs";
import { defineSubgraph } from "@hpig/kit";
import { z } from "zod";
import { AgencyResolver } from "./agency/agency.resolver";
import { Agency } from "./agency/agency.entity";
import { type PlanContext, createPlanContext } from "./context";
import { importPlanDocument, registryIsEmpty } from "./importer/import-plan";
import { planMigrations } from "./migrations";
import { Plan } from "./plan/plan.entity";
import { PlanResolver } from "./plan/plan.resolver";
import { ProgramGroup } from "./program-group/program-group.entity";
import { ProgramGroupResolver } from "./program-group/program-group.resolver";
import { planReferenceResolvers } from "./references";
import { ReportingRequirement } from "./reporting-requirement/reporting-requirement.entity";
import { ReportingRequirementResolver } from "./reporting-requirement/reporting-requirement.resolver";
import { Target } from "./target/target.entity";
import { TaskAssignment } from "./task/task-assignment.entity";
import { TaskAssignmentResolver } from "./task/task-assignment.resolver";
import { Task } from "./task/task.entity";
import { TaskResolver } from "./task/task.resolver";
import { TASK_TYPES } from "./task/task-types";

const planEnv = z.object({
  /** A plan document to import into an empty registry at start (the embedded default's seed step). */
  PLAN_SEED_DOCUMENT: z.string().min(1).optional(),
});

/** The plan subgraph: what the committee itself decides. */
export const planSubgraph = defineSubgraph<PlanContext, z.infer<typeof planEnv>>({
  name: "plan",
  defaultPort: 4001,
  entities: [Plan, Agency, ProgramGroup, Task, TaskAssignment, Target, ReportingRequirement],
  migrations: planMigrations,
  schema: {
    resolvers: [
      PlanResolver,
      AgencyResolver,
      ProgramGroupResolver,
      TaskResolver,
      TaskAssignmentResolver,
      ReportingRequirementResolver,
    ],
    orphanedTypes: [...TASK_TYPES, Target],
  },
  referenceResolvers: planReferenceResolvers,
  env: planEnv,
  context: createPlanContext,
  onStart: async ({ db, config, logger }) => {
    if (!config.PLAN_SEED_DOCUMENT || !(await registryIsEmpty(db))) return;
    const summary = await importPlanDocument(db, readFileSync(config.PLAN_SEED_DOCUMENT, "utf8"));
    logger.info({ plan: summary.plan, counts: summary.counts }, "plan registry seeded");
  },
});
