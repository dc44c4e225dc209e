import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

import { z } from "zod";

/**
 * The domain manifest, services/domains.json: the one list of domain subgraphs. It is JSON, not
 * TypeScript, so the tools (launcher, compose check, scaffold) read and append to it without
 * rewriting code; it sits beside the services. It is found from kit's src/ or dist/ and from a
 * service's bundle (e.g. gateway/dist/bundle.js) alike: the nearest folder above holding services/domains.json.
 */
export const DOMAIN_MANIFEST_FILE = findManifest(__dirname);

function findManifest(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, "services", "domains.json");
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return join(from, "..", "..", "domains.json");
  }
}

const domainEntry = z.object({
  /** Lower-case letters: the subgraph, its folder services/<name>, database and mutation namespace. */
  name: z.string().regex(/^[a-z]{2,32}$/),
  /** The plan's Domain value: the name upper-cased. */
  domain: z.string().regex(/^[A-Z]{2,32}$/),
  port: z.number().int().min(1024).max(65535),
  /** Agency codes whose tasks and figures the domain owns (their `domain` in plan's catalogue). */
  agencies: z.array(z.string().regex(/^[A-Z_]+$/)),
  /** Who reports in it, for the schema's Domain enum. */
  description: z.string().min(1),
});

export type DomainEntry = z.infer<typeof domainEntry>;

const manifestSchema = z
  .object({ $comment: z.string().optional(), domains: z.array(domainEntry).min(1) })
  .superRefine(({ domains }, ctx) => {
    const seen = (values: string[], what: string) => {
      const dup = values.find((value, index) => values.indexOf(value) !== index);
      if (dup) ctx.addIssue({ code: "custom", message: `${what} ${dup} appears twice` });
    };
    seen(
      domains.map((entry) => entry.name),
      "domain name",
    );
    seen(
      domains.map((entry) => String(entry.port)),
      "port",
    );
    seen(
      domains.flatMap((entry) => entry.agencies),
      "agency",
    );
    for (const entry of domains) {
      if (entry.domain !== entry.name.toUpperCase()) {
        ctx.addIssue({ code: "custom", message: `${entry.name}: its domain must be ${entry.name.toUpperCase()}` });
      }
    }
  });

/** The manifest's domains as written in `file`; throws naming the problem when it is malformed. */
export function readDomainManifest(file: string = DOMAIN_MANIFEST_FILE): DomainEntry[] {
  const parsed = manifestSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  return parsed.data.domains;
}

/** Every domain subgraph, in the manifest's order (read once). */
export const DOMAINS: readonly DomainEntry[] = readDomainManifest();

/** The manifest entry of a domain subgraph by its name ("labour"); throws for an unknown one. */
export function domainEntryNamed(name: string): DomainEntry {
  const entry = DOMAINS.find((candidate) => candidate.name === name);
  if (!entry) throw new Error(`"${name}" is not in ${DOMAIN_MANIFEST_FILE}`);
  return entry;
}

/** The domain that owns an agency's tasks, or null for an agency that only coordinates. */
export function domainOfAgency(code: string): string | null {
  return DOMAINS.find((entry) => entry.agencies.includes(code))?.domain ?? null;
}
