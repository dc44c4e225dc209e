import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

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
export default function globalSetup(): void {
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
}
