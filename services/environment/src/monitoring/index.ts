import type { DomainSubgraphOptions } from "@hpig/domain-kit";

import { MonitoringCampaign, MonitoringCampaignStation } from "./campaign.entity";
import {
  MonitoringCampaignResolver,
  MonitoringParameterResolver,
  MonitoringQueries,
  MonitoringStationResolver,
} from "./monitoring.resolver";
import { MonitoringLimit, MonitoringParameter } from "./parameter.entity";
import { MonitoringSample, MonitoringSampleRevision } from "./sample.entity";
import { MonitoringStation } from "./station.entity";

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
] as const;

export const monitoringRoutes: DomainSubgraphOptions["routes"] = () => undefined;
