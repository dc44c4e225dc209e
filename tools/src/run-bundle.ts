import { isAscii } from "node:buffer";
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import Module from "node:module";
import { dirname, resolve } from "node:path";
import { Script } from "node:vm";

/*
 * Runs a service's bundle (bundle.ts) with V8's code cache: the first start compiles it and, once
 * started, leaves the compiled code beside it (bundle.js.cache); later starts skip most compiling.
 * The cache is checked by V8 (same source, same V8, same flags) and rewritten when it no longer
 * fits; where the folder is read-only the service simply starts without one.
 *
 *   node tools/dist/run-bundle.js services/labour/dist/bundle.js
 */

/** How long after loading the code is cached: long enough for start-up's functions to be compiled. */
const CACHE_AFTER_MS = 3_000;

function runBundle(file: string): void {
  const cacheFile = `${file}.cache`;
  const cachedData = existsSync(cacheFile) ? readFileSync(cacheFile) : undefined;
  // The bundler leaves the file ASCII (bundle.ts), which Latin-1 reads exactly and fast; anything else is UTF-8.
  const bytes = readFileSync(file);
  const source = isAscii(bytes) ? bytes.toString("latin1") : bytes.toString("utf8");
  const script = new Script(Module.wrap(source), { filename: file, cachedData });
  // The bundle runs as the main module would: its own module object, require and __dirname.
  const bundleModule = new Module(file, module);
  bundleModule.filename = file;
  bundleModule.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(
    dirname(file),
  );
  require.main = bundleModule;
  const wrapper = script.runInThisContext() as (
    exports: unknown,
    require: NodeJS.Require,
    module: Module,
    filename: string,
    dirname: string,
  ) => void;
  const bundleRequire = Object.assign((id: string) => bundleModule.require(id) as unknown, {
    resolve: (id: string) =>
      (Module as unknown as { _resolveFilename(id: string, parent: Module): string })._resolveFilename(
        id,
        bundleModule,
      ),
    cache: require.cache,
    main: bundleModule,
  }) as unknown as NodeJS.Require;
  wrapper.call(bundleModule.exports, bundleModule.exports, bundleRequire, bundleModule, file, dirname(file));
  if (cachedData && !script.cachedDataRejected) return;
  setTimeout(() => {
    try {
      const temporary = `${cacheFile}.${process.pid}`;
      writeFileSync(temporary, script.createCachedData());
      // Several processes may start from one bundle at once: each replaces the file whole.
      renameSync(temporary, cacheFile);
    } catch {
      // A read-only install: start without a cache.
    }
  }, CACHE_AFTER_MS).unref();
}

const bundle = process.argv[2];
if (!bundle) {
  console.error("usage: node tools/dist/run-bundle.js <service>/dist/bundle.js");
  process.exit(2);
}
// The service reads its own arguments as if started directly.
process.argv.splice(1, 1);
runBundle(resolve(bundle));
