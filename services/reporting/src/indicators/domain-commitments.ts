import { RequiredFigures, domainTypePrefix } from "@hpig/kit";
import { GraphQLError } from "graphql";
import { GraphQLLocalDate } from "graphql-scalars";
import {
  Arg,
  Ctx,
  Directive,
  Field,
  FieldResolver,
  Float,
  ID,
  Int,
  InterfaceType,
  ObjectType,
  Resolver,
  Root,
} from "type-graphql";
import type { ReportingContext } from "../context";
import { REGISTRY_NOT_SYNCED } from "../registry/sync-task-registry";
import type { IndicatorCatalogue } from "./observation-rules";
import { ObligationSubmission, obligationIndicators, obligationSubmission } from "./reporting-obligation";
import { TargetAssessment, assessTarget } from "./target-assessment";

interface TargetFields {
  code: string;
  indicatorCode: string;
  min: number;
  max: number;
  fromYear: number;
  toYear: number;
}

interface ObligationFields {
  agencyCode: string;
  year: number;
  deadline: string;
  requiredFigures: RequiredFigures;
}

/**
 * The domain's halves of the plan's Target and ReportingObligation: the plan owns the band and
 * the deadline, the domain owns the figures; `@requires` hands the plan's fields to the domain.
 */
export function createDomainCommitmentTypes(domain: string, catalogue: IndicatorCatalogue) {
  const prefix = domainTypePrefix(domain);

  @InterfaceType("Target", { resolveType: () => `${prefix}Target`, autoRegisterImplementations: true })
  abstract class DomainTargetInterface {
    @Field(() => ID)
    code!: string;

    @Field(() => TargetAssessment, {
      nullable: true,
      description:
        "The band against the actual figure of a year the target covers (null for other years). Served by the indicator's domain.",
    })
    assessment(
      @Arg("year", () => Int, { description: "The year whose figure is compared with the band." }) _year: number,
    ): TargetAssessment | null {
      return null;
    }
  }

  @ObjectType(`${prefix}Target`, { implements: DomainTargetInterface })
  @Directive('@key(fields: "code")')
  class DomainTarget extends DomainTargetInterface {
    @Field(() => String)
    @Directive("@external")
    indicatorCode!: string;

    @Field(() => Float)
    @Directive("@external")
    min!: number;

    @Field(() => Float)
    @Directive("@external")
    max!: number;

    @Field(() => Int)
    @Directive("@external")
    fromYear!: number;

    @Field(() => Int)
    @Directive("@external")
    toYear!: number;
  }

  @Resolver(() => DomainTarget)
  class DomainTargetResolver {
    @FieldResolver(() => TargetAssessment, {
      nullable: true,
      description:
        "The band against the actual figure of a year the target covers (null for other years). Served by the indicator's domain.",
    })
    @Directive('@requires(fields: "indicatorCode min max fromYear toYear")')
    async assessment(
      @Root() target: TargetFields,
      @Arg("year", () => Int, { description: "The year whose figure is compared with the band." }) year: number,
      @Ctx() { loaders }: ReportingContext,
    ): Promise<TargetAssessment | null> {
      const yearly = loaders.observationsInWindow({ start: `${year}-01-01`, end: `${year}-12-31` });
      const figures = await yearly.load(target.indicatorCode);
      const total = figures.filter((row) => row.period === String(year) && row.breakdownKey === "").at(-1) ?? null;
      return assessTarget(target, year, total);
    }
  }

  @InterfaceType("ReportingObligation", {
    resolveType: () => `${prefix}ReportingObligation`,
    autoRegisterImplementations: true,
  })
  abstract class DomainObligationInterface {
    @Field(() => ID)
    agencyCode!: string;

    @Field(() => Int)
    year!: number;

    @Field(() => ObligationSubmission, {
      nullable: true,
      description:
        "What the unit has sent against the obligation: completeness and timeliness against the deadline, counted over exactly the obligation's indicators (never a section I quantity) and the figures its requiredFigures asks for. Served by the unit's domain.",
    })
    submission(): ObligationSubmission | null {
      return null;
    }
  }

  @ObjectType(`${prefix}ReportingObligation`, { implements: DomainObligationInterface })
  @Directive('@key(fields: "agencyCode year")')
  class DomainObligation extends DomainObligationInterface {
    @Field(() => GraphQLLocalDate)
    @Directive("@external")
    deadline!: string;

    @Field(() => RequiredFigures)
    @Directive("@external")
    requiredFigures!: RequiredFigures;
  }

  @Resolver(() => DomainObligation)
  class DomainObligationResolver {
    @FieldResolver(() => ObligationSubmission, {
      nullable: true,
      description:
        "What the unit has sent against the obligation: completeness and timeliness against the deadline, counted over exactly the obligation's indicators (never a section I quantity) and the figures its requiredFigures asks for. Served by the unit's domain.",
    })
    @Directive('@requires(fields: "deadline requiredFigures")')
    async submission(
      @Root() obligation: ObligationFields,
      @Ctx() { loaders }: ReportingContext,
    ): Promise<ObligationSubmission> {
      const references = await loaders.indicatorsByAgency.load(obligation.agencyCode);
      const indicators = obligationIndicators(references, catalogue.definitions);
      if (indicators.length === 0) {
        // Every appendix row has indicators: none here means a copy from before the appendix rows
        // were synced, and counting nothing would call the unit complete.
        throw new GraphQLError(
          `The ${domain.toLowerCase()} subgraph's copy of the indicator catalogue does not yet list the indicators of ${obligation.agencyCode}'s appendix row; it is refreshed from plan shortly.`,
          { extensions: { code: REGISTRY_NOT_SYNCED } },
        );
      }
      // Both years, whether last year's figures count or not: one window for every obligation of the request.
      const window = { start: `${obligation.year - 1}-01-01`, end: `${obligation.year}-12-31` };
      const observations = (await loaders.observationsInWindow(window).loadMany(indicators.map((d) => d.code))).flatMap(
        (rows) => (rows instanceof Error ? [] : rows),
      );
      return obligationSubmission({
        year: obligation.year,
        deadline: obligation.deadline,
        indicators,
        requiredFigures: obligation.requiredFigures,
        codeLists: catalogue.codeLists,
        observations,
      });
    }
  }

  return {
    orphanedTypes: [DomainTarget, DomainObligation],
    resolvers: [DomainTargetResolver, DomainObligationResolver] as const,
    referenceResolvers: {
      // The gateway sends the plan's fields named in @requires along with the key.
      [`${prefix}Target`]: { __resolveReference: (reference: Record<string, unknown>) => reference },
      [`${prefix}ReportingObligation`]: { __resolveReference: (reference: Record<string, unknown>) => reference },
    },
  };
}
