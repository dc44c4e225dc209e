import {
  asLeadReport,
  AuditEntry,
  domainTaskTypeName,
  historyKey,
  knownAsOf,
  latestPerLead,
  latestRevisions,
  mostRecent,
  taskPercentComplete,
  TaskStatus,
  taskStatus,
  vietnamDate,
} from "@hpig/kit";
import { GraphQLLocalDate } from "graphql-scalars";
import {
  Arg,
  Ctx,
  Directive,
  Field,
  FieldResolver,
  ID,
  Int,
  InterfaceType,
  ObjectType,
  Resolver,
  Root,
} from "type-graphql";

import { AuditSubjectType } from "../audit/audit-history";
import { TaskComment } from "../comments/task-comment.entity";
import type { ReportingContext } from "../context";
import { ImplementationPlan } from "../progress/implementation-plan.entity";
import { ProgressReport } from "../progress/progress-report.entity";

/** A task as a domain subgraph sees it: its code; everything else it says is computed here from its reports. */
export interface TaskKey {
  code: string;
}

const AS_OF = "Date the answer holds for (Viet Nam time, end of day); today when left out.";

/**
 * The domain's half of the Task interface and its concrete task type (LabourTask, …), with the
 * fields this domain owns. The plan subgraph returns tasks as these types and resolves the
 * registry fields; the gateway comes here for the rest. All are nullable: one domain being down
 * nulls only its own fields.
 */
export function createDomainTaskTypes(domain: string) {
  const typeName = domainTaskTypeName(domain);

  @InterfaceType("Task", { resolveType: () => typeName, autoRegisterImplementations: true })
  abstract class DomainTaskInterface implements TaskKey {
    @Field(() => ID)
    code!: string;
  }

  @ObjectType(typeName, { implements: DomainTaskInterface })
  @Directive('@key(fields: "code")')
  class DomainTask extends DomainTaskInterface {}

  @Resolver(() => DomainTaskInterface)
  class DomainTaskResolver {
    @FieldResolver(() => TaskStatus, {
      nullable: true,
      description:
        "Status as of a date, from each lead's latest report known then and the deadline (31 December of endYear). Served by the owning domain.",
    })
    async status(
      @Root() task: TaskKey,
      @Ctx() ctx: ReportingContext,
      @Arg("asOf", () => GraphQLLocalDate, { nullable: true, description: AS_OF }) asOf?: string | null,
    ): Promise<TaskStatus | null> {
      const leads = await leadReports(task, ctx, asOf);
      if (!leads) return null;
      return taskStatus({
        asOf: leads.asOf,
        startYear: leads.reference.startYear,
        endYear: leads.reference.endYear,
        leads: leads.latest.map(asLeadReport),
      });
    }

    @FieldResolver(() => Int, {
      nullable: true,
      description:
        "Share done (0–100) as of a date: the mean of the leads' latest reports; null if nothing is reported.",
    })
    async percentComplete(
      @Root() task: TaskKey,
      @Ctx() ctx: ReportingContext,
      @Arg("asOf", () => GraphQLLocalDate, { nullable: true, description: AS_OF }) asOf?: string | null,
    ): Promise<number | null> {
      const leads = await leadReports(task, ctx, asOf);
      return leads ? taskPercentComplete(leads.latest.map(asLeadReport)) : null;
    }

    @FieldResolver(() => ProgressReport, {
      nullable: true,
      description: "The most recent report known as of a date (latest period, latest revision).",
    })
    async latestReport(
      @Root() task: TaskKey,
      @Ctx() ctx: ReportingContext,
      @Arg("asOf", () => GraphQLLocalDate, { nullable: true, description: AS_OF }) asOf?: string | null,
    ): Promise<ProgressReport | null> {
      const leads = await leadReports(task, ctx, asOf);
      return leads ? mostRecent(leads.latest) : null;
    }

    @FieldResolver(() => [ProgressReport], {
      nullable: true,
      description: "The task's reports in period order: the latest revision of each, or every revision.",
    })
    async reports(
      @Root() task: TaskKey,
      @Ctx() { loaders }: ReportingContext,
      @Arg("period", () => String, { nullable: true, description: 'Only this period, e.g. "2014-H1".' })
      period?: string | null,
      @Arg("includeRevisions", () => Boolean, {
        defaultValue: false,
        description: "Also the earlier revisions that corrections replaced.",
      })
      includeRevisions?: boolean,
      @Arg("asOf", () => GraphQLLocalDate, { nullable: true, description: "Only what was known by this date." })
      asOf?: string | null,
    ): Promise<ProgressReport[]> {
      let reports = await loaders.reportsByTask.load(task.code);
      if (asOf) reports = knownAsOf(reports, asOf);
      if (period) reports = reports.filter((report) => report.period === period);
      return includeRevisions ? reports : latestRevisions(reports);
    }

    @FieldResolver(() => ImplementationPlan, {
      nullable: true,
      description:
        "The latest implementation plan of the task (of the given lead agency, or of the first lead that sent one).",
    })
    async implementationPlan(
      @Root() task: TaskKey,
      @Ctx() { loaders }: ReportingContext,
      @Arg("reportingAgency", () => ID, {
        nullable: true,
        description: "Only this lead agency's plan (agency code); left out, the first lead that sent one.",
      })
      reportingAgency?: string | null,
    ): Promise<ImplementationPlan | null> {
      const [plans, reference] = await Promise.all([
        loaders.plansByTask.load(task.code),
        loaders.taskReference.load(task.code),
      ]);
      const leads = reportingAgency ? [reportingAgency] : (reference?.leadAgencies ?? []);
      for (const lead of leads) {
        const latest = plans.filter((plan) => plan.reportingAgency === lead).at(-1);
        if (latest) return latest;
      }
      return null;
    }

    @FieldResolver(() => [TaskComment], {
      nullable: true,
      description:
        "Comments on the task by editors of its lead and coordinating agencies, oldest first. Served by the owning domain.",
    })
    comments(@Root() task: TaskKey, @Ctx() { loaders }: ReportingContext): Promise<TaskComment[]> {
      return loaders.commentsByTask.load(task.code);
    }

    @FieldResolver(() => [AuditEntry], {
      nullable: true,
      description:
        "Every recorded change about the task in its owning domain (progress reports and corrections, implementation plans, comments), oldest first, with who made it, when, and the record before and after.",
    })
    async history(@Root() task: TaskKey, @Ctx() { loaders }: ReportingContext): Promise<AuditEntry[]> {
      const rows = await loaders.auditHistory.load(historyKey(AuditSubjectType.Task, task.code));
      return rows.map((row) => row.entry);
    }
  }

  return { DomainTaskInterface, DomainTask, DomainTaskResolver };
}

/** The task's registry facts and each lead's latest report as of the date; null for a task this domain does not know. */
async function leadReports(task: TaskKey, { loaders, now }: ReportingContext, asOf: string | null | undefined) {
  const date = asOf ?? vietnamDate(now);
  const [reference, latest] = await Promise.all([
    loaders.taskReference.load(task.code),
    loaders.latestReportsAsOf(date).load(task.code),
  ]);
  if (!reference) return null;
  return { reference, asOf: date, latest: latestPerLead(latest, reference.leadAgencies, date) };
}
