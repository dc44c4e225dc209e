import { buildSubgraphSchema, printSubgraphSchema } from "@apollo/subgraph";
import type { GraphQLResolverMap } from "@apollo/subgraph/dist/schema-helper";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import { type GraphQLSchema, parse } from "graphql";
import { buildSchema, type BuildSchemaOptions, createResolversMap } from "type-graphql";

/**
 * The one place the federation version is set: every subgraph links this spec.
 * 2.11 is supported by @apollo/subgraph, @apollo/composition and @apollo/gateway 2.14.
 */
export const FEDERATION_SPEC_URL = "https://specs.apollo.dev/federation/v2.11";

const FEDERATION_IMPORTS = ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@tag"];

export const FEDERATION_LINK = `extend schema @link(url: "${FEDERATION_SPEC_URL}", import: [${FEDERATION_IMPORTS.map((d) => `"${d}"`).join(", ")}])`;

/** `__resolveReference` functions by type name; each must batch through the request's loaders. */
export type ReferenceResolvers<TContext> = Record<
  string,
  { __resolveReference: (reference: Record<string, unknown>, context: TContext) => unknown }
>;

export type FederatedSchemaOptions = Omit<BuildSchemaOptions, "skipCheck">;

/**
 * Descriptions of the root types, the same in every subgraph so that composition carries them
 * into the supergraph (type-graphql has no way to describe a root type).
 */
const ROOT_TYPE_DESCRIPTIONS = {
  query: "Reads of the committee's plan and of what the domains' agencies report.",
  mutation: "Writes of the committee's standing office and of the domains' agencies.",
} as const;

/**
 * Builds a Federation 2 subgraph schema from type-graphql classes: type-graphql builds the
 * executable schema, its SDL (with `@key` and friends from `@Directive`) goes through
 * `buildSubgraphSchema`, and the resolvers are carried over with `createResolversMap`.
 */
export async function buildFederatedSchema<TContext>(
  options: FederatedSchemaOptions,
  referenceResolvers: ReferenceResolvers<TContext> = {},
): Promise<GraphQLSchema> {
  // skipCheck: the federation directives are not defined until buildSubgraphSchema adds them.
  const schema = await buildSchema({ ...options, skipCheck: true });
  for (const [root, description] of [
    [schema.getQueryType(), ROOT_TYPE_DESCRIPTIONS.query],
    [schema.getMutationType(), ROOT_TYPE_DESCRIPTIONS.mutation],
  ] as const) {
    if (root) root.description = description;
  }
  const typeDefs = parse(`${FEDERATION_LINK}\n\n${printSchemaWithDirectives(schema)}`);
  const resolvers = createResolversMap(schema) as GraphQLResolverMap<unknown>;
  for (const [typeName, reference] of Object.entries(referenceResolvers)) {
    resolvers[typeName] = { ...resolvers[typeName], ...reference } as GraphQLResolverMap<unknown>[string];
  }
  return buildSubgraphSchema({ typeDefs, resolvers });
}

/** The subgraph SDL as composition reads it; committed as `schema/<name>.graphql`. */
export function printFederatedSdl(schema: GraphQLSchema): string {
  return `${printSubgraphSchema(schema).trim()}\n`;
}
