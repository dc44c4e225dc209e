import type { ReportingContext } from "@hpig/domain-kit";
import { groupedLoader, keyedLoader } from "@hpig/kit";
import { In } from "typeorm";

import { MonitoringCampaign, MonitoringCampaignStation } from "./campaign.entity";
import { MonitoringLimit, MonitoringParameter } from "./parameter.entity";
import {
  type ExceedanceRow,
  type LimitPeriod,
  selectExceedances,
  selectSeries,
  type SeriesPoint,
  type SeriesQuery,
} from "./sample-query";
import { MonitoringStation } from "./station.entity";

/**
 * The request's monitoring loaders, one statement per relation and distinct arguments however many
 * stations a list holds: kept beside the request's shared loaders (one object per request), as the
 * domain kit's loaders know nothing of monitoring.
 */
function createMonitoringLoaders({ db }: ReportingContext) {
  const series = new Map<string, ReturnType<typeof groupedLoader<number, SeriesPoint>>>();
  const exceedances = new Map<string, ReturnType<typeof groupedLoader<number, ExceedanceRow>>>();
  let parameters: Promise<MonitoringParameter[]> | undefined;
  let limits: Promise<MonitoringLimit[]> | undefined;
  /** Every parameter (a few dozen), read once per request. */
  const allParameters = () =>
    (parameters ??= db.getRepository(MonitoringParameter).find({ order: { medium: "ASC", position: "ASC" } }));
  return {
    parameters: allParameters,
    /** Every limit (a few dozen), oldest first, read once per request: the series judge values by them. */
    limits: () =>
      (limits ??= db.getRepository(MonitoringLimit).find({ order: { parameterId: "ASC", inForceFrom: "ASC" } })),
    campaignsByCode: keyedLoader(
      (codes: readonly string[]) => db.getRepository(MonitoringCampaign).findBy({ code: In([...codes]) }),
      (campaign) => campaign.code,
    ),
    stationsByCampaign: groupedLoader(
      async (ids: readonly number[]) => {
        const links = await db
          .getRepository(MonitoringCampaignStation)
          .find({ where: { campaignId: In([...ids]) }, order: { stationId: "ASC" } });
        const stations = await db.getRepository(MonitoringStation).findBy({ id: In(links.map((l) => l.stationId)) });
        const byId = new Map(stations.map((station) => [station.id, station]));
        return links.map((link) => ({ campaignId: link.campaignId, station: byId.get(link.stationId)! }));
      },
      (link) => link.campaignId,
    ),
    /** One parameter's series (its limits given), one statement per distinct query however many stations. */
    series(query: SeriesQuery, parameterLimits: readonly LimitPeriod[]) {
      const key = JSON.stringify(query);
      let loader = series.get(key);
      if (!loader) {
        loader = groupedLoader(
          (ids: readonly number[]) => selectSeries(db, ids, query, parameterLimits),
          (point) => point.stationId,
        );
        series.set(key, loader);
      }
      return loader;
    },
    exceedances(from: number, to: number) {
      const key = `${from}|${to}`;
      let loader = exceedances.get(key);
      if (!loader) {
        loader = groupedLoader(
          async (ids: readonly number[]) =>
            selectExceedances(
              db,
              ids,
              (await allParameters()).map((parameter) => parameter.id),
              from,
              to,
            ),
          (row) => row.stationId,
        );
        exceedances.set(key, loader);
      }
      return loader;
    },
  };
}

type MonitoringLoaders = ReturnType<typeof createMonitoringLoaders>;

const perRequest = new WeakMap<ReportingContext["loaders"], MonitoringLoaders>();

export function monitoringLoaders(context: ReportingContext): MonitoringLoaders {
  let loaders = perRequest.get(context.loaders);
  if (!loaders) {
    loaders = createMonitoringLoaders(context);
    perRequest.set(context.loaders, loaders);
  }
  return loaders;
}
