import type { SampleDataLoader } from "@hpig/domain-kit";
import {
  amount,
  type Builder,
  capAt,
  cell,
  count,
  FIRST_YEAR,
  type SampleCell,
  type SampleContext,
  sampleDataLoader,
  type SampleProfile,
  settle,
  settledSum,
  sumOf,
  TOTAL,
  yearly,
  YEARS,
} from "@hpig/sample-data";

import { loadSampleApprovals } from "./eia/sample-approvals";
import { loadMonitoringSample } from "./monitoring/sample-records";

const MONITORED_CLUSTERS = ["CCN_VINH_NIEM", "CCN_QUAN_TRU", "CCN_TAN_LIEN"];

interface MonitoringFigures {
  campaigns: SampleCell[];
  samples: SampleCell[];
  exceeding: SampleCell[];
}

/**
 * Monitoring by area and, first in each list, the city's total. Parks are monitored quarterly and
 * the clusters twice a year, except in 2012, when the budget allowed one campaign fewer; each
 * campaign takes some fifteen samples, and fewer of them exceed the limits as the years go by.
 */
function monitoring(context: SampleContext): MonitoringFigures {
  const areas = (context.codeLists.get("INDUSTRIAL_AREA")?.entries ?? []).filter(
    (entry) =>
      !entry.code.startsWith("CCN_") ||
      MONITORED_CLUSTERS.includes(entry.code) ||
      entry.code === "OTHER_HIGH_RISK_AREA",
  );
  const campaigns: SampleCell[] = [];
  const samples: SampleCell[] = [];
  const rates: Array<Map<number, number>> = [];
  for (const area of areas) {
    const kind = area.code.startsWith("CCN_") ? "cluster" : area.code === "OTHER_HIGH_RISK_AREA" ? "other" : "park";
    const years = YEARS.filter((year) => year >= (area.validFrom ?? FIRST_YEAR));
    const rng = context.rng("ENV_MONITORING", area.code, "path");
    const usual = kind === "park" ? 4 : kind === "cluster" ? 2 : 6;
    const campaignPath = years.map((year) => (year === 2012 ? usual - 1 : usual));
    const breakdown = { INDUSTRIAL_AREA: area.code };
    const campaignFigures = settle(yearly(campaignPath), {
      scale: 1,
      rng: context.rng("ENV_MONITORING_CAMPAIGNS", area.code, "estimate"),
      spread: "none",
      min: 0,
    });
    const perCampaign = kind === "park" ? 17 : kind === "cluster" ? 11 : 14;
    const samplePath = campaignPath.map((count) => count * (perCampaign + 2 * (2 * rng.next() - 1)));
    const [first, last] = kind === "park" ? [0.1, 0.05] : kind === "cluster" ? [0.2, 0.12] : [0.28, 0.18];
    rates.push(
      new Map(
        years.map((year) => [
          year,
          (first + ((last - first) * (year - FIRST_YEAR)) / 9) * (1 + 0.2 * (2 * rng.next() - 1)),
        ]),
      ),
    );
    campaigns.push(cell(breakdown, campaignFigures));
    samples.push(
      cell(
        breakdown,
        settle(yearly(samplePath), {
          scale: 1,
          rng: context.rng("ENV_MONITORING_SAMPLES", area.code, "estimate"),
          spread: { relative: 0.04 },
          min: 0,
        }),
      ),
    );
  }
  const samplesTotal = settledSum(samples);
  const exceeding = samples.map((sampleCell, index) => {
    const path = [...sampleCell.figures].map(([period, figure]) => figure.official * rates[index].get(Number(period))!);
    const figures = settle(yearly(path), {
      scale: 1,
      rng: context.rng("ENV_MONITORING_SAMPLES_EXCEEDING", areas[index].code, "estimate"),
      spread: { relative: 0.1 },
      min: 0,
    });
    capAt(figures, sampleCell.figures);
    return cell(sampleCell.breakdown, figures);
  });
  settledSum(exceeding);
  for (const [index, exceedingCell] of exceeding.entries()) capAt(exceedingCell.figures, samples[index].figures);
  return {
    campaigns: [cell(TOTAL, sumOf(campaigns)), ...campaigns],
    samples: [cell(TOTAL, samplesTotal), ...samples],
    exceeding: [cell(TOTAL, sumOf(exceeding)), ...exceeding],
  };
}

const monitoringIndicator =
  (field: keyof MonitoringFigures): Builder =>
  (context) => ({ scale: 1, cells: monitoring(context)[field] });

/**
 * How the environment domain's sample figures look (2011–2020), by indicator: loaded by npm start on the
 * embedded database (marked sample: true), never in production.
 */
export const environmentSampleProfile: SampleProfile = {
  // Sở Tài nguyên và Môi trường.
  PROJECTS_EIA_APPROVED: count([72, 61, 78, 85, 91, 98, 112, 124, 119, 104]),
  PROJECTS_ENV_COMMITMENT_APPROVED: count([286, 247, 302, 318, 334, 291, 305, 322, 340, 311]),
  INDUSTRIAL_LAND_ALLOCATED_HA: amount(
    [186.4, 142.7, 205.3, 238.9, 264.1, 312.6, 356.8, 402.5, 371.2, 328.4],
    10,
    0.05,
  ),
  INDUSTRIAL_PROJECTS_LAND_ALLOCATED: count([28, 21, 31, 34, 38, 44, 52, 57, 53, 46], 0.06),
  ENV_MONITORING_CAMPAIGNS: monitoringIndicator("campaigns"),
  ENV_MONITORING_SAMPLES: monitoringIndicator("samples"),
  ENV_MONITORING_SAMPLES_EXCEEDING: monitoringIndicator("exceeding"),
};

const loadFigures = sampleDataLoader(environmentSampleProfile);

/** Loads the sample data with this profile, and TNMT's sample records (imported lazily by subgraph.ts, only when asked). */
export const loadSample: SampleDataLoader = async (db, domain, logger, catalogue) => {
  await loadFigures(db, domain, logger, catalogue);
  await loadSampleApprovals(db);
  await loadMonitoringSample(db, logger);
};
