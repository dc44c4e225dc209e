import { defineDomainSubgraph } from "@hpig/domain-kit";

import { investmentIndicators } from "./indicators";
import { IndustrialPark } from "./industrial-park/industrial-park.entity";
import {
  IndustrialParkMutations,
  IndustrialParkQueries,
  industrialParkReference,
} from "./industrial-park/industrial-park.resolver";
import { InvestmentProject, InvestmentProjectAdjustment } from "./investment-project/investment-project.entity";
import {
  IndustrialParkProjectsResolver,
  InvestmentProjectMutations,
  InvestmentProjectQueries,
  investmentProjectReference,
  InvestmentProjectResolver,
} from "./investment-project/investment-project.resolver";
import { projectDerivers } from "./investment-project/project-derivers";
import { projectRoutes } from "./investment-project/project-routes";
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
  // Its own records: the industrial parks (BQLKKT) and the investment projects (KHĐT and BQLKKT).
  entities: [IndustrialPark, InvestmentProject, InvestmentProjectAdjustment],
  migrations: investmentMigrations,
  resolvers: [
    IndustrialParkQueries,
    IndustrialParkMutations,
    InvestmentProjectQueries,
    InvestmentProjectMutations,
    InvestmentProjectResolver,
    IndustrialParkProjectsResolver,
  ],
  types: [IndustrialPark, InvestmentProject],
  referenceResolvers: { ...industrialParkReference, ...investmentProjectReference },
  // The project list's spreadsheet import, at /records/investment/projects/….
  routes: projectRoutes,
  // Projects attracted, their capital and the parks' leased land, computed from the projects.
  derivedFigures: projectDerivers,
  // Sample reports, figures, parks and projects for npm start (never loaded in production).
  sampleData: async () => (await import("./sample-profile.js")).loadSample,
});
