import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { GraphQLError, type ParseOptions, type ValidationContext, type ValidationRule } from "graphql";

import type { GatewayConfig } from "./config";

/** The `extensions.code` of each operation-limit refusal (HTTP 400). */
export const OperationLimitCode = {
  Depth: "MAX_DEPTH_EXCEEDED",
  Aliases: "MAX_ALIASES_EXCEEDED",
  Tokens: "MAX_TOKENS_EXCEEDED",
  Cost: "MAX_COST_EXCEEDED",
  Directives: "MAX_DIRECTIVES_EXCEEDED",
} as const;

export type OperationLimitCodeValue = (typeof OperationLimitCode)[keyof typeof OperationLimitCode];

/**
 * An operation over one of the limits. Apollo wraps every validation error into its own with the
 * code GRAPHQL_VALIDATION_FAILED; this one stays reachable as that error's `originalError`, and
 * the gateway's formatError puts its own code back (see `operationLimitCodeOf`).
 */
export class OperationLimitError extends GraphQLError {
  constructor(
    readonly limitCode: OperationLimitCodeValue,
    message: string,
  ) {
    super(message, { extensions: { code: limitCode } });
  }
}

/** graphql-js's message when the parser stops at `maxTokens` (16.x says "more that", hence tha[nt]). */
const TOKEN_LIMIT_MESSAGE = /^Syntax Error: Document contains more tha[nt] (\d+) tokens\. Parsing aborted\.$/;

/** The limit code of an error Apollo reports, or undefined when it is no operation-limit refusal. */
export function operationLimitCodeOf(error: unknown): OperationLimitCodeValue | undefined {
  if (!(error instanceof GraphQLError)) return undefined;
  if (error.originalError instanceof OperationLimitError) return error.originalError.limitCode;
  if (error instanceof OperationLimitError) return error.limitCode;
  if (error.extensions["code"] === "GRAPHQL_PARSE_FAILED" && TOKEN_LIMIT_MESSAGE.test(error.message)) {
    return OperationLimitCode.Tokens;
  }
  return undefined;
}

/** The refusal message of a token-limit error, in the words of the other limits. */
export function tokenLimitMessage(error: GraphQLError): string {
  const limit = TOKEN_LIMIT_MESSAGE.exec(error.message)?.[1];
  return limit ? `Token limit of ${limit} exceeded.` : error.message;
}

/** Reports a refusal with our code; graphql-armor's own handler would report BAD_USER_INPUT. */
function refuseWith(code: OperationLimitCodeValue) {
  return [
    (context: ValidationContext | null, error: GraphQLError) => {
      // armor prefixes every refusal with "Syntax Error: ", which it is not.
      context?.reportError(new OperationLimitError(code, error.message.replace(/^Syntax Error: /, "")));
    },
  ];
}

export interface OperationLimits {
  validationRules: ValidationRule[];
  plugins: ApolloServerPlugin[];
  parseOptions: ParseOptions;
}

/**
 * graphql-armor's protections for Apollo Server, with the configured limits:
 *
 * - depth, aliases, cost and directives are validation rules (HTTP 400, codes above); fragments
 *   are flattened, so a fragment counts for its fields and not as a level of its own;
 *   introspection (`__schema`) counts for neither depth nor cost, so GraphiQL loads its schema;
 * - field suggestions ("Did you mean …?") are removed from error messages outside development,
 *   so the schema cannot be guessed from them (formatError also drops the enum-value form, which
 *   armor's pattern misses);
 * - the token limit is the GraphQL parser's own `maxTokens`, through Apollo's parseOptions, and
 *   not armor's max-tokens plugin: in Apollo that plugin parses in a hook that turns every syntax
 *   error into an HTTP 500 (graphql-armor issues #571, #751). The parser stops at the limit, so a
 *   huge document is never parsed in full.
 */
export function operationLimits(
  config: Pick<
    GatewayConfig,
    | "NODE_ENV"
    | "MAX_QUERY_DEPTH"
    | "MAX_QUERY_ALIASES"
    | "MAX_QUERY_TOKENS"
    | "MAX_QUERY_COST"
    | "MAX_QUERY_DIRECTIVES"
  >,
): OperationLimits {
  const common = { exposeLimits: true, propagateOnRejection: false } as const;
  const armor = new ApolloArmor({
    maxDepth: {
      ...common,
      n: config.MAX_QUERY_DEPTH,
      flattenFragments: true,
      ignoreIntrospection: true,
      onReject: refuseWith(OperationLimitCode.Depth),
    },
    maxAliases: { ...common, n: config.MAX_QUERY_ALIASES, onReject: refuseWith(OperationLimitCode.Aliases) },
    costLimit: {
      ...common,
      maxCost: config.MAX_QUERY_COST,
      flattenFragments: true,
      ignoreIntrospection: true,
      onReject: refuseWith(OperationLimitCode.Cost),
    },
    maxDirectives: { ...common, n: config.MAX_QUERY_DIRECTIVES, onReject: refuseWith(OperationLimitCode.Directives) },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: config.NODE_ENV !== "development" },
  });
  const { validationRules, plugins } = armor.protect();
  return {
    validationRules,
    plugins,
    parseOptions: { maxTokens: config.MAX_QUERY_TOKENS },
  };
}
