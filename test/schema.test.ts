import { composeSupergraph, listSubgraphs, staleSchemaFiles } from "@hpig/tools";

describe("the committed schema", () => {
  const composition = composeSupergraph();

  it("composes without errors and names every subgraph", () => {
    for (const subgraph of listSubgraphs()) {
      expect(composition.supergraph).toContain(`@join__graph(name: "${subgraph.name}"`);
    }
  });

  it("matches what the code produces (run `npm run compose` after changing a schema)", () => {
    expect(staleSchemaFiles(composition)).toEqual([]);
  });
});
