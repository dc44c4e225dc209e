import { Arg, Ctx, FieldResolver, ID, Int, Resolver } from "type-graphql";

import type { ReportingContext } from "../context";
import { domainNamespaces } from "../domain/domain-operations";
import { breakdownKey } from "../indicators/breakdown";
import { BreakdownValue } from "../indicators/dimension";
import { ObservationPeriodType } from "../indicators/indicator-definition";
import { ObservationBatchResult } from "../indicators/observation-batch";
import type { IndicatorCatalogue } from "../indicators/observation-rules";
import { ObservationStatus } from "../indicators/observation-status";
import { seriesQuery } from "../indicators/series-query";
import { DerivedFigure, DerivedFigureCell } from "./derived-figure.types";
import { checkDerivedYear, deriveYear, selectDerivers, submitDerivedFigures } from "./derived-figures";
import type { FigureDeriver } from "./figure-deriver";

/**
 * `<domain> { derivedFigures(year) }` and `mutation { <domain> { submitDerivedFigures(…) } }`: the
 * figures a domain computes from its records beside those submitted, and their submission. Every
 * domain has both (a domain without derivers lists none).
 */
export function createDerivedFigureOperations(
  domain: string,
  catalogue: IndicatorCatalogue,
  derivers: readonly FigureDeriver[],
) {
  const { Queries, Mutations } = domainNamespaces(domain);
  const derivedList = derivers.map((deriver) => deriver.indicatorCode).join(", ") || "none";

  @Resolver(() => Queries)
  class DerivedFigureQueries {
    @FieldResolver(() => [DerivedFigure], {
      description: `The yearly figures this domain computes from its own records (here: ${derivedList}), cell by cell, beside the latest figure submitted for each cell and the difference. Any signed-in caller reads them.`,
    })
    async derivedFigures(
      @Arg("year", () => Int, { description: "The year, 1990 to this year." }) year: number,
      @Ctx() { db, loaders, now }: ReportingContext,
      @Arg("indicators", () => [ID], { nullable: true, description: "Only these indicators; all when left out." })
      indicators?: string[] | null,
    ): Promise<DerivedFigure[]> {
      checkDerivedYear(year, now);
      const derived = await deriveYear(db.manager, selectDerivers(derivers, indicators), year);
      const period = String(year);
      const submitted = loaders.series(
        seriesQuery({ from: period, to: period, periodType: ObservationPeriodType.YEAR, includeRevisions: false }),
      );
      return Promise.all(
        derived.map(async ({ deriver, cells }) => {
          const definition = catalogue.definitions.get(deriver.indicatorCode);
          const latest = new Map(
            (await submitted.load(deriver.indicatorCode)).map((observation) => [observation.breakdownKey, observation]),
          );
          return Object.assign(new DerivedFigure(), {
            indicatorCode: deriver.indicatorCode,
            period,
            unit: definition?.unit ?? "",
            recordType: deriver.recordType,
            method: deriver.method,
            cells: cells.map((cell) => {
              const observation = latest.get(breakdownKey(cell.breakdown)) ?? null;
              const order = definition?.dimensions ?? Object.keys(cell.breakdown);
              return Object.assign(new DerivedFigureCell(), {
                breakdown: order
                  .filter((dimension) => dimension in cell.breakdown)
                  .map((dimension) =>
                    BreakdownValue.of(catalogue.codeLists.get(dimension), dimension, cell.breakdown[dimension]),
                  ),
                derivedValue: cell.value,
                submittedValue: observation?.value ?? null,
                difference: observation ? Number((cell.value - observation.value).toFixed(6)) : null,
                submitted: observation,
                recordCount: cell.recordKeys.length,
                recordKeys: [...cell.recordKeys],
              });
            }),
          });
        }),
      );
    }
  }

  @Resolver(() => Mutations)
  class DerivedFigureMutations {
    @FieldResolver(() => ObservationBatchResult, {
      nullable: true,
      description: `Submits the figures of a year derived from this domain's records (here: ${derivedList}) as the indicators' yearly figures, through the same checks, rights (an editor of the unit that reports every indicator named, FORBIDDEN otherwise), revisions and audit as submitObservations; each new revision keeps its provenance (Observation.provenance), and its source says how many records it was derived from. A cell whose latest figure is the same is not recorded again. Check with dryRun first.`,
    })
    submitDerivedFigures(
      @Arg("year", () => Int, { description: "The year, 1990 to this year." }) year: number,
      @Arg("indicators", () => [ID], { description: "The indicators to submit, each one derived here." })
      indicators: string[],
      @Ctx() { db, now, principal, requestId }: ReportingContext,
      @Arg("dryRun", () => Boolean, {
        defaultValue: false,
        description: "Check everything and report what would change, without writing.",
      })
      dryRun: boolean,
      @Arg("status", () => ObservationStatus, {
        defaultValue: ObservationStatus.OFFICIAL,
        description: "The status the figures are submitted with (the records of a past year are complete: OFFICIAL).",
      })
      status: ObservationStatus,
    ): Promise<ObservationBatchResult> {
      return submitDerivedFigures(db, catalogue, derivers, { year, indicators, dryRun, status }, now, {
        principal,
        requestId,
      });
    }
  }

  return { resolvers: [DerivedFigureQueries, DerivedFigureMutations] as const };
}
