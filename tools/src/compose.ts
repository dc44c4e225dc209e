import { execFile } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";

import { composeServices } from "@apollo/composition";
import { parse } from "graphql";

import { listSubgraphs, REPO_ROOT } from "./registry";

export interface Composition {
  /** SDL per subgraph name, as each subgraph prints it. */
  subgraphs: Record<string, string>;
  supergraph: string;
  hints: string[];
}

/**
 * The plan half of Task, Indicator, Target and ReportingObligation lives in plan, the figures
 * half in each domain: composition notes it, by design.
 */
const EXPECTED_HINT =
  /^\[INCONSISTENT_INTERFACE_VALUE_TYPE_FIELD\]: Field "(Task|Indicator|Target|ReportingObligation)\./;

/** Thrown when the subgraphs do not compose; lists every composition error. */
export class CompositionError extends Error {}

const execFileAsync = promisify(execFile);

/**
 * Asks each compiled subgraph for its SDL (`--print-sdl`, one process each so type-graphql's
 * metadata never mixes; all at once, so every core loads one) and composes them with
 * @apollo/composition.
 */
export async function composeSupergraph(root: string = REPO_ROOT): Promise<Composition> {
  const entries = listSubgraphs(root);
  const printed = await Promise.all(
    entries.map(async (entry) => {
      const { stdout } = await execFileAsync(process.execPath, [join(root, entry.entry), "--print-sdl"], {
        cwd: root,
        encoding: "utf8",
        maxBuffer: 64 << 20,
      });
      return [entry.name, stdout] as const;
    }),
  );
  const subgraphs = Object.fromEntries(printed);
  const result = composeServices(
    entries.map((entry) => ({
      name: entry.name,
      url: `http://localhost:${entry.port}/graphql`,
      typeDefs: parse(subgraphs[entry.name]),
    })),
  );
  if (result.errors) {
    throw new CompositionError(`Composition failed:\n${result.errors.map((e) => `  - ${e.message}`).join("\n")}`);
  }
  return { subgraphs, supergraph: `${result.supergraphSdl.trim()}\n`, hints: result.hints.map((h) => h.toString()) };
}

export const schemaPath = (name: string, root: string = REPO_ROOT) => join(root, "schema", `${name}.graphql`);

/** Each schema file (by name) whose committed text differs from what the code produces, with that text. */
function staleSchemas(composition: Composition, root: string): Array<[name: string, sdl: string]> {
  return Object.entries({ ...composition.subgraphs, supergraph: composition.supergraph }).filter(([name, sdl]) => {
    try {
      return readFileSync(schemaPath(name, root), "utf8") !== sdl;
    } catch {
      return true;
    }
  });
}

const schemaFile = (name: string) => `schema/${name}.graphql`;

/** The committed files that differ from what the code produces (empty when all match). */
export function staleSchemaFiles(composition: Composition, root: string = REPO_ROOT): string[] {
  return staleSchemas(composition, root).map(([name]) => schemaFile(name));
}

/**
 * Writes the schema files whose text changed and returns them. An unchanged file keeps its time,
 * so the web app, built from the supergraph, is not rebuilt for nothing.
 */
export function writeComposition(composition: Composition, root: string = REPO_ROOT): string[] {
  const stale = staleSchemas(composition, root);
  for (const [name, sdl] of stale) writeFileSync(schemaPath(name, root), sdl);
  return stale.map(([name]) => schemaFile(name));
}

async function main(): Promise<void> {
  const composition = await composeSupergraph();
  writeComposition(composition);
  const unexpected = composition.hints.filter((hint) => !EXPECTED_HINT.test(hint));
  for (const hint of unexpected) process.stdout.write(`hint: ${hint}\n`);
  const expected = composition.hints.length - unexpected.length;
  if (expected > 0)
    process.stdout.write(
      `(${expected} expected hints: the fields of Task, Indicator, Target and ReportingObligation are split between plan and the domains by design)\n`,
    );
  process.stdout.write(`Composed ${Object.keys(composition.subgraphs).join(", ")} into schema/supergraph.graphql\n`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
