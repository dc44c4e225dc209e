import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

import { REPO_ROOT } from "./registry";

/** What the web app's build reads: its sources and configuration, the supergraph it is typed from, the domain manifest. */
export const WEB_INPUTS = [
  "web/src",
  "web/index.html",
  "web/vite.config.ts",
  "web/codegen.ts",
  "web/tsconfig.json",
  "web/package.json",
  "schema/supergraph.graphql",
  "services/domains.json",
  "package-lock.json",
];

/** The newest modification time under a folder (or of a file). */
function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** True when web/dist is missing or older than anything its build reads. */
export function webAppStale(root: string = REPO_ROOT): boolean {
  const built = join(root, "web", "dist", "index.html");
  if (!existsSync(built)) return true;
  const inputs = WEB_INPUTS.map((input) => join(root, input)).filter((input) => existsSync(input));
  return Math.max(...inputs.map(newest)) > statSync(built).mtimeMs;
}

/**
 * Builds the web app (codegen, type check, Vite) unless web/dist is newer than everything it is
 * made from: `npm start`, `npm run token`, backup and restore all build first, and the app's build
 * costs some 15 s of CPU. What the build prints is kept and shown only if it fails, and the one
 * line it does print goes to stderr, so that a command's output meant for capture
 * (`TOKEN=$(npm run -s token)`) is only its answer. Returns whether it built.
 */
export function buildWebApp(root: string = REPO_ROOT, force = false): boolean {
  if (!force && !webAppStale(root)) return false;
  const started = performance.now();
  const result = spawnSync("npm", ["run", "build", "--silent", "-w", "@hpig/web"], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 16 << 20,
    // Vite keeps a NODE_ENV it finds (jest's "test" would bundle React's development build).
    env: { ...process.env, NODE_ENV: "production" },
  });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ""}${result.stderr ?? ""}`.trim().split("\n").slice(-40).join("\n");
    throw new Error(`the web app's build failed (exit code ${result.status}):\n${output}`);
  }
  process.stderr.write(`web app built into web/dist in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  return true;
}

if (require.main === module) {
  try {
    buildWebApp(REPO_ROOT, process.argv.includes("--force"));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
