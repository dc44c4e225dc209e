import type { DomainSubgraphOptions } from "@hpig/domain-kit";

import { MonitoringCampaign, MonitoringCampaignStation } from "./campaign.entity";
import {
  MonitoringCampaignResolver,
  MonitoringMutations,
  MonitoringParameterResolver,
  MonitoringQueries,
  MonitoringStationResolver,
} from "./monitoring.resolver";
import { MonitoringLimit, MonitoringParameter } from "./parameter.entity";
import { MonitoringSample, MonitoringSampleRevision } from "./sample.entity";
import { MonitoringStation } from "./station.entity";
import { mountMonitoringRoutes } from "./upload/routes";

/** Environmental monitoring, as the environment subgraph's table of contents lists it. */
export const monitoringEntities = [
  MonitoringStation,
  MonitoringParameter,
  MonitoringLimit,
  MonitoringCampaign,
  MonitoringCampaignStation,
  MonitoringSample,
  MonitoringSampleRevision,
] as const;

export const monitoringResolvers = [
  MonitoringQueries,
  MonitoringStationResolver,
  MonitoringParameterResolver,
  MonitoringCampaignResolver,
  MonitoringMutations,
] as const;

export { monitoringDerivers } from "./monitoring-derivers";

/** Its routes at /records/environment: the samples upload. */
export const monitoringRoutes: DomainSubgraphOptions["routes"] = mountMonitoringRoutes;
