import { type Logger, runInTransaction } from "@hpig/kit";
import { type Rng, rngFor } from "@hpig/sample-data";
import type { DataSource } from "typeorm";

import { MonitoringCampaign, MonitoringCampaignStation } from "./campaign.entity";
import { Medium } from "./medium";
import { MonitoringLimit, MonitoringParameter } from "./parameter.entity";
import { MonitoringSample } from "./sample.entity";
import { MonitoringStation } from "./station.entity";

type StationRecord = Omit<MonitoringStation, "id" | "sample">;

/** A few stations in and around the parks and one cluster; one automatic wastewater station. */
const STATIONS: readonly StationRecord[] = [
  {
    code: "KK_DINH_VU_01",
    name: "Điểm quan trắc không khí KCN Đình Vũ",
    medium: Medium.AIR,
    latitude: 20.8358,
    longitude: 106.7705,
    address: "Đường Đình Vũ, phường Đông Hải 2, quận Hải An",
    parkCode: "DINH_VU",
    areaCode: "DINH_VU",
    automatic: false,
  },
  {
    code: "NT_NOMURA_01",
    name: "Cửa xả nước thải tập trung KCN Nomura",
    medium: Medium.WASTEWATER,
    latitude: 20.8716,
    longitude: 106.6001,
    address: "KCN Nomura, xã An Hưng, huyện An Dương",
    parkCode: "NOMURA",
    areaCode: "NOMURA",
    automatic: false,
  },
  {
    code: "NM_VSIP_01",
    name: "Sông Cấm, đoạn tiếp nhận nước thải KCN VSIP Hải Phòng",
    medium: Medium.SURFACE_WATER,
    latitude: 20.9157,
    longitude: 106.6823,
    address: "Bờ sông Cấm, xã Lập Lễ, huyện Thủy Nguyên",
    parkCode: null,
    areaCode: "VSIP_HAI_PHONG",
    automatic: false,
  },
  {
    code: "NN_TRANG_DUE_01",
    name: "Giếng quan trắc nước dưới đất KCN Tràng Duệ",
    medium: Medium.GROUNDWATER,
    latitude: 20.8893,
    longitude: 106.5392,
    address: "KCN Tràng Duệ, xã Hồng Phong, huyện An Dương",
    parkCode: "TRANG_DUE",
    areaCode: "TRANG_DUE",
    automatic: false,
  },
  {
    code: "KK_VINH_NIEM_01",
    name: "Điểm quan trắc không khí CCN Vĩnh Niệm",
    medium: Medium.AIR,
    latitude: 20.8237,
    longitude: 106.6681,
    address: "Phường Vĩnh Niệm, quận Lê Chân",
    parkCode: null,
    areaCode: "CCN_VINH_NIEM",
    automatic: false,
  },
  {
    code: "TD_NT_DINH_VU",
    name: "Trạm quan trắc nước thải tự động, liên tục KCN Đình Vũ",
    medium: Medium.WASTEWATER,
    latitude: 20.8321,
    longitude: 106.7762,
    address: "Trạm xử lý nước thải tập trung KCN Đình Vũ, quận Hải An",
    parkCode: "DINH_VU",
    areaCode: "DINH_VU",
    automatic: true,
  },
];

const FIRST_YEAR = 2011;
const LAST_YEAR = 2020;
/** The automatic station's sample: four weeks of hourly values from this hour (UTC). */
const AUTOMATIC_FROM = Date.UTC(2020, 10, 2) / 1000;
const AUTOMATIC_HOURS = 28 * 24;

/** A value of a parameter under its (latest) limit: mostly well within it, now and then over, now and then below detection. */
function sampleValue(rng: Rng, limit: MonitoringLimit | undefined): { value: number; belowDetection: boolean } {
  const round = (value: number) => Math.round(value * 1000) / 1000;
  if (!limit) return { value: round(22 + 10 * rng.next()), belowDetection: false };
  const breaks = rng.chance(0.08);
  if (limit.min !== null && limit.max !== null) {
    const middle = (limit.min + limit.max) / 2;
    const half = (limit.max - limit.min) / 2;
    const offset = breaks ? half * (1.05 + 0.3 * rng.next()) : half * 0.8 * (2 * rng.next() - 1);
    return { value: round(middle + (rng.chance(0.5) ? offset : -Math.abs(offset))), belowDetection: false };
  }
  if (limit.min !== null) {
    return { value: round(limit.min * (breaks ? 0.6 + 0.35 * rng.next() : 1.15 + rng.next())), belowDetection: false };
  }
  if (rng.chance(0.03)) return { value: round(limit.max! * 0.02), belowDetection: true };
  return {
    value: round(limit.max! * (breaks ? 1.05 + 0.5 * rng.next() : 0.2 + 0.75 * rng.next())),
    belowDetection: false,
  };
}

/**
 * Sample monitoring records, marked sample: true, into an empty station table: the stations, a
 * campaign every quarter 2011–2020 (each periodic station sampled once, every parameter of its
 * medium), and four weeks of the automatic station's hourly values. Deterministic: the same rows
 * on every machine.
 */
export async function loadMonitoringSample(db: DataSource, logger: Logger): Promise<void> {
  if ((await db.getRepository(MonitoringStation).count()) > 0) return;
  const parameters = await db.getRepository(MonitoringParameter).find({ order: { position: "ASC" } });
  const latestLimit = new Map(
    (await db.getRepository(MonitoringLimit).find({ order: { inForceFrom: "ASC" } })).map((limit) => [
      limit.parameterId,
      limit,
    ]),
  );
  const counts = await runInTransaction(db, async (manager) => {
    const stations = await manager
      .getRepository(MonitoringStation)
      .save(STATIONS.map((station) => Object.assign(new MonitoringStation(), station, { sample: true })));
    const periodic = stations.filter((station) => !station.automatic);
    const samples: MonitoringSample[] = [];
    const add = (station: MonitoringStation, takenAt: number, campaignId: number | null, rng: Rng) => {
      for (const parameter of parameters.filter((candidate) => candidate.medium === station.medium)) {
        samples.push(
          Object.assign(new MonitoringSample(), {
            stationId: station.id,
            parameterId: parameter.id,
            takenAt,
            campaignId,
            ...sampleValue(rng, latestLimit.get(parameter.id)),
          }),
        );
      }
    };
    let campaigns = 0;
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      for (let quarter = 1; quarter <= 4; quarter++) {
        const month = (quarter - 1) * 3 + 2;
        const startsOn = `${year}-${String(month).padStart(2, "0")}-10`;
        const campaign = await manager.getRepository(MonitoringCampaign).save(
          Object.assign(new MonitoringCampaign(), {
            code: `QT-${year}-Q${quarter}`,
            name: `Quan trắc môi trường định kỳ quý ${quarter}/${year} các khu, cụm công nghiệp`,
            startsOn,
            endsOn: `${year}-${String(month).padStart(2, "0")}-14`,
            sample: true,
          }),
        );
        campaigns += 1;
        await manager
          .getRepository(MonitoringCampaignStation)
          .insert(periodic.map((station) => ({ campaignId: campaign.id, stationId: station.id })));
        for (const [index, station] of periodic.entries()) {
          // One station a day from the 10th, at 09:00 Viet Nam time (02:00 UTC).
          const takenAt = Date.UTC(year, month - 1, 10 + index, 2) / 1000;
          add(station, takenAt, campaign.id, rngFor(campaign.code, station.code, "monitoring"));
        }
      }
    }
    const automatic = stations.find((station) => station.automatic)!;
    const rng = rngFor("MONITORING", automatic.code, "hourly");
    for (let hour = 0; hour < AUTOMATIC_HOURS; hour++) add(automatic, AUTOMATIC_FROM + hour * 3600, null, rng);
    for (let start = 0; start < samples.length; start += 500) {
      await manager.getRepository(MonitoringSample).insert(samples.slice(start, start + 500));
    }
    return { stations: stations.length, campaigns, samples: samples.length };
  });
  logger.info(counts, "sample monitoring records loaded (marked sample: true)");
}
