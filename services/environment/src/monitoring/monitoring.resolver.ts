import { domainNamespaces, IndustrialParkReference, type ReportingContext } from "@hpig/domain-kit";
import { UserInputError } from "@hpig/kit";
import { GraphQLDateTimeISO } from "graphql-scalars";
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { Between, type FindOptionsWhere } from "typeorm";

import { MonitoringCampaign } from "./campaign.entity";
import { Aggregate, Medium } from "./medium";
import { MonitoringExceedance, MonitoringValue } from "./monitoring.types";
import { monitoringLoaders } from "./monitoring-loaders";
import { MonitoringLimit, MonitoringParameter } from "./parameter.entity";
import { MonitoringLocation, MonitoringStation } from "./station.entity";
import { MonitoringCampaignInput, MonitoringStationInput } from "./station.input";
import { recordCampaign, recordStation } from "./station.service";

const { Queries, Mutations } = domainNamespaces("ENVIRONMENT");

const DAY_SECONDS = 86_400;

/** The longest period a series may span, by aggregate: a year of hourly values, ten years of days. */
const MAX_SPAN_DAYS: Record<Aggregate | "NONE", number> = { NONE: 366, HOUR: 366, DAY: 3_660, MONTH: 36_600 };

/** `environment { stations station parameters campaigns }`: TNMT's monitoring records. */
@Resolver(() => Queries)
export class MonitoringQueries {
  @FieldResolver(() => [MonitoringStation], {
    description: "The monitoring stations, by code; only those of a medium, or of an INDUSTRIAL_AREA code, when given.",
  })
  stations(
    @Ctx() { db }: ReportingContext,
    @Arg("medium", () => Medium, { nullable: true, description: "Only stations of this medium." })
    medium?: Medium | null,
    @Arg("area", () => String, { nullable: true, description: "Only stations of this INDUSTRIAL_AREA code." })
    area?: string | null,
  ): Promise<MonitoringStation[]> {
    const where: FindOptionsWhere<MonitoringStation> = {
      ...(medium ? { medium } : {}),
      ...(area ? { areaCode: area } : {}),
    };
    return db.getRepository(MonitoringStation).find({ where, order: { code: "ASC" } });
  }

  @FieldResolver(() => MonitoringStation, {
    nullable: true,
    description: "One station by code; null for an unknown code.",
  })
  station(
    @Ctx() { db }: ReportingContext,
    @Arg("code", () => String, { description: 'The station\'s code, e.g. "NT_DINH_VU_01".' }) code: string,
  ): Promise<MonitoringStation | null> {
    return db.getRepository(MonitoringStation).findOneBy({ code });
  }

  @FieldResolver(() => [MonitoringParameter], {
    description: "The parameters measured, by medium, with their units and QCVN limits.",
  })
  async parameters(
    @Ctx() context: ReportingContext,
    @Arg("medium", () => Medium, { nullable: true, description: "Only this medium's parameters." })
    medium?: Medium | null,
  ): Promise<MonitoringParameter[]> {
    const all = await monitoringLoaders(context).parameters();
    return medium ? all.filter((parameter) => parameter.medium === medium) : all;
  }

  @FieldResolver(() => [MonitoringCampaign], {
    description:
      "The periodic monitoring campaigns, by start date; only those starting in a year (Viet Nam time), when given.",
  })
  campaigns(
    @Ctx() { db }: ReportingContext,
    @Arg("year", () => Int, { nullable: true, description: "Only campaigns starting in this year." })
    year?: number | null,
  ): Promise<MonitoringCampaign[]> {
    const where = year ? { startsOn: Between(`${year}-01-01`, `${year}-12-31`) } : {};
    return db.getRepository(MonitoringCampaign).find({ where, order: { startsOn: "ASC", code: "ASC" } });
  }
}

/** A period's bounds in whole seconds, checked: `to` after `from`, and no longer than the aggregate allows. */
function period(from: Date, to: Date, aggregate: Aggregate | null): { from: number; to: number } {
  const start = Math.floor(from.getTime() / 1000);
  const end = Math.floor(to.getTime() / 1000);
  if (end <= start) throw new UserInputError("to must be after from.", "BAD_USER_INPUT", { field: "to" });
  const maxDays = MAX_SPAN_DAYS[aggregate ?? "NONE"];
  if (end - start > maxDays * DAY_SECONDS) {
    throw new UserInputError(
      `A period of at most ${maxDays} days ${aggregate ? `by ${aggregate}` : "of values as taken"}: ask a coarser aggregate or a shorter period.`,
      "BAD_USER_INPUT",
      { field: "to" },
    );
  }
  return { from: start, to: end };
}

@Resolver(() => MonitoringStation)
export class MonitoringStationResolver {
  @FieldResolver(() => MonitoringLocation, { description: "Where it is." })
  location(@Root() station: MonitoringStation): MonitoringLocation {
    return { latitude: station.latitude, longitude: station.longitude, address: station.address };
  }

  @FieldResolver(() => IndustrialParkReference, {
    nullable: true,
    description: "The industrial park it stands in (the investment domain's record); null outside a park.",
  })
  park(@Root() station: MonitoringStation): IndustrialParkReference | null {
    return station.parkCode ? Object.assign(new IndustrialParkReference(), { code: station.parkCode }) : null;
  }

  @FieldResolver(() => [MonitoringValue], {
    description:
      "One parameter's values at this station in [from, to), oldest first: as taken, or bucketed by UTC hour, day or month, the aggregates computed in the database. At most 366 days as taken or by HOUR, 3,660 by DAY.",
  })
  async samples(
    @Root() station: MonitoringStation,
    @Ctx() context: ReportingContext,
    @Arg("parameter", () => String, { description: 'The parameter\'s code, e.g. "AIR_SO2".' }) parameter: string,
    @Arg("from", () => GraphQLDateTimeISO, { description: "From this time, included." }) from: Date,
    @Arg("to", () => GraphQLDateTimeISO, { description: "To this time, excluded." }) to: Date,
    @Arg("aggregate", () => Aggregate, {
      nullable: true,
      description: "Bucket by UTC hour, day or month; omitted: every value.",
    })
    aggregate?: Aggregate | null,
  ): Promise<MonitoringValue[]> {
    const loaders = monitoringLoaders(context);
    const bounds = period(from, to, aggregate ?? null);
    const known = (await loaders.parameters()).find((candidate) => candidate.code === parameter);
    if (!known) {
      throw new UserInputError(`"${parameter}" is not a monitoring parameter.`, "BAD_USER_INPUT", {
        field: "parameter",
      });
    }
    const limits = (await loaders.limits()).filter((limit) => limit.parameterId === known.id);
    const points = await loaders
      .series({ parameterId: known.id, ...bounds, aggregate: aggregate ?? null }, limits)
      .load(station.id);
    return points.map((point) => ({
      time: new Date(point.time * 1000),
      value: point.value,
      max: point.max,
      count: point.count,
      exceeds: point.exceeds,
      belowDetection: point.belowDetection,
    }));
  }

  @FieldResolver(() => [MonitoringExceedance], {
    description:
      "The parameters that broke their QCVN limit at this station in [from, to) (at most 366 days), by parameter.",
  })
  async exceedances(
    @Root() station: MonitoringStation,
    @Ctx() context: ReportingContext,
    @Arg("from", () => GraphQLDateTimeISO, { description: "From this time, included." }) from: Date,
    @Arg("to", () => GraphQLDateTimeISO, { description: "To this time, excluded." }) to: Date,
  ): Promise<MonitoringExceedance[]> {
    const loaders = monitoringLoaders(context);
    // Read from every value of every parameter: a year of one automatic station is 70,000 values.
    const bounds = period(from, to, null);
    const [rows, parameters] = await Promise.all([
      loaders.exceedances(bounds.from, bounds.to).load(station.id),
      loaders.parameters(),
    ]);
    const byId = new Map(parameters.map((parameter) => [parameter.id, parameter]));
    return rows.map((row) => ({
      parameter: byId.get(row.parameterId)!,
      samples: row.samples,
      exceeding: row.exceeding,
      max: row.max,
      firstExceedingAt: new Date(row.firstExceedingAt! * 1000),
      lastExceedingAt: new Date(row.lastExceedingAt! * 1000),
    }));
  }
}

@Resolver(() => MonitoringParameter)
export class MonitoringParameterResolver {
  @FieldResolver(() => [MonitoringLimit], {
    description: "Its QCVN limits, oldest first: each in force from its validFrom until the next one's.",
  })
  async limits(@Root() parameter: MonitoringParameter, @Ctx() context: ReportingContext): Promise<MonitoringLimit[]> {
    return (await monitoringLoaders(context).limits()).filter((limit) => limit.parameterId === parameter.id);
  }
}

@Resolver(() => MonitoringCampaign)
export class MonitoringCampaignResolver {
  @FieldResolver(() => [MonitoringStation], { description: "The stations sampled in it, by code." })
  async stations(@Root() campaign: MonitoringCampaign, @Ctx() context: ReportingContext): Promise<MonitoringStation[]> {
    const links = await monitoringLoaders(context).stationsByCampaign.load(campaign.id);
    return links.map((link) => link.station).sort((a, b) => a.code.localeCompare(b.code));
  }
}

/** `mutation { environment { recordMonitoringStation recordMonitoringCampaign } }`: TNMT's editors keep the records. */
@Resolver(() => Mutations)
export class MonitoringMutations {
  @FieldResolver(() => MonitoringStation, {
    nullable: true,
    description:
      "Adds a monitoring station or updates its record, by an editor of TNMT (FORBIDDEN for anyone else); audited (entityType MonitoringStation).",
  })
  recordMonitoringStation(
    @Arg("input", () => MonitoringStationInput, { description: "The station's record." }) input: MonitoringStationInput,
    @Ctx() { db, now, principal, requestId }: ReportingContext,
  ): Promise<MonitoringStation> {
    return recordStation(db, input, now, { principal, requestId });
  }

  @FieldResolver(() => MonitoringCampaign, {
    nullable: true,
    description:
      "Adds a monitoring campaign or updates it (dates, stations), by an editor of TNMT; audited (entityType MonitoringCampaign). Its samples are uploaded with POST /records/environment/samples/upload?campaign=<code>.",
  })
  recordMonitoringCampaign(
    @Arg("input", () => MonitoringCampaignInput, { description: "The campaign's record." })
    input: MonitoringCampaignInput,
    @Ctx() { db, now, principal, requestId }: ReportingContext,
  ): Promise<MonitoringCampaign> {
    return recordCampaign(db, input, now, { principal, requestId });
  }
}
