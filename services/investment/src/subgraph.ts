import { defineDomainSubgraph } from "@hpig/domain-kit";

import { investmentIndicators } from "./indicators";
import { IndustrialPark } from "./industrial-park/industrial-park.entity";
import {
  IndustrialParkMutations,
  IndustrialParkQueries,
  industrialParkReference,
} from "./industrial-park/industrial-park.resolver";
import { investmentMigrations } from "./migrations";

/**
 * The investment domain: Sở Kế hoạch và Đầu tư (KHĐT), Ban quản lý Khu kinh tế, and for now Sở Tài
 * chính, Sở Xây dựng, Sở Giao thông vận tải. What it shares with every domain (tasks, reports,
 * figures, obligations, rights, audit) comes from @hpig/domain-kit; what is its own is listed here.
 */
export const investmentSubgraph = defineDomainSubgraph({
  name: "investment",
  // Its figures: the parks' areas and occupancy (BQLKKT), projects and capital attracted (KHĐT).
  indicators: investmentIndicators,
  // Its own records: the industrial parks, kept by BQLKKT.
  entities: [IndustrialPark],
  migrations: investmentMigrations,
  resolvers: [IndustrialParkQueries, IndustrialParkMutations],
  types: [IndustrialPark],
  referenceResolvers: industrialParkReference,
  // Sample reports, figures and parks for npm start (never loaded in production).
  sampleData: async () => (await import("./sample-profile.js")).loadSample,
});
