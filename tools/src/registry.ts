import { existsSync, readdirSync, readFileSync } from "node:fs";
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

/** The domain manifest, relative to the repository root (kit's DOMAIN_MANIFEST_FILE). */
export const DOMAIN_MANIFEST = "services/domains.json";

/** A domain as the manifest lists it (kit validates the file when a service reads it). */
export interface ManifestDomain {
  name: string;
  domain: string;
  port: number;
  agencies: string[];
  description: string;
}

/** The manifest's domains, in its order. */
export function readManifestDomains(root: string = REPO_ROOT): ManifestDomain[] {
  const file = JSON.parse(readFileSync(join(root, DOMAIN_MANIFEST), "utf8")) as { domains: ManifestDomain[] };
  return file.domains;
}

/**
 * Every subgraph in the repository: each domain of the manifest (services/domains.json, folder
 * services/<name>), and any other folder under services/ whose package.json has a `subgraph`
 * field (plan). Composition, `npm start`, the test kit and the compose check all read this
 * list, so a new department's subgraph is wired in by its manifest entry.
 */
export function listSubgraphs(root: string = REPO_ROOT): SubgraphEntry[] {
  const servicesDir = join(root, "services");
  const entries: SubgraphEntry[] = readManifestDomains(root).map(({ name, port }) => ({
    name,
    port,
    dir: `services/${name}`,
    entry: `services/${name}/dist/index.js`,
  }));
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

/**
 * The subgraphs a federation of only `names` starts: those, and plan, which every domain copies its
 * registry from; every subgraph when `names` is left out. An unknown name is an error.
 */
export function selectSubgraphs(names?: readonly string[], root: string = REPO_ROOT): SubgraphEntry[] {
  const all = listSubgraphs(root);
  if (!names) return all;
  const unknown = names.filter((name) => !all.some((entry) => entry.name === name));
  if (unknown.length > 0) throw new Error(`no subgraph named ${unknown.join(", ")}`);
  return all.filter((entry) => entry.name === "plan" || names.includes(entry.name));
}

/** The gateway's compiled entry point, relative to the repository root. */
export const GATEWAY_ENTRY = "gateway/dist/index.js";

/** Every service's compiled entry point (the subgraphs', then the gateway's), relative to the repository root. */
export function serviceEntries(root: string = REPO_ROOT): string[] {
  return [...listSubgraphs(root).map((entry) => entry.entry), GATEWAY_ENTRY];
}

/**
 * A service's bundle beside its compiled entry point: `services/labour/dist/bundle.js`. It sits in
 * the same dist folder, so paths the code takes from `__dirname` (the domain manifest, the
 * supergraph, the web app) still resolve.
 */
export function bundleOf(entry: string): string {
  return join(entry, "..", "bundle.js");
}
