import { mkdirSync, mkdtempSync, rmSync, statSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { type Composition, schemaPath, writeComposition } from "./compose";

describe("writeComposition", () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), "hpig-compose-"));
    mkdirSync(join(root, "schema"));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const composition = (labour: string): Composition => ({
    subgraphs: { plan: "type Query { plan: String }\n", labour },
    supergraph: `# supergraph of ${labour}`,
    hints: [],
  });

  it("writes the files whose text changed and leaves the others untouched, time included", () => {
    expect(writeComposition(composition("type Query { a: Int }\n"), root)).toEqual([
      "schema/plan.graphql",
      "schema/labour.graphql",
      "schema/supergraph.graphql",
    ]);
    const past = new Date(Date.now() - 60_000);
    for (const name of ["plan", "labour", "supergraph"]) utimesSync(schemaPath(name, root), past, past);

    expect(writeComposition(composition("type Query { b: Int }\n"), root)).toEqual([
      "schema/labour.graphql",
      "schema/supergraph.graphql",
    ]);
    expect(statSync(schemaPath("plan", root)).mtimeMs).toBeCloseTo(past.getTime(), -1);
    expect(writeComposition(composition("type Query { b: Int }\n"), root)).toEqual([]);
  });
});
