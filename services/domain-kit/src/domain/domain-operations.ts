import {
  AUDIT_TRAIL_LIMIT_ARG,
  AuditEntry,
  AuditTrailFilter,
  domainFieldName,
  domainTypePrefix,
  readAuditTrail,
} from "@hpig/kit";
import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, ObjectType, Query, Resolver } from "type-graphql";

import { CommentOnTaskInput } from "../comments/comment.input";
import { recordTaskComment } from "../comments/comment.service";
import { TaskComment } from "../comments/task-comment.entity";
import type { ReportingContext } from "../context";
import { SubmitObservationsInput } from "../indicators/observation.input";
import { recordObservations } from "../indicators/observation.service";
import { ObservationBatchResult } from "../indicators/observation-batch";
import type { IndicatorCatalogue } from "../indicators/observation-rules";
import { ImplementationPlan } from "../progress/implementation-plan.entity";
import { recordImplementationPlan, recordProgressReport } from "../progress/progress.service";
import { ProgressReport } from "../progress/progress-report.entity";
import { ReportTaskProgressInput, SubmitImplementationPlanInput } from "../progress/report-progress.input";

/** A domain's namespace types: its root `mutation { labour { … } }` and `query { labour { … } }` objects. */
export interface DomainNamespaces {
  Mutations: new () => object;
  Queries: new () => object;
}

const namespaces = new Map<string, DomainNamespaces>();

/**
 * The domain's namespace types, made once per domain: the shared writes and reads hang on them,
 * and so do the domain's own (`@Resolver(() => domainNamespaces("INVESTMENT").Queries)`), so a
 * department's fields sit beside the shared ones under its one namespace.
 */
export function domainNamespaces(domain: string): DomainNamespaces {
  const known = namespaces.get(domain);
  if (known) return known;
  const prefix = domainTypePrefix(domain);
  const field = domainFieldName(domain);

  @ObjectType(`${prefix}Mutations`, {
    description: `What the ${field} domain records: progress of the tasks its agencies lead, their figures, comments. Only an editor of the agency concerned writes; every write is audited. A refused write's field is null with its error, and the other writes of the same request keep their results.`,
  })
  class DomainMutations {}

  @ObjectType(`${prefix}Queries`, { description: `The ${field} domain's own records.` })
  class DomainQueries {}

  const made = { Mutations: DomainMutations, Queries: DomainQueries };
  namespaces.set(domain, made);
  return made;
}

/**
 * The domain's root fields, namespaced (`mutation { labour { reportTaskProgress(…) } }`):
 * root fields must be unique across subgraphs, and a department finds all its writes in one place.
 */
export function createDomainOperations(domain: string, catalogue: IndicatorCatalogue) {
  const field = domainFieldName(domain);
  const { Mutations: DomainMutations, Queries: DomainQueries } = domainNamespaces(domain);

  @Resolver()
  class DomainRootResolver {
    @Mutation(() => DomainMutations, { name: field, description: `Writes of the ${field} domain.` })
    mutations(): object {
      return new DomainMutations();
    }

    @Query(() => DomainQueries, { name: field, description: `Records of the ${field} domain.` })
    queries(): object {
      return new DomainQueries();
    }
  }

  @Resolver(() => DomainMutations)
  class DomainMutationsResolver {
    @FieldResolver(() => ProgressReport, {
      nullable: true,
      description:
        "Records a progress report of a task this domain owns, by an editor of a lead agency of the task (reportingAgency is theirs; left out, their agency when it leads). Reporting the same period again is a correction: send expectedRevision, and a new revision is kept beside the old. FORBIDDEN for anyone else.",
    })
    reportTaskProgress(
      @Arg("input", () => ReportTaskProgressInput, { description: "The task, the period and the report." })
      input: ReportTaskProgressInput,
      @Ctx() { db, now, principal, requestId }: ReportingContext,
    ): Promise<ProgressReport> {
      return recordProgressReport(db, domain, input, now, { principal, requestId });
    }

    @FieldResolver(() => ObservationBatchResult, {
      nullable: true,
      description:
        "Records figures of the indicators this domain reports, all or none, by an editor of the unit that reports every one of them (FORBIDDEN otherwise, listing the others' indicators in extensions.details.indicators): every invalid figure is listed in the error (extensions.details.problems); a figure equal to its cell's latest is not recorded again; outliers are recorded with a warning.",
    })
    submitObservations(
      @Arg("input", () => SubmitObservationsInput, { description: "The figures, and whether to only check them." })
      input: SubmitObservationsInput,
      @Ctx() { db, now, principal, requestId }: ReportingContext,
    ): Promise<ObservationBatchResult> {
      return recordObservations(db, catalogue, input, now, { principal, requestId });
    }

    @FieldResolver(() => ImplementationPlan, {
      nullable: true,
      description:
        "Records the implementation plan (with estimated budget) of a task this domain owns, or a revision of it, by an editor of a lead agency of the task (FORBIDDEN for anyone else).",
    })
    submitImplementationPlan(
      @Arg("input", () => SubmitImplementationPlanInput, { description: "The task and its plan." })
      input: SubmitImplementationPlanInput,
      @Ctx() { db, now, principal, requestId }: ReportingContext,
    ): Promise<ImplementationPlan> {
      return recordImplementationPlan(db, domain, input, now, { principal, requestId });
    }

    @FieldResolver(() => TaskComment, {
      nullable: true,
      description:
        "Adds a comment to a task this domain owns, by an editor of one of its lead or coordinating agencies (FORBIDDEN for anyone else). A comment changes no status.",
    })
    commentOnTask(
      @Arg("input", () => CommentOnTaskInput, { description: "The task and the comment." }) input: CommentOnTaskInput,
      @Ctx() { db, now, principal, requestId }: ReportingContext,
    ): Promise<TaskComment> {
      return recordTaskComment(db, domain, input, now, { principal, requestId });
    }
  }

  @Resolver(() => DomainQueries)
  class DomainQueriesResolver {
    @FieldResolver(() => [ProgressReport], { description: "The most recently recorded reports, newest first." })
    recentReports(
      @Ctx() { db }: ReportingContext,
      @Arg("limit", () => Int, { defaultValue: 20, description: "At most this many (1–200)." }) limit: number,
    ): Promise<ProgressReport[]> {
      return db
        .getRepository(ProgressReport)
        .find({ order: { reportedAt: "DESC", id: "DESC" }, take: Math.min(Math.max(limit, 1), 200) });
    }

    @Authorized("committee", "standing-office")
    @FieldResolver(() => [AuditEntry], {
      description:
        'The domain\'s audit trail, newest first: every recorded write with who, when, before and after. Its kinds of record (entityType): "ProgressReport" (reports and corrections), "ImplementationPlan", "Observation" (one entry per submission of figures), "TaskComment", and "Database" for backups and restores of this database ("database.backup", "database.restore" by "system:backup", "system:restore"; after names the backup). For the committee and the standing office (FORBIDDEN otherwise).',
    })
    auditTrail(
      @Ctx() { db }: ReportingContext,
      @Arg("filter", () => AuditTrailFilter, { nullable: true, description: "Which changes; all when left out." })
      filter?: AuditTrailFilter | null,
      @Arg("limit", () => Int, AUDIT_TRAIL_LIMIT_ARG)
      limit?: number | null,
    ): Promise<AuditEntry[]> {
      return readAuditTrail(db, filter, limit ?? 50);
    }
  }

  return {
    resolvers: [DomainRootResolver, DomainMutationsResolver, DomainQueriesResolver] as const,
  };
}
