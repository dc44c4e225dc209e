import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

import type { MigrationState } from "./databases";

/** Written last: a folder with a manifest holds a complete backup. */
export const MANIFEST_FILE = "manifest.json";

/** What a backup folder holds: one file per subgraph's database, and how to check it. */
export interface BackupManifest {
  format: 1;
  /** "2026-12-03T09-40-12Z-3fa1": the backup's name in the audit trail. */
  id: string;
  /** When the first database was copied (ISO, UTC). */
  takenAt: string;
  storage: "sqlite" | "mysql";
  databases: BackupEntry[];
}

export interface BackupEntry {
  subgraph: string;
  /** File name in the folder: "<subgraph>.sqlite" (a SQLite database) or "<subgraph>.sql" (a dump). */
  file: string;
  bytes: number;
  sha256: string;
  /** The schema the copy has: the migrations applied to it. */
  migrations: MigrationState;
  /** The entry "database.backup" in this database's own audit trail, which the copy holds. */
  auditEntryId: number;
}

export function fileDigest(file: string): { bytes: number; sha256: string } {
  return { bytes: statSync(file).size, sha256: createHash("sha256").update(readFileSync(file)).digest("hex") };
}

export function writeManifest(folder: string, manifest: BackupManifest): void {
  writeFileSync(join(folder, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
}

/** Reads a backup folder's manifest and checks every file against it; throws naming what is wrong. */
export function readManifest(folder: string): BackupManifest {
  const path = join(folder, MANIFEST_FILE);
  if (!existsSync(path)) {
    throw new Error(`${folder} holds no ${MANIFEST_FILE}: not a backup, or one that did not finish`);
  }
  const manifest = JSON.parse(readFileSync(path, "utf8")) as BackupManifest;
  if (manifest.format !== 1 || !Array.isArray(manifest.databases)) {
    throw new Error(`${path}: not a backup manifest this version reads (format ${String(manifest.format)})`);
  }
  for (const entry of manifest.databases) {
    const file = join(folder, entry.file);
    if (!existsSync(file)) throw new Error(`${entry.subgraph}: ${entry.file} is missing from ${folder}`);
    const digest = fileDigest(file);
    if (digest.sha256 !== entry.sha256 || digest.bytes !== entry.bytes) {
      throw new Error(`${entry.subgraph}: ${entry.file} differs from the one backed up (sha256 or size)`);
    }
  }
  return manifest;
}
