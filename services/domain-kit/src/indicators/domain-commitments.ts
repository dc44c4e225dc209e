import {
  clientErrorExtensions,
  domainTypePrefix,
  RequiredFigures,
  TargetDirection,
  TargetMeasure,
  vietnamDate,
} from "@hpig/kit";
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
import { ObservationPeriodType } from "./indicator-definition";
import type { IndicatorCatalogue } from "./observation-rules";
import { obligationIndicators, ObligationSubmission, obligationSubmission } from "./reporting-obligation";
import { seriesQuery } from "./series-query";
import { assessTarget, TargetAssessment } from "./target-assessment";
import { FigureBasis, TargetVerdict } from "./target-verdict";
import { judgeTarget, type VerdictTarget, yearlyFigures } from "./verdict-rules";

interface TargetFields extends VerdictTarget {
  code: string;
  indicatorCode: string;
}

interface ObligationFields {
  agencyCode: string;
  year: number;
  deadline: string;
  requiredFigures: RequiredFigures;
}

const ASSESSMENT =
  "The band against the actual figure of one year the target covers (null for other years), whatever the target's direction: whether the target is met over its period is its verdict. Served by the indicator's domain.";
const VERDICT =
  "Whether the target is met, judged against the indicator's yearly totals as known at the end of asOf (Viet Nam time), for years up to the year of asOf. A rate over a period (AVERAGE_ANNUAL_GROWTH) is judged on the compounded average annual rate of its years, (Π(1 + g/100))^(1/n) − 1, rounded to 2 decimals; a share or level (SHARE) on its end year's figure. MET or NOT_MET once the period is over (asOf on or after 31 December of toYear) and every required year has a figure (every year of a rate's period, a level's end year); otherwise a projection: a rate ON_TRACK when the average over the years so far (consecutive from the first year; a gap is NO_DATA, never an average of fewer years) meets the requirement, a level ON_TRACK when its latest figure meets it or the straight line through its last two consecutive years reaches it at toYear; else AT_RISK; NO_DATA without a figure. AT_LEAST is met at value ≥ min, AT_MOST at value ≤ max, WITHIN_BAND at min ≤ value ≤ max. Served by the indicator's domain (null, with SUBGRAPH_UNAVAILABLE, only while it is down).";
const VERDICT_AS_OF =
  "The day whose end (Viet Nam time) the figures are taken as known at; years after its year do not count. Default: today in Viet Nam.";
const VERDICT_BASIS =
  "OFFICIAL (default): per year the latest official revision known then; ESTIMATE_ALLOWED: the latest revision known, whatever its status.";

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

    @Field(() => TargetAssessment, { nullable: true, description: ASSESSMENT })
    assessment(
      @Arg("year", () => Int, { description: "The year whose figure is compared with the band." }) _year: number,
    ): TargetAssessment | null {
      return null;
    }

    @Field(() => TargetVerdict, { nullable: true, description: VERDICT })
    verdict(
      @Arg("asOf", () => GraphQLLocalDate, { nullable: true, description: VERDICT_AS_OF }) _asOf: string | null,
      @Arg("basis", () => FigureBasis, { defaultValue: FigureBasis.OFFICIAL, description: VERDICT_BASIS })
      _basis: FigureBasis,
    ): TargetVerdict | null {
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

    @Field(() => TargetMeasure)
    @Directive("@external")
    measure!: TargetMeasure;

    @Field(() => TargetDirection)
    @Directive("@external")
    direction!: TargetDirection;
  }

  @Resolver(() => DomainTarget)
  class DomainTargetResolver {
    @FieldResolver(() => TargetAssessment, { nullable: true, description: ASSESSMENT })
    @Directive('@requires(fields: "indicatorCode min max fromYear toYear")')
    async assessment(
      @Root() target: TargetFields,
      @Arg("year", () => Int, { description: "The year whose figure is compared with the band." }) year: number,
      @Ctx() { loaders }: ReportingContext,
    ): Promise<TargetAssessment | null> {
      const latest = loaders.series(
        seriesQuery({
          from: String(year),
          to: String(year),
          periodType: ObservationPeriodType.YEAR,
          breakdown: {},
          includeRevisions: false,
        }),
      );
      const total = (await latest.load(target.indicatorCode)).find((row) => row.period === String(year)) ?? null;
      return assessTarget(target, year, total);
    }

    @FieldResolver(() => TargetVerdict, { nullable: true, description: VERDICT })
    @Directive('@requires(fields: "indicatorCode measure min max fromYear toYear direction")')
    async verdict(
      @Root() target: TargetFields,
      @Arg("asOf", () => GraphQLLocalDate, { nullable: true, description: VERDICT_AS_OF }) asOf: string | null,
      @Arg("basis", () => FigureBasis, { defaultValue: FigureBasis.OFFICIAL, description: VERDICT_BASIS })
      basis: FigureBasis,
      @Ctx() { loaders, now }: ReportingContext,
    ): Promise<TargetVerdict> {
      const date = asOf ?? vietnamDate(now);
      // The yearly totals up to the asOf year, whatever the target, date or basis (yearlyFigures
      // picks): every target of the request in one statement.
      const yearlyTotals = seriesQuery({
        to: date.slice(0, 4),
        periodType: ObservationPeriodType.YEAR,
        breakdown: {},
        includeRevisions: true,
      });
      const rows = await loaders.series(yearlyTotals).load(target.indicatorCode);
      return judgeTarget(target, yearlyFigures(rows, date, basis), date, basis);
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
          { extensions: clientErrorExtensions(REGISTRY_NOT_SYNCED) },
        );
      }
      // Both years, whether last year's figures count or not: one window for every obligation of the request.
      const window = seriesQuery({
        from: String(obligation.year - 1),
        to: String(obligation.year),
        includeRevisions: true,
      });
      const observations = (await loaders.series(window).loadMany(indicators.map((d) => d.code))).flatMap((rows) =>
        rows instanceof Error ? [] : rows,
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
