import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  utimesSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, relative, sep } from "node:path";

import { Kind, type ObjectTypeDefinitionNode, parse } from "graphql";

import { parseNewSubgraphArgs } from "./new-subgraph";
import { listSubgraphs, REPO_ROOT } from "./registry";
import { findComposeSchema, validateCompose } from "./validate-compose";

// The scaffold end to end, in a copy of the repository: the real one is never touched.

/** Never copied: installs, local state; the web app's build (its test copies it when it needs it). */
const SKIPPED = new Set([".git", "node_modules", "coverage"]);
const SKIPPED_AT_ROOT = new Set(["data", "reports"]);
/** Build output, compared by nothing: the services' bundles (the copy's suite bundles its own). */
const BUNDLES = new Set(["bundle.js", "bundle.js.cache"]);
/** Build output the snapshots leave out. */
const BUILT = (name: string) => name === "dist" || name.endsWith(".tsbuildinfo");

/**
 * Copies the sources to a temp dir and links the installed packages into it. The compiled output
 * comes too, with its build info and every file's time, so that the copy's `tsc -b` builds only what
 * the scaffold adds or changes, as it would in a department's checkout. A symlinked
 * node_modules as a whole would resolve the @hpig/* workspace links to the original folders, so
 * node_modules is rebuilt from links: every package to the original, every @hpig/* link to the
 * same folder in the copy (nested workspace node_modules likewise).
 */
function copyRepository(): { base: string; copy: string } {
  const base = mkdtempSync(join(tmpdir(), "hpig-new-subgraph-"));
  const copy = join(base, "repo");
  const nested: string[] = [];
  cpSync(REPO_ROOT, copy, {
    recursive: true,
    filter: (source) => {
      const path = relative(REPO_ROOT, source);
      const name = basename(source);
      if (name === "node_modules" && path !== "node_modules") nested.push(path);
      return (
        !SKIPPED.has(name) &&
        !BUNDLES.has(name) &&
        path !== join("web", "dist") &&
        !(path.split(sep).length === 1 && SKIPPED_AT_ROOT.has(name))
      );
    },
    preserveTimestamps: true,
  });
  const installed = join(REPO_ROOT, "node_modules");
  mkdirSync(join(copy, "node_modules", "@hpig"), { recursive: true });
  for (const entry of readdirSync(installed)) {
    if (entry !== "@hpig") symlinkSync(join(installed, entry), join(copy, "node_modules", entry));
  }
  for (const entry of readdirSync(join(installed, "@hpig"))) {
    const target = join(copy, relative(REPO_ROOT, realpathSync(join(installed, "@hpig", entry))));
    symlinkSync(relative(join(copy, "node_modules", "@hpig"), target), join(copy, "node_modules", "@hpig", entry));
  }
  for (const path of nested) symlinkSync(join(REPO_ROOT, path), join(copy, path));
  return { base, copy };
}

/** Runs node with the arguments in the copy; fails with everything it printed. */
function node(copy: string, args: string[]): string {
  const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: "0" };
  // The child jest is a run of its own, not a worker of this one.
  delete env["JEST_WORKER_ID"];
  const result = spawnSync(process.execPath, args, { cwd: copy, env, encoding: "utf8", maxBuffer: 64 << 20 });
  if (result.status !== 0) {
    throw new Error(`node ${args.join(" ")} exited with ${result.status}:\n${result.stdout}\n${result.stderr}`);
  }
  return `${result.stdout}${result.stderr}`;
}

/** Every source file of the copy and its content (build output and links left out). */
function snapshot(root: string, dir = root, files = new Map<string, string>()): Map<string, string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (SKIPPED.has(entry.name) || BUILT(entry.name)) continue;
    if (entry.isDirectory()) snapshot(root, path, files);
    else if (entry.isFile()) files.set(relative(root, path), readFileSync(path, "utf8"));
  }
  return files;
}

const scaffold = (copy: string) =>
  node(copy, ["tools/dist/new-subgraph.js", "transport", "--agencies", "GTVT", "--skip-install"]);

describe("parseNewSubgraphArgs", () => {
  it("reads the name and options", () => {
    expect(
      parseNewSubgraphArgs(["tourism", "--description", "Sở Du lịch", "--port", "4010", "--agencies", "VHTTDL, CT"]),
    ).toEqual({
      name: "tourism",
      description: "Sở Du lịch",
      port: 4010,
      agencies: ["VHTTDL", "CT"],
      skipInstall: false,
    });
  });

  it.each([
    [["Tourism"], /lower-case letters/],
    [["tour-ism"], /lower-case letters/],
    [["plan"], /taken by the repository/],
    [[], /usage/],
    [["tourism", "--port", "80"], /--port/],
    [["tourism", "--description", 'say "hi"'], /--description/],
  ])("refuses %j", (argv, message) => {
    expect(() => parseNewSubgraphArgs(argv)).toThrow(message);
  });
});

describe("npm run new:subgraph -- transport --agencies GTVT (in a copy of the repository)", () => {
  let base: string;
  let copy: string;
  let firstRun: string;

  beforeAll(() => {
    ({ base, copy } = copyRepository());
    // Only what the scaffold itself needs; it builds the rest.
    node(copy, ["node_modules/typescript/bin/tsc", "-b", "tools"]);
    firstRun = scaffold(copy);
  }, 600_000);
  afterAll(() => {
    if (base) rmSync(base, { recursive: true, force: true });
  });

  const read = (path: string) => readFileSync(join(copy, path), "utf8");

  it("built and composed the copy's own packages, not the original's", () => {
    const links = readdirSync(join(copy, "node_modules", "@hpig"));
    expect(links).toEqual(expect.arrayContaining(["kit", "domain-kit", "plan", "tools"]));
    for (const link of links) {
      const target = relative(realpathSync(copy), realpathSync(join(copy, "node_modules", "@hpig", link)));
      expect(target).toMatch(/^(services\/[\w-]+|gateway|tools|test|web)$/);
    }
    expect(firstRun).toMatch(/Composed plan, .*transport into schema\/supergraph\.graphql/);
  });

  it("creates services/transport in the shape of the hand-made domains, with an example type of its own", () => {
    const files = [...snapshot(join(copy, "services/transport")).keys()].sort();
    const timestamp = files
      .map((file) => /^src\/migrations\/(\d+)-create-facilities\.ts$/.exec(file)?.[1])
      .find(Boolean);
    expect(files).toEqual(
      [
        "package.json",
        "src/facility/facility.entity.ts",
        "src/facility/facility.resolver.ts",
        "src/index.ts",
        "src/indicators.ts",
        `src/migrations/${timestamp}-create-facilities.ts`,
        "src/migrations/index.ts",
        "src/subgraph.test.ts",
        "src/subgraph.ts",
        "tsconfig.json",
      ].sort(),
    );
    // Environment: a name the templates' own text never uses, so renaming it is exact.
    const asTransport = (text: string) =>
      text
        .replace(/environment/g, "transport")
        .replace(/ENVIRONMENT/g, "TRANSPORT")
        .replace(/Environment/g, "Transport");
    for (const file of ["src/index.ts", "src/subgraph.test.ts"]) {
      expect(read(`services/transport/${file}`)).toBe(asTransport(read(`services/environment/${file}`)));
    }
    expect(JSON.parse(read("services/transport/package.json"))).toMatchObject({ name: "@hpig/transport" });
    expect(read("services/transport/src/subgraph.ts")).toContain('name: "transport"');
    expect(read("services/transport/src/migrations/index.ts")).toContain(`CreateTransportFacilities${timestamp}`);
    expect(existsSync(join(copy, "test/transport-facilities.test.ts"))).toBe(true);
    expect(listSubgraphs(copy).map((entry) => entry.name)).toContain("transport");
    expect(existsSync(join(copy, "services/transport/dist/index.js"))).toBe(true);
  });

  it("adds transport to the domain manifest, on the next free port, and moves GTVT to it", () => {
    const { domains } = JSON.parse(read("services/domains.json")) as {
      domains: Array<{ name: string; agencies: string[] }>;
    };
    expect(domains.at(-1)).toEqual({
      name: "transport",
      domain: "TRANSPORT",
      port: 4008,
      agencies: ["GTVT"],
      description: "Transport: Sở Giao thông vận tải (GTVT).",
    });
    expect(domains.find((entry) => entry.name === "investment")?.agencies).not.toContain("GTVT");
    expect(JSON.parse(read("tsconfig.json")).references.map((r: { path: string }) => r.path)).toEqual(
      expect.arrayContaining(["services/transport", "gateway"]),
    );
  });

  it("wires docker-compose.yml and the MySQL init script: validateCompose passes for the copy", () => {
    expect(validateCompose(copy, { schemaPath: findComposeSchema(REPO_ROOT).path })).toEqual([]);
    expect(read("docker-compose.yml")).toContain("SUBGRAPH_TRANSPORT_URL: http://transport:4008/graphql");
    expect(read("deploy/mysql/init/01-databases.sql")).toContain(
      "GRANT ALL PRIVILEGES ON `transport`.* TO 'hpig'@'%';",
    );
  });

  it("composes a supergraph in which plan returns TransportTask, with its own type, with the domain's fields and mutations", () => {
    const supergraph = parse(read("schema/supergraph.graphql"));
    const type = (name: string) =>
      supergraph.definitions.find(
        (d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === name,
      );
    const fields = type("TransportTask")?.fields?.map((field) => field.name.value);
    expect(fields).toEqual(expect.arrayContaining(["code", "title", "status", "percentComplete", "reports"]));
    expect(type("Mutation")?.fields?.map((field) => field.name.value)).toContain("transport");
    expect(type("TransportFacility")?.fields?.map((field) => field.name.value)).toEqual(["code", "name"]);
    expect(type("TransportQueries")?.fields?.map((field) => field.name.value)).toContain("facilities");
    expect(read("schema/plan.graphql")).toMatch(/enum Domain \{[^}]*\bTRANSPORT\b/);
    expect(existsSync(join(copy, "schema/transport.graphql"))).toBe(true);
  });

  it("generates a test that passes in the copy", () => {
    const output = node(copy, [
      "node_modules/jest/bin/jest.js",
      "--ci",
      "--selectProjects",
      "unit",
      "--runTestsByPath",
      "services/transport/src/subgraph.test.ts",
    ]);
    expect(output).toMatch(/Tests:\s+4 passed, 4 total/);
  }, 300_000);

  it("type-checks the web app unchanged, its report form writing in transport's namespace too", () => {
    // As `npm run build` does before bundling: codegen from the copy's supergraph and manifest, then
    // the type check, which is what a domain unknown to the app would fail (bundling adds nothing here).
    const run = (args: string[]) =>
      spawnSync("npm", args, {
        cwd: copy,
        env: { ...process.env, FORCE_COLOR: "0" },
        encoding: "utf8",
        maxBuffer: 64 << 20,
      });
    for (const args of [
      ["run", "codegen", "--silent", "-w", "@hpig/web"],
      ["exec", "-w", "@hpig/web", "--", "tsc", "-p", "tsconfig.json"],
    ]) {
      const result = run(args);
      expect({
        args,
        status: result.status,
        output: result.status === 0 ? "" : `${result.stdout}${result.stderr}`,
      }).toEqual({
        args,
        status: 0,
        output: "",
      });
    }
    expect(read("web/src/gql/graphql.ts")).toMatch(
      /export type ReportProgressMutation = \{[^\n]*transport\?: \{ reportTaskProgress/,
    );
    // The suite's setup would bundle the app again for the new supergraph: the original's build
    // serves the copy's gateway test below, which does not open the app.
    cpSync(join(REPO_ROOT, "web", "dist"), join(copy, "web", "dist"), { recursive: true });
    const now = new Date();
    utimesSync(join(copy, "web", "dist", "index.html"), now, now);
  }, 300_000);

  it("generates a test of its own type through the gateway that passes in the copy", () => {
    // The app copied above is newer than the supergraph, so the suite's setup does not build it again.
    const output = node(copy, [
      "node_modules/jest/bin/jest.js",
      "--ci",
      "--selectProjects",
      "integration",
      "--runTestsByPath",
      "test/transport-facilities.test.ts",
    ]);
    expect(output).toMatch(/Tests:\s+1 passed, 1 total/);
  }, 300_000);

  it("changes nothing when run again", () => {
    const before = snapshot(copy);

    const secondRun = scaffold(copy);

    expect(secondRun).not.toMatch(/^\s+\+ /m);
    expect(snapshot(copy)).toEqual(before);
  }, 600_000);
});
