import type { Express } from "express";

/** Placeholder until the offline explorer lands. */
export function mountExplorer(_app: Express): void {}
