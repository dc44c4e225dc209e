import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";

import { Alias, type Document, parseDocument, type Scalar, type YAMLMap, type YAMLSeq } from "yaml";

import { DOMAIN_MANIFEST, GATEWAY_DEFAULT_PORT, listSubgraphs, type ManifestDomain, REPO_ROOT } from "./registry";
import { isDomainSubgraph } from "./validate-compose";

/**
 * `npm run new:subgraph -- <name>`: a department's domain subgraph, wired in everywhere the
 * repository needs it. Every step checks before it writes, so running it again for an existing
 * subgraph adds only what is missing.
 */

export interface NewSubgraphOptions {
  /** Lower-case letters: the subgraph, its folder, database and mutation namespace; upper-cased, its domain. */
  name: string;
  /** Who reports in it, e.g. "Sở Văn hóa, Thể thao và Du lịch (VHTTDL)"; needed for new files and a new domain. */
  description?: string;
  port?: number;
  /** Agency codes whose tasks the new domain owns (their `domain` in plan's catalogue). */
  agencies?: string[];
  /** Leave out `npm install` (a test copy links node_modules itself). */
  skipInstall?: boolean;
}

export interface SubgraphSpec {
  name: string;
  domain: string;
  /** "Tourism": the prefix of the domain's GraphQL types, as kit's domainTypePrefix makes it. */
  typePrefix: string;
  port: number;
  description?: string;
}

export const TEMPLATE_DIR = resolve(__dirname, "..", "templates", "subgraph");
/** The integration test of the domain's own type, written to test/<name>-facilities.test.ts. */
export const TEST_TEMPLATE = resolve(__dirname, "..", "templates", "test", "name-facilities.test.ts.tmpl");
/** The template of the example type's migration; its file is named by the timestamp it gets. */
const MIGRATION_TEMPLATE = "src/migrations/1-create-facilities.ts.tmpl";
export const CATALOGUE_FILE = "services/plan/src/agency/agency-catalogue.ts";
export const INIT_SQL_FILE = "deploy/mysql/init/01-databases.sql";

/** Folders, compose services and packages a domain may not be named after. */
const RESERVED = new Set(["plan", "kit", "reporting", "gateway", "tools", "test", "mysql"]);

export function parseNewSubgraphArgs(argv: string[]): NewSubgraphOptions {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      description: { type: "string" },
      port: { type: "string" },
      agencies: { type: "string" },
      "skip-install": { type: "boolean", default: false },
    },
  });
  const [name, ...extra] = positionals;
  if (!name || extra.length > 0) {
    throw new Error(
      'usage: npm run new:subgraph -- <name> [--description "…"] [--port N] [--agencies CODE,CODE] [--skip-install]',
    );
  }
  if (!/^[a-z]{2,32}$/.test(name))
    throw new Error(`the name must be 2–32 lower-case letters (e.g. tourism); got "${name}"`);
  if (RESERVED.has(name)) throw new Error(`"${name}" is taken by the repository itself; choose another name`);
  // It lands in JSON, TypeScript strings and a doc comment as written.
  if (values.description !== undefined && !/^[^"\\\n]+$/.test(values.description.trim())) {
    throw new Error("--description must be one line without double quotes or backslashes");
  }
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && !(Number.isInteger(port) && port >= 1024 && port <= 65535)) {
    throw new Error(`--port must be a whole number 1024–65535; got "${values.port}"`);
  }
  return {
    name,
    description: values.description?.trim().replace(/\*\//g, "* /"),
    port,
    agencies: values.agencies
      ?.split(",")
      .map((code) => code.trim())
      .filter(Boolean),
    skipInstall: values["skip-install"],
  };
}

/** Name, domain and port: an existing subgraph keeps its port; a new one takes --port or the next after the highest. */
export function resolveSpec(root: string, options: NewSubgraphOptions): SubgraphSpec {
  const { name } = options;
  const registered = listSubgraphs(root);
  const existing = registered.find((entry) => entry.name === name);
  if (existsSync(join(root, "services", name, "package.json")) && !isDomainSubgraph(root, `services/${name}`)) {
    throw new Error(`services/${name} exists and is not a domain subgraph (it does not depend on @hpig/domain-kit)`);
  }
  let port = existing?.port ?? options.port;
  if (existing && options.port !== undefined && options.port !== existing.port) {
    throw new Error(`${name} already runs on port ${existing.port} (services/${name}/package.json)`);
  }
  if (!existing && port !== undefined) {
    const taken = registered.find((entry) => entry.port === port);
    if (taken || port === GATEWAY_DEFAULT_PORT)
      throw new Error(`port ${port} is taken by ${taken?.name ?? "the gateway"}`);
  }
  port ??= Math.max(GATEWAY_DEFAULT_PORT, ...registered.map((entry) => entry.port)) + 1;
  const domain = name.toUpperCase();
  const typePrefix = domain.charAt(0) + domain.slice(1).toLowerCase();
  // Checked before anything is written.
  const agencies = catalogueAgencies(readFileSync(join(root, CATALOGUE_FILE), "utf8"));
  const codes = options.agencies ?? [];
  const unknown = codes.filter((code) => !agencies.has(code));
  if (unknown.length > 0) {
    throw new Error(
      `unknown agency code(s) ${unknown.join(", ")}; the catalogue has ${[...agencies.keys()].join(", ")}`,
    );
  }
  // Without --description, the agencies it owns describe it: "Sở Văn hóa, Thể thao và Du lịch (VHTTDL)".
  const description =
    options.description ??
    (codes.length > 0 ? codes.map((code) => `${agencies.get(code)} (${code})`).join(", ") : undefined);
  return { name, domain, typePrefix, port, ...(description ? { description } : {}) };
}

function catalogueAgencies(catalogue: string): Map<string, string> {
  return new Map([...catalogue.matchAll(/code: "(\w+)",\s*name: "([^"]*)"/g)].map((m) => [m[1], m[2]]));
}

/** Renders `{{key}}` placeholders; a placeholder without a value is an error, never left in a file. */
function render(template: string, values: Record<string, string | undefined>, what: string): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    const value = values[key];
    if (value === undefined) {
      throw new Error(`${what} needs --description (or --agencies, whose names then describe the subgraph)`);
    }
    return value;
  });
}

function templateFiles(dir: string = TEMPLATE_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? templateFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/**
 * The example migration's timestamp: the one it already has (a run again writes nothing new),
 * else now. Its class and file are named by it, as TypeORM wants.
 */
function migrationTimestamp(root: string, name: string): string {
  const dir = join(root, "services", name, "src", "migrations");
  const existing = existsSync(dir)
    ? readdirSync(dir)
        .map((file) => /^(\d+)-create-facilities\.ts$/.exec(file)?.[1])
        .find(Boolean)
    : undefined;
  return existing ?? String(Date.now());
}

/**
 * services/<name>/ from tools/templates/subgraph, and its integration test in test/: writes the
 * files that are missing, keeps the rest as they are.
 */
export function writeServiceFiles(root: string, spec: SubgraphSpec): string[] {
  const timestamp = migrationTimestamp(root, spec.name);
  const values = {
    name: spec.name,
    DOMAIN: spec.domain,
    Domain: spec.typePrefix,
    port: String(spec.port),
    description: spec.description,
    timestamp,
  };
  const targetOf = (template: string) => {
    if (template === TEST_TEMPLATE) return join("test", `${spec.name}-facilities.test.ts`);
    const path = relative(TEMPLATE_DIR, template);
    const file = path === MIGRATION_TEMPLATE ? `src/migrations/${timestamp}-create-facilities.ts.tmpl` : path;
    return join("services", spec.name, file.replace(/\.tmpl$/, ""));
  };
  // Rendered before any is written: a missing value leaves no half-made folder.
  const missing = [...templateFiles(), TEST_TEMPLATE]
    .map((template) => ({ template, file: targetOf(template) }))
    .filter(({ file }) => !existsSync(join(root, file)))
    .map(({ template, file }) => ({ file, text: render(readFileSync(template, "utf8"), values, file) }));
  for (const { file, text } of missing) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  return missing.map(({ file }) => file);
}

/** The root tsconfig.json builds it: a project reference, before the gateway's. */
export function addProjectReference(root: string, name: string): boolean {
  const file = join(root, "tsconfig.json");
  const config = JSON.parse(readFileSync(file, "utf8")) as { references: Array<{ path: string }> };
  const path = `services/${name}`;
  if (config.references.some((reference) => reference.path === path)) return false;
  const gateway = config.references.findIndex((reference) => reference.path === "gateway");
  config.references.splice(gateway < 0 ? config.references.length : gateway, 0, { path });
  writeFileSync(file, `${JSON.stringify(config, null, 2)}\n`);
  return true;
}

/**
 * The domain's entry in the manifest (services/domains.json), which plan's Domain enum, the
 * agencies' domains, the launcher and composition read: added when absent, and the agencies given
 * to it (taken from the domain that had them). Returns whether the file changed.
 */
export function addManifestDomain(root: string, spec: SubgraphSpec, agencies: readonly string[]): boolean {
  const file = join(root, DOMAIN_MANIFEST);
  const manifest = JSON.parse(readFileSync(file, "utf8")) as { domains: ManifestDomain[] };
  const before = JSON.stringify(manifest);
  let entry = manifest.domains.find((candidate) => candidate.name === spec.name);
  if (!entry) {
    const values = { Domain: spec.typePrefix, description: spec.description };
    entry = {
      name: spec.name,
      domain: spec.domain,
      port: spec.port,
      agencies: [],
      description: render("{{Domain}}: {{description}}.", values, DOMAIN_MANIFEST),
    };
    manifest.domains.push(entry);
  }
  for (const code of agencies) {
    for (const other of manifest.domains) {
      if (other !== entry) other.agencies = other.agencies.filter((owned) => owned !== code);
    }
    if (!entry.agencies.includes(code)) entry.agencies.push(code);
  }
  if (JSON.stringify(manifest) === before) return false;
  writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
  return true;
}

/**
 * docker-compose.yml: the subgraph's service, and the gateway's URL of it and start order on it.
 * Edited as a YAML Document, so comments, anchors and merge keys stay as they are.
 */
export function wireCompose(root: string, spec: SubgraphSpec): boolean {
  const file = join(root, "docker-compose.yml");
  const doc = parseDocument(readFileSync(file, "utf8"));
  const services = doc.get("services") as YAMLMap;
  const planPort = listSubgraphs(root).find((entry) => entry.name === "plan")?.port ?? 4001;
  let changed = false;
  if (!services.has(spec.name)) {
    const pair = doc.createPair(spec.name, serviceBlock(doc, spec, planPort));
    // A blank line between services, as in the rest of the file.
    (pair.key as Scalar).spaceBefore = true;
    const gateway = services.items.findIndex((item) => (item.key as Scalar).value === "gateway");
    services.items.splice(gateway < 0 ? services.items.length : gateway, 0, pair);
    changed = true;
  }
  const variable = `SUBGRAPH_${spec.name.toUpperCase()}_URL`;
  if (!doc.hasIn(["services", "gateway", "environment", variable])) {
    doc.setIn(["services", "gateway", "environment", variable], `http://${spec.name}:${spec.port}/graphql`);
    changed = true;
  }
  if (!doc.hasIn(["services", "gateway", "depends_on", spec.name])) {
    doc.setIn(["services", "gateway", "depends_on", spec.name], doc.createNode({ condition: "service_healthy" }));
    changed = true;
  }
  // No line folding and no padding inside [ ]; prettier then gives the file its usual layout.
  if (changed) writeFileSync(file, doc.toString({ lineWidth: 0, flowCollectionPadding: false }));
  return changed;
}

function serviceBlock(doc: Document, spec: SubgraphSpec, planPort: number): YAMLMap {
  for (const anchor of ["subgraph", "environment"]) {
    if (!doc.toString().includes(`&${anchor}`)) throw new Error(`docker-compose.yml has no &${anchor} anchor`);
  }
  const block = doc.createNode({
    command: ["node", `services/${spec.name}/dist/index.js`],
    environment: {
      PORT: String(spec.port),
      DATABASE_URL: `mysql://hpig:\${MYSQL_PASSWORD:?set MYSQL_PASSWORD in .env}@mysql:3306/${spec.name}`,
      // A domain keeps a copy of the task registry, synced from plan.
      SUBGRAPH_PLAN_URL: `http://plan:${planPort}/graphql`,
      SERVICE_TOKEN: "${SERVICE_TOKEN:?set SERVICE_TOKEN in .env}",
    },
    // Not the anchor's: `<<` does not merge nested maps, and a domain waits for plan too.
    depends_on: { mysql: { condition: "service_healthy" }, plan: { condition: "service_healthy" } },
  }) as YAMLMap;
  block.items.unshift(doc.createPair("<<", new Alias("subgraph")));
  (block.get("environment") as YAMLMap).items.unshift(doc.createPair("<<", new Alias("environment")));
  const command = block.get("command") as YAMLSeq<Scalar>;
  command.flow = true;
  for (const word of command.items) word.type = "QUOTE_DOUBLE";
  return block;
}

/** The MySQL init script creates its utf8mb4 database and grants it to the app user. */
export function addDatabase(root: string, name: string): boolean {
  const file = join(root, INIT_SQL_FILE);
  const sql = readFileSync(file, "utf8");
  const db = `\`?${name}\`?`;
  const lines = [
    [
      new RegExp(`CREATE\\s+(?:DATABASE|SCHEMA)\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?${db}[\\s;]`, "i"),
      `CREATE DATABASE IF NOT EXISTS \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;`,
    ],
    [
      new RegExp(`GRANT\\s[^;]*\\sON\\s+${db}\\.\\*\\s+TO\\s`, "i"),
      `GRANT ALL PRIVILEGES ON \`${name}\`.* TO 'hpig'@'%';`,
    ],
  ] as const;
  const missing = lines.filter(([present]) => !present.test(sql)).map(([, line]) => line);
  if (missing.length === 0) return false;
  writeFileSync(file, `${sql.endsWith("\n") ? sql : `${sql}\n`}${missing.join("\n")}\n`);
  return true;
}

/** Runs a step's command in the repository, its output shown; a failure stops the scaffold naming the step. */
function run(root: string, command: string, args: string[]): void {
  process.stdout.write(`\n$ ${[command, ...args].join(" ")}\n`);
  execFileSync(command, args, { cwd: root, stdio: "inherit" });
}

const BINS = { prettier: "prettier/bin/prettier.cjs", tsc: "typescript/bin/tsc" };

/** `npx <tool>` without npx's lookup: the repository's own copy, run by this node. */
function runLocal(root: string, tool: keyof typeof BINS, args: string[]): void {
  process.stdout.write(`\n$ ${tool} ${args.join(" ")}\n`);
  const bin = require.resolve(BINS[tool], { paths: [root] });
  execFileSync(process.execPath, [bin, ...args], { cwd: root, stdio: "inherit" });
}

export function newSubgraph(options: NewSubgraphOptions, root: string = REPO_ROOT): void {
  const spec = resolveSpec(root, options);
  process.stdout.write(
    `Subgraph ${spec.name}: domain ${spec.domain}, port ${spec.port} (+ written, = already there)\n`,
  );
  const changed: string[] = [];
  const report = (file: string, done: boolean, what: string) => {
    process.stdout.write(`  ${done ? "+" : "="} ${file}: ${what}\n`);
    if (done) changed.push(file);
  };

  const created = writeServiceFiles(root, spec);
  for (const file of created) report(file, true, "created");
  if (created.length === 0) report(`services/${spec.name}`, false, "every file");
  report("tsconfig.json", addProjectReference(root, spec.name), `references services/${spec.name}`);
  const agencies = options.agencies ?? [];
  report(
    DOMAIN_MANIFEST,
    addManifestDomain(root, spec, agencies),
    `domain ${spec.domain} on port ${spec.port}${agencies.length > 0 ? `, agencies ${agencies.join(", ")}` : ""}`,
  );
  report("docker-compose.yml", wireCompose(root, spec), `service ${spec.name}, behind the gateway`);
  report(INIT_SQL_FILE, addDatabase(root, spec.name), `database ${spec.name}`);

  // Generated and edited files get the repository's formatting (format:check runs in CI).
  if (changed.length > 0) runLocal(root, "prettier", ["--write", "--log-level=warn", "--ignore-unknown", ...changed]);
  // Links the new workspace into node_modules and records it in package-lock.json.
  if (!options.skipInstall) run(root, "npm", ["install", "--no-audit", "--no-fund"]);
  runLocal(root, "tsc", ["-b"]);
  run(root, process.execPath, ["tools/dist/compose.js"]);

  process.stdout.write(
    [
      "",
      `Done: ${spec.name} is a subgraph of the supergraph (${spec.typePrefix}Task, mutation { ${spec.name} { … } }).`,
      "Next:",
      `  1. npx jest services/${spec.name}          its generated test`,
      `  2. git add services/${spec.name} schema/ and the changed files above, package-lock.json; commit`,
      `  3. README.md: name ${spec.typePrefix}Task among the domain task types and the subgraph in the architecture`,
      "",
    ].join("\n"),
  );
}

if (require.main === module) {
  try {
    newSubgraph(parseNewSubgraphArgs(process.argv.slice(2)));
  } catch (error) {
    process.stderr.write(`new:subgraph: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
