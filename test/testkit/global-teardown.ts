import { removeTemplates } from "./templates";

/** Removes the federation templates the setup made (global-setup.ts). */
export default async function globalTeardown(): Promise<void> {
  await removeTemplates();
}
