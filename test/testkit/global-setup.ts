import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

import type { noonInVietnamOffsetMs as NoonInVietnamOffsetMs } from "@hpig/kit";

import type { buildTemplates as BuildTemplates } from "./templates";

const ROOT = resolve(__dirname, "..", "..");

/** The newest modification time under a folder (or of a file). */
function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** True when web/dist is missing or older than the app's sources or the supergraph it is typed from. */
function webAppStale(): boolean {
  const built = join(ROOT, "web", "dist", "index.html");
  if (!existsSync(built)) return true;
  const sources = ["web/src", "web/index.html", "web/vite.config.ts", "schema/supergraph.graphql"];
  return Math.max(...sources.map((source) => newest(join(ROOT, source)))) > statSync(built).mtimeMs;
}

/**
 * The integration suite runs the bundled services and the built web app, as `npm start` does:
 * build first (tsc is incremental; the bundles and the app are rebuilt only when their sources changed).
 */
export default async function globalSetup(): Promise<void> {
  execFileSync("npx", ["tsc", "-b"], { cwd: ROOT, stdio: "inherit" });
  // The services start from their bundles (rebuilt only when the compiled code changed).
  execFileSync(process.execPath, [join(ROOT, "tools", "dist", "bundle.js")], { cwd: ROOT, stdio: "inherit" });
  // Jest sets NODE_ENV=test, which Vite would keep, bundling React's development build: build as `npm run build` does.
  if (webAppStale())
    execFileSync("npm", ["run", "build", "--silent", "-w", "@hpig/web"], {
      cwd: ROOT,
      stdio: "inherit",
      env: { ...process.env, NODE_ENV: "production" },
    });
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
