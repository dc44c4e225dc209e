/** This domain's own migrations, oldest first; they run after the shared reporting migrations. */
export const industryMigrations: Function[] = [];
