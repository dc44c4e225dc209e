import { execFileSync } from "node:child_process";
import { join, resolve } from "node:path";

import type { noonInVietnamOffsetMs as NoonInVietnamOffsetMs } from "@hpig/kit";

import type { buildTemplates as BuildTemplates } from "./templates";

const ROOT = resolve(__dirname, "..", "..");

/**
 * The integration suite runs the bundled services and the built web app, as `npm start` does:
 * build first (tsc is incremental; the bundles and the app are rebuilt only when their sources changed).
 */
export default async function globalSetup(): Promise<void> {
  execFileSync("npx", ["tsc", "-b"], { cwd: ROOT, stdio: "inherit" });
  // The services start from their bundles (rebuilt only when the compiled code changed).
  execFileSync(process.execPath, [join(ROOT, "tools", "dist", "bundle.js")], { cwd: ROOT, stdio: "inherit" });
  // The web app, as `npm run build` builds it (only when its sources changed).
  execFileSync(process.execPath, [join(ROOT, "tools", "dist", "build-web.js")], { cwd: ROOT, stdio: "inherit" });
  // Loaded only now: they are the packages just built. The setup runs outside the test runtime, so
  // @hpig/kit is the compiled package here.
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { noonInVietnamOffsetMs } = require("@hpig/kit") as { noonInVietnamOffsetMs: typeof NoonInVietnamOffsetMs };
  const { buildTemplates } = require("./templates") as { buildTemplates: typeof BuildTemplates };
  /* eslint-enable @typescript-eslint/no-require-imports */
  // One clock for the whole run (clock-setup.ts keeps it): the template's first writes and every test read the same.
  process.env["CLOCK_OFFSET_MS"] ||= String(noonInVietnamOffsetMs(Date.now()));
  await buildTemplates();
}
