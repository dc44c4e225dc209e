import { AuditEntry, domainTypePrefix, ErrorCode, historyKey, UserInputError } from "@hpig/kit";
import { GraphQLLocalDate } from "graphql-scalars";
import { Arg, Ctx, Directive, Field, FieldResolver, ID, InterfaceType, ObjectType, Resolver, Root } from "type-graphql";

import { AuditSubjectType } from "../audit/audit-history";
import type { ReportingContext } from "../context";
import type { Breakdown } from "./breakdown";
import { BreakdownValue, Dimension } from "./dimension";
import { type IndicatorDefinition, ObservationPeriodType, ValueType } from "./indicator-definition";
import { Observation } from "./observation.entity";
import { BreakdownInput } from "./observation.input";
import { parseObservationPeriod } from "./observation-period";
import type { IndicatorCatalogue } from "./observation-rules";
import { ObservationStatus } from "./observation-status";
import { seriesQuery } from "./series-query";

interface IndicatorKey {
  code: string;
}

function toBreakdown(filter: BreakdownInput[]): Breakdown {
  return Object.fromEntries(filter.map(({ dimension, code }) => [dimension, code]));
}

/**
 * The domain's half of the Indicator interface and its concrete indicator type (IndustryIndicator,
 * …): how the indicator's values look (from the domain's definitions) and the values themselves.
 * Plan resolves the catalogue fields; all of these are nullable, so a domain being down nulls only its own.
 */
export function createDomainIndicatorTypes(domain: string, catalogue: IndicatorCatalogue) {
  const typeName = `${domainTypePrefix(domain)}Indicator`;
  const definitionOf = (indicator: IndicatorKey): IndicatorDefinition | undefined =>
    catalogue.definitions.get(indicator.code);

  @InterfaceType("Indicator", { resolveType: () => typeName, autoRegisterImplementations: true })
  abstract class DomainIndicatorInterface implements IndicatorKey {
    @Field(() => ID)
    code!: string;
  }

  @ObjectType(typeName, { implements: DomainIndicatorInterface })
  @Directive('@key(fields: "code")')
  class DomainIndicator extends DomainIndicatorInterface {}

  @Resolver(() => DomainIndicatorInterface)
  class DomainIndicatorResolver {
    @FieldResolver(() => String, {
      nullable: true,
      description: 'Unit of the values: "%", "tỷ đồng", "triệu USD", "ha", …',
    })
    unit(@Root() indicator: IndicatorKey): string | null {
      return definitionOf(indicator)?.unit ?? null;
    }

    @FieldResolver(() => ValueType, { nullable: true, description: "What kind of number the values are." })
    valueType(@Root() indicator: IndicatorKey): ValueType | null {
      return definitionOf(indicator)?.valueType ?? null;
    }

    @FieldResolver(() => [ObservationPeriodType], { nullable: true, description: "Periods values may be given for." })
    periodTypes(@Root() indicator: IndicatorKey): ObservationPeriodType[] | null {
      return definitionOf(indicator)?.periodTypes ?? null;
    }

    @FieldResolver(() => [Dimension], {
      nullable: true,
      description: "Breakdown dimensions with their code lists; empty for a single total.",
    })
    dimensions(@Root() indicator: IndicatorKey): Dimension[] | null {
      const definition = definitionOf(indicator);
      return definition ? definition.dimensions.map((code) => Dimension.of(catalogue.codeLists.get(code)!)) : null;
    }

    @FieldResolver(() => [Observation], {
      nullable: true,
      description:
        "The indicator's figures in period order: the latest revision of each cell as known on `asOf` (today by default).",
    })
    async series(
      @Root() indicator: IndicatorKey,
      @Ctx() { loaders }: ReportingContext,
      @Arg("from", () => String, {
        nullable: true,
        description: 'First period, e.g. "2011" (periods starting on or after it).',
      })
      from?: string | null,
      @Arg("to", () => String, {
        nullable: true,
        description: 'Last period, e.g. "2020" (periods ending on or before it).',
      })
      to?: string | null,
      @Arg("periodType", () => ObservationPeriodType, {
        nullable: true,
        description: "Only periods of this length; all when left out.",
      })
      periodType?: ObservationPeriodType | null,
      @Arg("breakdown", () => [BreakdownInput], {
        nullable: true,
        description: "Only cells with these codes; leave out for every cell. An empty list means the totals only.",
      })
      breakdown?: BreakdownInput[] | null,
      @Arg("status", () => ObservationStatus, { nullable: true, description: "Only figures of this status." })
      status?: ObservationStatus | null,
      @Arg("asOf", () => GraphQLLocalDate, {
        nullable: true,
        description: "The figures as they were known at the end of this day.",
      })
      asOf?: string | null,
      @Arg("includeRevisions", () => Boolean, {
        defaultValue: false,
        description: "Every revision, not only the latest.",
      })
      includeRevisions?: boolean,
    ): Promise<Observation[] | null> {
      if (!definitionOf(indicator)) return null;
      periodBound(from, "from");
      periodBound(to, "to");
      const query = seriesQuery({
        from,
        to,
        periodType,
        breakdown: breakdown ? toBreakdown(breakdown) : null,
        status,
        asOf,
        includeRevisions: includeRevisions ?? false,
      });
      return loaders.series(query).load(indicator.code);
    }

    @FieldResolver(() => [AuditEntry], {
      nullable: true,
      description:
        "Every recorded submission of the indicator's figures (one entry per submission that changed something), oldest first, with who sent it, when, and the cells' revisions before and after. Served by the indicator's domain.",
    })
    async history(@Root() indicator: IndicatorKey, @Ctx() { loaders }: ReportingContext): Promise<AuditEntry[] | null> {
      if (!definitionOf(indicator)) return null;
      const rows = await loaders.auditHistory.load(historyKey(AuditSubjectType.Indicator, indicator.code));
      return rows.map((row) => row.entry);
    }
  }

  @Resolver(() => Observation)
  class ObservationResolver {
    @FieldResolver(() => [BreakdownValue], {
      description: "The cell, in the indicator's dimension order; empty for the total.",
    })
    breakdown(@Root() observation: Observation): BreakdownValue[] {
      const order =
        catalogue.definitions.get(observation.indicatorCode)?.dimensions ?? Object.keys(observation.breakdown);
      return order
        .filter((dimension) => dimension in observation.breakdown)
        .map((dimension) =>
          BreakdownValue.of(catalogue.codeLists.get(dimension), dimension, observation.breakdown[dimension]),
        );
    }
  }

  return { DomainIndicator, resolvers: [DomainIndicatorResolver, ObservationResolver] as const };
}

/** Refuses a series bound that is no period ("2015", "2015-Q3", "2015-07"). */
function periodBound(period: string | null | undefined, field: string): void {
  if (period === null || period === undefined || parseObservationPeriod(period)) return;
  throw new UserInputError(
    `${field} must be a period such as "2015", "2015-Q3" or "2015-07", not "${period}".`,
    ErrorCode.BadUserInput,
    { field },
  );
}
