import { type CodeList, INDUSTRIAL_AREA_CODE_LIST, INDUSTRIAL_PARK_CODE_LIST } from "@hpig/domain-kit";
import { type AuditWriter, recordAudit, runInTransaction, UserInputError } from "@hpig/kit";
import { type DataSource, In } from "typeorm";

import { MonitoringCampaign, MonitoringCampaignStation } from "./campaign.entity";
import { checkKeeper } from "./keeper";
import { MonitoringSample } from "./sample.entity";
import { MonitoringStation } from "./station.entity";
import type { MonitoringCampaignInput, MonitoringStationInput } from "./station.input";

const problem = (field: string, message: string): never => {
  throw new UserInputError(`${field} ${message}`, "BAD_USER_INPUT", { field });
};

function text(field: string, value: string): string {
  if (value.trim() === "" || value.length > 255) problem(field, "must be 1–255 characters and not blank.");
  return value.trim();
}

function codeIn(field: string, list: CodeList, code: string | null | undefined): string | null {
  if (code === null || code === undefined || code === "") return null;
  if (!list.entries.some((entry) => entry.code === code)) problem(field, `"${code}" is not a code of ${list.code}.`);
  return code;
}

/** Adds or updates a station, by an editor of TNMT, audited; its medium cannot change once it has samples. */
export async function recordStation(db: DataSource, input: MonitoringStationInput, now: Date, writer: AuditWriter) {
  checkKeeper(writer.principal, "keeps the monitoring stations");
  if (!/^[A-Z0-9_]{2,32}$/.test(input.code)) problem("code", "must be 2–32 upper-case letters, digits or _.");
  if (!(input.latitude >= 20 && input.latitude <= 21.5)) problem("latitude", "must be within Hải Phòng (20–21.5).");
  if (!(input.longitude >= 106 && input.longitude <= 107.5))
    problem("longitude", "must be within Hải Phòng (106–107.5).");
  const record = {
    code: input.code,
    name: text("name", input.name),
    medium: input.medium,
    latitude: input.latitude,
    longitude: input.longitude,
    address: text("address", input.address),
    parkCode: codeIn("park", INDUSTRIAL_PARK_CODE_LIST, input.park),
    areaCode: codeIn("area", INDUSTRIAL_AREA_CODE_LIST, input.area),
    automatic: input.automatic,
    sample: false,
  };
  return runInTransaction(db, async (manager) => {
    const stations = manager.getRepository(MonitoringStation);
    const before = await stations.findOneBy({ code: input.code });
    if (
      before &&
      before.medium !== input.medium &&
      (await manager.getRepository(MonitoringSample).existsBy({ stationId: before.id }))
    ) {
      problem("medium", `cannot change: station ${input.code} has ${before.medium} samples.`);
    }
    const station = await stations.save(Object.assign(new MonitoringStation(), before ?? {}, record));
    await recordAudit(
      manager,
      writer,
      {
        action: before ? "monitoringStation.update" : "monitoringStation.create",
        entityType: "MonitoringStation",
        entityKey: station.code,
        before: before ? { ...before } : null,
        after: { ...station },
        subjects: [{ type: "MonitoringStation", key: station.code }],
      },
      now,
    );
    return station;
  });
}

const DAY_MS = 86_400_000;

/** Adds or updates a campaign (its dates and stations), by an editor of TNMT, audited. */
export async function recordCampaign(db: DataSource, input: MonitoringCampaignInput, now: Date, writer: AuditWriter) {
  checkKeeper(writer.principal, "keeps the monitoring campaigns");
  if (!/^[A-Z0-9_-]{2,32}$/.test(input.code)) problem("code", "must be 2–32 upper-case letters, digits, _ or -.");
  const span = (Date.parse(input.endsOn) - Date.parse(input.startsOn)) / DAY_MS;
  if (!(span >= 0 && span <= 92)) problem("endsOn", "must be on or after startsOn, within 92 days of it.");
  const codes = [...new Set(input.stations)];
  if (codes.length === 0 || codes.length > 500) problem("stations", "must name 1–500 stations.");
  const name = text("name", input.name);
  return runInTransaction(db, async (manager) => {
    const stations = await manager.getRepository(MonitoringStation).findBy({ code: In(codes) });
    const unknown = codes.filter((code) => !stations.some((station) => station.code === code));
    if (unknown.length > 0) problem("stations", `name unknown stations: ${unknown.join(", ")}.`);
    const automatic = stations.filter((station) => station.automatic).map((station) => station.code);
    if (automatic.length > 0)
      problem("stations", `name automatic stations, which are not sampled in campaigns: ${automatic.join(", ")}.`);
    const campaigns = manager.getRepository(MonitoringCampaign);
    const links = manager.getRepository(MonitoringCampaignStation);
    const before = await campaigns.findOneBy({ code: input.code });
    const beforeStations = before ? (await links.findBy({ campaignId: before.id })).map((link) => link.stationId) : [];
    const campaign = await campaigns.save(
      Object.assign(new MonitoringCampaign(), before ?? {}, {
        code: input.code,
        name,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        sample: false,
      }),
    );
    await links.delete({ campaignId: campaign.id });
    await links.insert(stations.map((station) => ({ campaignId: campaign.id, stationId: station.id })));
    await recordAudit(
      manager,
      writer,
      {
        action: before ? "monitoringCampaign.update" : "monitoringCampaign.create",
        entityType: "MonitoringCampaign",
        entityKey: campaign.code,
        before: before ? { ...before, stationIds: beforeStations } : null,
        after: { ...campaign, stations: stations.map((station) => station.code).sort() },
        subjects: [],
      },
      now,
    );
    return campaign;
  });
}
