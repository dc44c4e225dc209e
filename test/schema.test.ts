import { composeSupergraph, type Composition, listSubgraphs, staleSchemaFiles } from "@hpig/tools";
import {
  buildSchema,
  type GraphQLNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedScalarType,
} from "graphql";

/** What a client sees: the supergraph's types without federation's own (join__, link__) and introspection's. */
function clientTypes(supergraph: string): GraphQLNamedType[] {
  const schema = buildSchema(supergraph, { assumeValidSDL: true });
  return Object.values(schema.getTypeMap()).filter(
    (type) => !/^(__|_|join__|link__)/.test(type.name) && !isSpecifiedScalarType(type),
  );
}

/** Every type, field, argument, input field and enum value a client sees that has no description. */
function undescribed(types: GraphQLNamedType[]): string[] {
  const missing: string[] = [];
  const check = (path: string, description: string | null | undefined) => {
    if (!description?.trim()) missing.push(path);
  };
  for (const type of types) {
    check(type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        check(`${type.name}.${field.name}`, field.description);
        for (const arg of field.args) check(`${type.name}.${field.name}(${arg.name})`, arg.description);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) check(`${type.name}.${field.name}`, field.description);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) check(`${type.name}.${value.name}`, value.description);
    }
  }
  return missing;
}

describe("the committed schema", () => {
  let composition: Composition;
  beforeAll(async () => {
    composition = await composeSupergraph();
  });

  it("composes without errors and names every subgraph", () => {
    for (const subgraph of listSubgraphs()) {
      expect(composition.supergraph).toContain(`@join__graph(name: "${subgraph.name}"`);
    }
  });

  it("matches what the code produces (run `npm run compose` after changing a schema)", () => {
    expect(staleSchemaFiles(composition)).toEqual([]);
  });

  it("describes every type, field, argument and enum value a client sees, for the explorer", () => {
    const types = clientTypes(composition.supergraph);

    expect(types.length).toBeGreaterThan(50);
    expect(undescribed(types)).toEqual([]);
  });
});
