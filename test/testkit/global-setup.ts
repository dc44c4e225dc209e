import { execFileSync } from "node:child_process";
import { resolve } from "node:path";

/** The integration suite runs the compiled services, as `npm start` does: build first (incremental, quick when current). */
export default function globalSetup(): void {
  execFileSync("npx", ["tsc", "-b"], { cwd: resolve(__dirname, "..", ".."), stdio: "inherit" });
}
