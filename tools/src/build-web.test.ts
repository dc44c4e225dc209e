import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

import { buildWebApp, WEB_INPUTS, webAppStale } from "./build-web";

/** A repository in miniature: a workspace @hpig/web whose build runs `script`, and the app's inputs. */
function fakeRepository(script: string): string {
  const root = mkdtempSync(join(tmpdir(), "hpig-build-web-"));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write("package.json", JSON.stringify({ name: "fake", private: true, workspaces: ["web"] }));
  write("web/package.json", JSON.stringify({ name: "@hpig/web", private: true, scripts: { build: script } }));
  for (const input of WEB_INPUTS.filter((path) => !path.endsWith("package.json"))) {
    write(input === "web/src" ? "web/src/main.tsx" : input, "x");
  }
  return root;
}

/** Sets a file's time this many seconds from now. */
function age(path: string, seconds: number): void {
  const time = new Date(Date.now() + seconds * 1000);
  utimesSync(path, time, time);
}

describe("building the web app only when its inputs changed", () => {
  const roots: string[] = [];
  afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));
  const repository = (script: string) => {
    const root = fakeRepository(script);
    roots.push(root);
    return root;
  };
  // The fake build writes web/dist/index.html, and says so on stdout as codegen and Vite do.
  const BUILD = `node -e "require('fs').mkdirSync('dist',{recursive:true});require('fs').writeFileSync('dist/index.html','app');console.log('noise on stdout')"`;

  let stdout: jest.SpyInstance;
  let stderr: jest.SpyInstance;
  beforeEach(() => {
    stdout = jest.spyOn(process.stdout, "write");
    stderr = jest.spyOn(process.stderr, "write").mockImplementation(() => true);
  });
  afterEach(() => jest.restoreAllMocks());

  it("builds when web/dist is missing, and not again while nothing changed", () => {
    const root = repository(BUILD);
    expect(webAppStale(root)).toBe(true);

    expect(buildWebApp(root)).toBe(true);
    expect(webAppStale(root)).toBe(false);
    expect(buildWebApp(root)).toBe(false);
    // `TOKEN=$(npm run -s token)` captures stdout: the build's own output is kept, its one line goes to stderr.
    expect(stdout).not.toHaveBeenCalled();
    expect(stderr.mock.calls.map(([text]) => String(text))).toEqual([
      expect.stringMatching(/^web app built into web\/dist in \d+\.\d s\n$/),
    ]);
  });

  it.each(["web/src/main.tsx", "schema/supergraph.graphql", "services/domains.json", "web/codegen.ts"])(
    "builds again when %s is newer than the build",
    (input) => {
      const root = repository(BUILD);
      buildWebApp(root);

      age(join(root, input), 60);

      expect(webAppStale(root)).toBe(true);
    },
  );

  it("fails with what the build printed, and builds again next time", () => {
    const root = repository(`node -e "console.log('codegen: Cannot query field nope'); process.exit(3)"`);

    expect(() => buildWebApp(root)).toThrow(/exit code 3\):\ncodegen: Cannot query field nope/);
    expect(webAppStale(root)).toBe(true);
  });
});
