import { readFileSync } from "node:fs";

/** A subgraph as the supergraph names it, with the URL the gateway will call. */
export interface SubgraphEndpoint {
  name: string;
  url: string;
}

const JOIN_GRAPH = /@join__graph\(name: "([^"]+)", url: "([^"]*)"\)/g;

/**
 * Reads the committed supergraph and applies URL overrides (Compose and tests run subgraphs
 * elsewhere than the composed defaults). An override for a subgraph the supergraph lacks is an error.
 */
export function loadSupergraph(
  path: string,
  urlOverrides: Record<string, string>,
): { sdl: string; subgraphs: SubgraphEndpoint[] } {
  const sdl = readFileSync(path, "utf8");
  const subgraphs = [...sdl.matchAll(JOIN_GRAPH)].map(([, name, url]) => ({
    name: name,
    url: urlOverrides[name] ?? url,
  }));
  const unknown = Object.keys(urlOverrides).filter((name) => !subgraphs.some((s) => s.name === name));
  if (unknown.length > 0) {
    throw new Error(
      `SUBGRAPH_<NAME>_URL given for ${unknown.join(", ")}, which the supergraph does not have (it has ${subgraphs.map((s) => s.name).join(", ")})`,
    );
  }
  return { sdl, subgraphs };
}

/** A subgraph's base URL (without /graphql), where its /health and /ready live. */
export function baseUrlOf(endpoint: SubgraphEndpoint): string {
  return endpoint.url.replace(/\/graphql\/?$/, "");
}
