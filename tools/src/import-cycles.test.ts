import { spawnSync } from "node:child_process";
import { join } from "node:path";

import { REPO_ROOT } from "./registry";

// dependency-cruiser with the repository's .dependency-cruiser.cjs: no module imports itself back
// through others, type-only imports included (they still couple the modules). Its CLI, since the
// package is ESM only and jest runs CommonJS here.
it("no import cycle in services, gateway, tools and the integration suite", () => {
  // The package's exports map hides its bin, so by path (npm installs it at the root).
  const cli = join(REPO_ROOT, "node_modules", "dependency-cruiser", "bin", "dependency-cruise.mjs");
  const result = spawnSync(
    process.execPath,
    [cli, "services", "gateway/src", "tools/src", "test", "--output-type", "err"],
    { cwd: REPO_ROOT, encoding: "utf8" },
  );
  expect(`${result.stdout}${result.stderr}`).toMatch(/no dependency violations found/);
  expect(result.status).toBe(0);
}, 120_000);
