import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

import { DOMAIN_MANIFEST, GATEWAY_DEFAULT_PORT, listSubgraphs, readManifestDomains, REPO_ROOT } from "./registry";
import { isDomainSubgraph } from "./validate-compose";

// The domain manifest (services/domains.json) is the one list of domains; everything that names a
// domain reads it, and this checks that the tree holds what it lists and lists what the tree holds.
// docker-compose.yml and the MySQL init script are checked against it by validate-compose.test.ts.
describe(`the domain manifest, ${DOMAIN_MANIFEST}`, () => {
  const domains = readManifestDomains();
  const read = (path: string) => readFileSync(join(REPO_ROOT, path), "utf8");

  it("names each domain once, upper-cased, on a port of its own", () => {
    expect(domains.map((entry) => entry.domain)).toEqual(domains.map((entry) => entry.name.toUpperCase()));
    const ports = listSubgraphs().map((entry) => entry.port);
    expect(new Set([...ports, GATEWAY_DEFAULT_PORT]).size).toBe(ports.length + 1);
    const agencies = domains.flatMap((entry) => entry.agencies);
    expect(new Set(agencies).size).toBe(agencies.length);
  });

  it.each(domains.map((entry) => [entry.name]))("%s has its folder, defined by its name, and is built", (name) => {
    expect(isDomainSubgraph(REPO_ROOT, `services/${name}`)).toBe(true);
    expect(read(`services/${name}/src/subgraph.ts`)).toContain(`name: "${name}"`);
    const references = (JSON.parse(read("tsconfig.json")) as { references: Array<{ path: string }> }).references;
    expect(references.map((reference) => reference.path)).toContain(`services/${name}`);
  });

  // A domain subgraph defines itself in src/subgraph.ts; sample-data also builds on the domain kit, but is no subgraph.
  it("lists every domain subgraph of the tree", () => {
    const folders = readdirSync(join(REPO_ROOT, "services")).filter(
      (dir) =>
        existsSync(join(REPO_ROOT, "services", dir, "src", "subgraph.ts")) &&
        read(`services/${dir}/src/subgraph.ts`).includes("defineDomainSubgraph(") &&
        isDomainSubgraph(REPO_ROOT, `services/${dir}`),
    );
    expect(folders.sort()).toEqual(domains.map((entry) => entry.name).sort());
  });
});
