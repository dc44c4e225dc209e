import { CreateIndustrialParks1766500000000 } from "./1766500000000-create-industrial-parks";
import { CreateInvestmentProjects1767000000001 } from "./1767000000001-create-investment-projects";

/** This domain's own migrations, oldest first; they run after the shared reporting migrations. */
export const investmentMigrations: Function[] = [
  CreateIndustrialParks1766500000000,
  CreateInvestmentProjects1767000000001,
];
