import { CreateIndustrialParks1766500000000 } from "./1766500000000-create-industrial-parks";

/** This domain's own migrations, oldest first; they run after the shared reporting migrations. */
export const investmentMigrations: Function[] = [CreateIndustrialParks1766500000000];
