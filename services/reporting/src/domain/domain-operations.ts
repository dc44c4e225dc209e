import { domainFieldName, domainTypePrefix } from "@hpig/kit";
import { Arg, Ctx, FieldResolver, Int, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import type { ReportingContext } from "../context";
import { ImplementationPlan } from "../progress/implementation-plan.entity";
import { recordImplementationPlan, recordProgressReport } from "../progress/progress.service";
import { ProgressReport } from "../progress/progress-report.entity";
import { ReportTaskProgressInput, SubmitImplementationPlanInput } from "../progress/report-progress.input";
import { ObservationBatchResult } from "../indicators/observation-batch";
import { SubmitObservationsInput } from "../indicators/observation.input";
import { recordObservations } from "../indicators/observation.service";
import type { IndicatorCatalogue } from "../indicators/observation-rules";

/**
 * The domain's root fields, namespaced (`mutation { labour { reportTaskProgress(…) } }`):
 * root fields must be unique across subgraphs, and a department finds all its writes in one place.
 */
export function createDomainOperations(domain: string, catalogue: IndicatorCatalogue) {
  const prefix = domainTypePrefix(domain);
  const field = domainFieldName(domain);

  @ObjectType(`${prefix}Mutations`, {
    description: `What the ${field} domain records: progress of the tasks its agencies lead.`,
  })
  class DomainMutations {}

  @ObjectType(`${prefix}Queries`, { description: `The ${field} domain's own records.` })
  class DomainQueries {}

  @Resolver()
  class DomainRootResolver {
    @Mutation(() => DomainMutations, { name: field, description: `Writes of the ${field} domain.` })
    mutations(): DomainMutations {
      return new DomainMutations();
    }

    @Query(() => DomainQueries, { name: field, description: `Records of the ${field} domain.` })
    queries(): DomainQueries {
      return new DomainQueries();
    }
  }

  @Resolver(() => DomainMutations)
  class DomainMutationsResolver {
    @FieldResolver(() => ProgressReport, {
      description:
        "Records a progress report of a task this domain owns. Reporting the same period again is a correction: send expectedRevision, and a new revision is kept beside the old.",
    })
    reportTaskProgress(
      @Arg("input", () => ReportTaskProgressInput) input: ReportTaskProgressInput,
      @Ctx() { db, now }: ReportingContext,
    ): Promise<ProgressReport> {
      return recordProgressReport(db, domain, input, now);
    }

    @FieldResolver(() => ObservationBatchResult, {
      description:
        "Records figures of the indicators this domain reports, all or none: every invalid figure is listed in the error (extensions.details.problems); a figure equal to its cell's latest is not recorded again; outliers are recorded with a warning.",
    })
    submitObservations(
      @Arg("input", () => SubmitObservationsInput) input: SubmitObservationsInput,
      @Ctx() { db, now }: ReportingContext,
    ): Promise<ObservationBatchResult> {
      return recordObservations(db, catalogue, input, now);
    }

    @FieldResolver(() => ImplementationPlan, {
      description:
        "Records the implementation plan (with estimated budget) of a task this domain owns, or a revision of it.",
    })
    submitImplementationPlan(
      @Arg("input", () => SubmitImplementationPlanInput) input: SubmitImplementationPlanInput,
      @Ctx() { db, now }: ReportingContext,
    ): Promise<ImplementationPlan> {
      return recordImplementationPlan(db, domain, input, now);
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
  }

  return {
    DomainMutations,
    DomainQueries,
    resolvers: [DomainRootResolver, DomainMutationsResolver, DomainQueriesResolver] as const,
  };
}
