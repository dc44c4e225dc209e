import { ApolloServer } from "@apollo/server";
import { createLogger } from "@hpig/kit";
import { getIntrospectionQuery } from "graphql";

import { createFormatError } from "./format-error";
import { operationLimits } from "./operation-limits";

const typeDefs = `#graphql
  enum Status { ACTIVE RETIRED }
  type Node { id: ID! name: String status: Status child: Node children: [Node!]! }
  type Query { node: Node nodes(status: Status): [Node!]! }
`;

interface TreeNode {
  id: string;
  name: string;
  status: string;
  child: TreeNode;
  children: TreeNode[];
}
const tree: TreeNode = {
  id: "1",
  name: "root",
  status: "ACTIVE",
  get child() {
    return tree;
  },
  children: [],
};

/** Small limits, so each is easy to cross: depth 3, aliases 2, tokens 60, cost 30, directives 2. */
const LIMITS = {
  MAX_QUERY_DEPTH: 3,
  MAX_QUERY_ALIASES: 2,
  MAX_QUERY_TOKENS: 60,
  MAX_QUERY_COST: 30,
  MAX_QUERY_DIRECTIVES: 2,
};

async function serverFor(nodeEnv: "development" | "production" | "test"): Promise<ApolloServer> {
  const limits = operationLimits({ ...LIMITS, NODE_ENV: nodeEnv });
  const server = new ApolloServer({
    typeDefs,
    resolvers: { Query: { node: () => tree, nodes: () => [tree] } },
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    plugins: limits.plugins,
    includeStacktraceInErrorResponses: false,
    formatError: createFormatError({
      production: nodeEnv === "production",
      blockSuggestions: nodeEnv !== "development",
      logger: createLogger("gateway", "silent"),
    }),
  });
  await server.start();
  return server;
}

async function run(server: ApolloServer, query: string) {
  const response = await server.executeOperation({ query });
  if (response.body.kind !== "single") throw new Error("expected a single result");
  const { errors, data } = response.body.singleResult;
  return {
    status: response.http.status ?? 200,
    codes: (errors ?? []).map((error) => error.extensions?.["code"]),
    messages: (errors ?? []).map((error) => error.message),
    data,
  };
}

describe("the operation limits (graphql-armor and the parser's token limit)", () => {
  let server: ApolloServer;
  beforeAll(async () => {
    server = await serverFor("production");
  });
  afterAll(() => server?.stop());

  it("lets an operation within every limit run", async () => {
    expect(await run(server, "{ node { child { name } } }")).toEqual({
      status: 200,
      codes: [],
      messages: [],
      data: { node: { child: { name: "root" } } },
    });
  });

  it.each([
    [
      "too deep",
      "{ node { child { child { name } } } }",
      "MAX_DEPTH_EXCEEDED",
      "Query depth limit of 3 exceeded, found 4.",
    ],
    [
      "too many aliases",
      "{ a: node { id } b: node { id } c: node { id } }",
      "MAX_ALIASES_EXCEEDED",
      "Aliases limit of 2 exceeded, found 3.",
    ],
    ["too many tokens", `{ node { ${"id ".repeat(70)}} }`, "MAX_TOKENS_EXCEEDED", "Token limit of 60 exceeded."],
    [
      "too costly",
      `{ node { child { ${"id ".repeat(20)}} } }`,
      "MAX_COST_EXCEEDED",
      "Query Cost limit of 30 exceeded, found 50.",
    ],
    [
      "too many directives",
      "{ node { id @skip(if: false) name @skip(if: false) status @skip(if: false) } }",
      "MAX_DIRECTIVES_EXCEEDED",
      "Directives limit of 2 exceeded, found 3.",
    ],
  ])("refuses an operation %s with HTTP 400 and its own code", async (_what, query, code, message) => {
    expect(await run(server, query)).toEqual({ status: 400, codes: [code], messages: [message], data: undefined });
  });

  it("counts a fragment for its fields, not as a level", async () => {
    const result = await run(server, "{ node { ...Named } } fragment Named on Node { child { name } }");

    expect(result.codes).toEqual([]);
  });

  it("leaves a plain syntax error a 400 GRAPHQL_PARSE_FAILED (armor's token plugin would make it a 500)", async () => {
    expect(await run(server, "{ node { id }")).toMatchObject({ status: 400, codes: ["GRAPHQL_PARSE_FAILED"] });
  });

  it("exempts introspection from depth and cost, so GraphiQL loads the schema", async () => {
    const tight = operationLimits({ ...LIMITS, MAX_QUERY_TOKENS: 1_000, NODE_ENV: "production" });
    const introspecting = new ApolloServer({ typeDefs, ...tight, plugins: tight.plugins });
    await introspecting.start();
    try {
      const result = await run(introspecting, getIntrospectionQuery({ inputValueDeprecation: true }));
      expect([result.status, result.codes]).toEqual([200, []]);
    } finally {
      await introspecting.stop();
    }
  });

  it("removes field and enum suggestions outside development, and keeps them in development", async () => {
    const development = await serverFor("development");
    try {
      const queries = ["{ node { nme } }", "{ nodes(status: ACTIV) { id } }"];
      const hidden = await Promise.all(queries.map((query) => run(server, query)));
      const shown = await Promise.all(queries.map((query) => run(development, query)));

      expect(hidden.flatMap((result) => result.messages)).toEqual([
        'Cannot query field "nme" on type "Node".',
        'Value "ACTIV" does not exist in "Status" enum.',
      ]);
      expect(shown.flatMap((result) => result.messages)).toEqual([
        'Cannot query field "nme" on type "Node". Did you mean "name"?',
        'Value "ACTIV" does not exist in "Status" enum. Did you mean the enum value "ACTIVE"?',
      ]);
    } finally {
      await development.stop();
    }
  });
});
