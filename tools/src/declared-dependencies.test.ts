import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { packageOf, undeclaredImports, workspaceDirs } from "./declared-dependencies";

describe("declared dependencies", () => {
  it("reads package names from import specifiers", () => {
    expect(
      ["@apollo/server/errors", "typeorm", "node:fs", "fs", "./local", "graphql-scalars/x"].map(packageOf),
    ).toEqual(["@apollo/server", "typeorm", null, null, null, "graphql-scalars"]);
  });

  it("checks every workspace", () => {
    expect(workspaceDirs()).toEqual(
      expect.arrayContaining([
        "gateway",
        "services/kit",
        "services/plan",
        "services/domain-kit",
        "test",
        "tools",
        "web",
      ]),
    );
  });

  it("finds an undeclared import and a relative import into another workspace", () => {
    const root = mkdtempSync(join(tmpdir(), "hpig-deps-"));
    try {
      const write = (path: string, text: string) => {
        mkdirSync(join(root, path, ".."), { recursive: true });
        writeFileSync(join(root, path), text);
      };
      write("package.json", JSON.stringify({ workspaces: ["services/*"] }));
      write("services/a/package.json", JSON.stringify({ name: "@x/a", dependencies: { zod: "4.6.7" } }));
      write("services/b/package.json", JSON.stringify({ name: "@x/b" }));
      write(
        "services/a/src/index.ts",
        'import { z } from "zod";\nimport type { DataSource } from "typeorm";\nimport { b } from "../../b/src/b";\nimport { c } from "./c";\n',
      );
      expect(undeclaredImports(root)).toEqual([
        { file: "services/a/src/index.ts", dependency: "typeorm", workspace: "services/a" },
        { file: "services/a/src/index.ts", dependency: "../../b/src/b", workspace: "services/a" },
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  // npm hoists every package to the root node_modules, so an undeclared import works here and
  // breaks in a workspace installed on its own (the Docker image prunes by package.json).
  it("every workspace declares each package it imports, and imports no other workspace's files by path", () => {
    expect(undeclaredImports()).toEqual([]);
  });
});
