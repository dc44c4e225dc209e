import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

import { build } from "esbuild";

import { bundleOf, REPO_ROOT, serviceEntries } from "./registry";

/** The newest modification time of the .js files under a folder. */
function newestJs(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, name.name);
    if (name.isDirectory()) newest = Math.max(newest, newestJs(path));
    else if (name.name.endsWith(".js") && name.name !== "bundle.js") newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** True when a bundle is missing or older than the compiled code or the installed packages it holds. */
function stale(root: string, entries: readonly string[]): boolean {
  const bundles = entries.map((entry) => join(root, bundleOf(entry)));
  if (bundles.some((bundle) => !existsSync(bundle))) return true;
  const oldestBundle = Math.min(...bundles.map((bundle) => statSync(bundle).mtimeMs));
  const packages = ["services", "gateway"].flatMap((top) =>
    readdirSync(join(root, top), { withFileTypes: true })
      .filter((dir) => top === "gateway" || dir.isDirectory())
      .map((dir) => (top === "gateway" ? join(root, "gateway", "dist") : join(root, top, dir.name, "dist")))
      .filter((dist, index, all) => all.indexOf(dist) === index && existsSync(dist)),
  );
  const newestInput = Math.max(
    statSync(join(root, "package-lock.json")).mtimeMs,
    ...packages.map((dist) => newestJs(dist)),
  );
  return newestInput > oldestBundle;
}

/**
 * Bundles each service (the compiled code and the packages it imports) into one file with esbuild.
 * A process then starts from one file instead of resolving and compiling some 3,000 modules: about
 * 35 % less CPU at start, and with the V8 code cache of run-bundle.ts about 55 % less, which is most
 * of what the test suite spends. better-sqlite3 stays outside (a native addon), as do the packages
 * TypeORM loads by name at run time. Skipped when every bundle is newer than what it holds.
 */
export async function bundleServices(root: string = REPO_ROOT, force = false): Promise<boolean> {
  const entries = serviceEntries(root);
  if (!force && !stale(root, entries)) return false;
  await build({
    entryPoints: entries.map((entry) => join(root, entry)),
    outdir: root,
    outbase: root,
    entryNames: "[dir]/bundle",
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    // type-graphql and TypeORM read class names (entities, input types).
    keepNames: true,
    external: ["better-sqlite3"],
    logLevel: "error",
    legalComments: "none",
  });
  for (const entry of entries) asciiOnly(join(root, bundleOf(entry)));
  return true;
}

/**
 * Rewrites a bundle's remaining non-ASCII characters as \u escapes. esbuild escapes those of strings
 * and templates already; what is left is in comments and regular expression literals (Vietnamese
 * words in the plan's patterns, letters of validator's locales), where an escape means the same
 * character. An ASCII file is read as Latin-1 (run-bundle.ts): about 10× faster than decoding UTF-8,
 * some 150 ms less per process start.
 */
function asciiOnly(bundle: string): void {
  const source = readFileSync(bundle, "utf8");
  // eslint-disable-next-line no-control-regex -- the range is every ASCII character, control characters included
  const escaped = source.replace(/[^\x00-\x7f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
  if (escaped !== source) writeFileSync(bundle, escaped);
}

if (require.main === module) {
  const force = process.argv.includes("--force");
  bundleServices(REPO_ROOT, force).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
