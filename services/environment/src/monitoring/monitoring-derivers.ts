import type { DerivedCell, FigureDeriver } from "@hpig/domain-kit";
import type { EntityManager } from "typeorm";

import { MonitoringCampaign } from "./campaign.entity";
import { monitoringLoaders } from "./monitoring-loaders";
import { EXCEEDS, LIMIT_IN_FORCE, limitPeriods } from "./sample-query";

const AREA = "INDUSTRIAL_AREA";

/** A record counted, and the INDUSTRIAL_AREA code of its station (null outside the areas: in the total only). */
interface Counted {
  key: string;
  area: string | null;
}

/** The year's bounds as campaigns' start days (Viet Nam dates) are compared. */
const yearDays = (year: number) => [`${year}-01-01`, `${year}-12-31`];

/**
 * The total (each record once) and one cell per area of the year's campaigns' stations (a record
 * in each area it concerns; 0 where none), the records' keys sorted.
 */
function cells(areas: ReadonlySet<string>, counted: readonly Counted[]): DerivedCell[] {
  const keys = (records: readonly Counted[]) => [...new Set(records.map((record) => record.key))].sort();
  const total = keys(counted);
  return [
    { breakdown: {}, value: total.length, recordKeys: total },
    ...[...areas].sort().map((area) => {
      const inArea = keys(counted.filter((record) => record.area === area));
      return { breakdown: { [AREA]: area }, value: inArea.length, recordKeys: inArea };
    }),
  ];
}

/** The year's campaigns, each with the area of each station it samples. */
async function campaignsOf(manager: EntityManager, year: number): Promise<Counted[]> {
  const rows: Array<{ campaign: string; area: string | null }> = await manager.query(
    `SELECT c.code AS campaign, st.area_code AS area FROM monitoring_campaign c
LEFT JOIN monitoring_campaign_station cs ON cs.campaign_id = c.id
LEFT JOIN monitoring_station st ON st.id = cs.station_id
WHERE c.starts_on >= ? AND c.starts_on <= ?`,
    yearDays(year),
  );
  return rows.map((row) => ({ key: row.campaign, area: row.area }));
}

const areasOf = (records: readonly Counted[]) =>
  new Set(records.map((record) => record.area).filter((area): area is string => area !== null));

/**
 * The year's campaign samples: one per station and time (a sample analysed for several
 * parameters is one sample, as the appendix counts them), with whether any of its values broke
 * the limit in force when it was taken.
 */
async function samplesOf(manager: EntityManager, year: number): Promise<Array<Counted & { exceeding: boolean }>> {
  const rows: Array<{ station: string; area: string | null; taken_at: number | string; exceeding: number | string }> =
    await manager.query(
      `WITH ${limitPeriods("")}
SELECT st.code AS station, st.area_code AS area, s.taken_at AS taken_at, MAX(${EXCEEDS}) AS exceeding
FROM monitoring_campaign c
JOIN monitoring_sample s ON s.campaign_id = c.id
JOIN monitoring_station st ON st.id = s.station_id
${LIMIT_IN_FORCE}
WHERE c.starts_on >= ? AND c.starts_on <= ?
GROUP BY st.code, st.area_code, s.taken_at`,
      yearDays(year),
    );
  return rows.map((row) => ({
    key: `${row.station}@${new Date(Number(row.taken_at) * 1000).toISOString()}`,
    area: row.area,
    exceeding: Number(row.exceeding) === 1,
  }));
}

const COUNTED =
  "Chỉ tính các đợt quan trắc định kỳ bắt đầu trong năm (giờ Việt Nam) và mẫu lấy trong các đợt đó, không tính số liệu giờ của trạm tự động; theo khu, cụm công nghiệp của điểm quan trắc. / Only the periodic campaigns starting in the year (Viet Nam time) and the samples taken in them, not automatic stations' hourly values; by the station's industrial area.";

/**
 * Appendix row 8's monitoring figures, from TNMT's records: campaigns, samples (a station's
 * sampling at one time, however many parameters were analysed) and samples with at least one
 * value over the QCVN limit in force when taken.
 */
export const monitoringDerivers: readonly FigureDeriver[] = [
  {
    indicatorCode: "ENV_MONITORING_CAMPAIGNS",
    recordType: "MonitoringCampaign",
    recordName: "đợt quan trắc",
    records: {
      type: MonitoringCampaign,
      load: (keys, context) => monitoringLoaders(context).campaignsByCode.loadMany(keys),
    },
    method: `Số đợt quan trắc; một đợt được tính ở mỗi khu có điểm quan trắc trong đợt và một lần ở tổng. ${COUNTED} / The number of campaigns; a campaign counts in each area it samples and once in the total.`,
    derive: async (manager, year) => {
      const campaigns = await campaignsOf(manager, year);
      return cells(areasOf(campaigns), campaigns);
    },
  },
  {
    indicatorCode: "ENV_MONITORING_SAMPLES",
    // No type of its own in the schema: a sample's key "STATION@time" is read with station(code) { samples }.
    recordType: "MonitoringSample",
    recordName: "mẫu",
    method: `Số mẫu: mỗi lần lấy mẫu tại một điểm là một mẫu, dù phân tích bao nhiêu thông số. ${COUNTED} / A sample is one sampling of one station at one time, however many parameters were analysed.`,
    derive: async (manager, year) => {
      const [campaigns, samples] = await Promise.all([campaignsOf(manager, year), samplesOf(manager, year)]);
      return cells(areasOf(campaigns), samples);
    },
  },
  {
    indicatorCode: "ENV_MONITORING_SAMPLES_EXCEEDING",
    recordType: "MonitoringSample",
    recordName: "mẫu",
    method: `Số mẫu có ít nhất một thông số vượt giới hạn QCVN có hiệu lực khi lấy mẫu (lớn hơn giới hạn tối đa, hoặc nhỏ hơn giới hạn tối thiểu). ${COUNTED} / Samples with at least one value over the QCVN limit in force when taken (above a maximum or below a minimum).`,
    derive: async (manager, year) => {
      const [campaigns, samples] = await Promise.all([campaignsOf(manager, year), samplesOf(manager, year)]);
      return cells(
        areasOf(campaigns),
        samples.filter((sample) => sample.exceeding),
      );
    },
  },
];
