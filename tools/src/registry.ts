import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";

/** The repository root (tools/dist/.. or tools/src/..). */
export const REPO_ROOT = resolve(__dirname, "..", "..");

/** A subgraph as its package declares it: `"subgraph": { "name", "port" }` in services/<dir>/package.json. */
export interface SubgraphEntry {
  name: string;
  port: number;
  /** Package folder, relative to the repository root: services/<dir>. */
  dir: string;
  /** Compiled entry point, relative to the repository root. */
  entry: string;
  /** Environment `npm start` gives it on the embedded default (paths relative to the repository root, where every process runs). */
  devEnv?: Record<string, string>;
}

export const GATEWAY_DEFAULT_PORT = 4000;

/**
 * Every subgraph in the repository. A folder under services/ with a `subgraph` field is one;
 * composition, `npm start`, the test kit and the compose check all read this list, so a new
 * department's subgraph is wired in by existing.
 */
export function listSubgraphs(root: string = REPO_ROOT): SubgraphEntry[] {
  const servicesDir = join(root, "services");
  const entries: SubgraphEntry[] = [];
  for (const dir of readdirSync(servicesDir).sort()) {
    const manifest = join(servicesDir, dir, "package.json");
    if (!existsSync(manifest)) continue;
    const pkg = JSON.parse(readFileSync(manifest, "utf8")) as {
      subgraph?: { name: string; port: number; devEnv?: Record<string, string> };
    };
    if (!pkg.subgraph) continue;
    entries.push({ ...pkg.subgraph, dir: `services/${dir}`, entry: `services/${dir}/dist/index.js` });
  }
  return entries.sort((a, b) => a.port - b.port);
}
