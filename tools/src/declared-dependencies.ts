import { existsSync, readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, join, relative, resolve, sep } from "node:path";

import ts from "typescript";

import { REPO_ROOT } from "./registry";

/** The workspaces whose imports are checked, as the root package.json lists them (services/* expanded). */
export function workspaceDirs(root: string = REPO_ROOT): string[] {
  const { workspaces } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { workspaces: string[] };
  return workspaces
    .flatMap((pattern) =>
      pattern.endsWith("/*")
        ? readdirSync(join(root, pattern.slice(0, -2))).map((dir) => `${pattern.slice(0, -2)}/${dir}`)
        : [pattern],
    )
    .filter((dir) => existsSync(join(root, dir, "package.json")))
    .sort();
}

/** The package a bare import names ("@apollo/server/errors" → "@apollo/server"); null for a relative or node: one. */
export function packageOf(specifier: string): string | null {
  if (specifier.startsWith(".") || specifier.startsWith("/") || specifier.startsWith("node:")) return null;
  const parts = specifier.split("/");
  const name = specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
  return builtinModules.includes(name) ? null : name;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (["node_modules", "dist", "coverage"].includes(entry.name)) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mts|cts)$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

export interface UndeclaredImport {
  /** The importing file, relative to the repository root. */
  file: string;
  /** The package it imports, which its workspace's package.json does not declare; or, for a relative import that leaves the workspace, the path as written. */
  dependency: string;
  workspace: string;
}

/**
 * Every import (static, dynamic, require, `import type`) of a package that the importing
 * workspace's own package.json does not declare (dependencies, devDependencies or
 * peerDependencies), and every relative import that leaves the workspace's folder. npm hoists
 * every package to the root node_modules, so such an import resolves here and breaks wherever
 * the workspace is installed on its own.
 */
export function undeclaredImports(root: string = REPO_ROOT): UndeclaredImport[] {
  const found: UndeclaredImport[] = [];
  for (const workspace of workspaceDirs(root)) {
    const manifest = JSON.parse(readFileSync(join(root, workspace, "package.json"), "utf8")) as Record<
      string,
      Record<string, string> | undefined
    > & { name: string };
    const declared = new Set([
      manifest.name,
      ...["dependencies", "devDependencies", "peerDependencies"].flatMap((field) => Object.keys(manifest[field] ?? {})),
    ]);
    for (const file of sourceFiles(join(root, workspace))) {
      const { importedFiles } = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
      for (const { fileName } of importedFiles) {
        // A relative path into another workspace's folder bypasses its package.json and entry point.
        if (fileName.startsWith(".")) {
          const target = relative(join(root, workspace), resolve(dirname(file), fileName));
          if (target.startsWith(`..${sep}`))
            found.push({ file: relative(root, file), dependency: fileName, workspace });
          continue;
        }
        const dependency = packageOf(fileName);
        // Ambient virtual modules of the web build (Vite's "virtual:…") are no packages.
        if (dependency === null || dependency.startsWith("virtual:") || declared.has(dependency)) continue;
        found.push({ file: relative(root, file), dependency, workspace });
      }
    }
  }
  return found;
}
