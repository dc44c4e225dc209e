import { amount, count, sampleDataLoader, type SampleProfile } from "@hpig/sample-data";

/**
 * How the agriculture domain's sample figures look (2011–2020), by indicator: loaded by npm start on the
 * embedded database (marked sample: true), never in production.
 */
export const agricultureSampleProfile: SampleProfile = {
  // Sở Nông nghiệp và Phát triển nông thôn.
  CRAFT_VILLAGES_RECOGNISED: count([21, 19, 22, 23, 23, 24, 25, 25, 26, 27], 0),
  RURAL_INDUSTRY_INFRASTRUCTURE_WORKS: count([12, 8, 13, 15, 14, 17, 19, 18, 21, 16], 0.08),
  RURAL_INDUSTRY_INFRASTRUCTURE_INVESTMENT: amount([86.5, 61.2, 94.8, 108.3, 102.6, 126.4, 141.9, 135.2, 158.7, 119.5]),
};

/** Loads the sample data with this profile (imported lazily by subgraph.ts, only when asked). */
export const loadSample = sampleDataLoader(agricultureSampleProfile);
