import { unwrapResolverError } from "@apollo/server/errors";
import { CLIENT_SAFE, currentRequest, isClientSafe, type Logger, maskedError, withShortMessage } from "@hpig/kit";
import type { GraphQLFormattedError } from "graphql";
import { GraphQLError } from "graphql";

import { OperationLimitCode, operationLimitCodeOf, tokenLimitMessage } from "./operation-limits";

/**
 * Codes of client errors that Apollo Server and the gateway raise themselves: the request itself is
 * wrong, or a subgraph did not answer. Their message is meant for the caller and is kept in
 * production. The subgraphs' own client errors (sign-in, rights, every domain code) need no entry
 * here: the kit marks them client-safe (`extensions.clientSafe`, see kit's errors.ts) and the
 * gateway trusts the flag. Everything else (INTERNAL_SERVER_ERROR, a subgraph error without a
 * code or flag, which the gateway calls DOWNSTREAM_SERVICE_ERROR) is unexpected, and masked.
 */
export const GATEWAY_CLIENT_ERROR_CODES: ReadonlySet<string> = new Set([
  // Apollo Server: the request itself is wrong (BAD_USER_INPUT: a variable of the wrong type).
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  // A subgraph's HTTP 401/403, as the gateway's data source names it.
  "UNAUTHENTICATED",
  "FORBIDDEN",
  // The gateway and the kit's HTTP layer.
  "SUBGRAPH_UNAVAILABLE",
  "BATCHING_NOT_ALLOWED",
  "PAYLOAD_TOO_LARGE",
  "MALFORMED_JSON",
  "UNSUPPORTED_MEDIA_TYPE",
  ...Object.values(OperationLimitCode),
]);

/** Whether the caller may read an error's message: the kit marked it client-safe, or it is one of Apollo's or the gateway's. */
export function isClientError(error: GraphQLFormattedError): boolean {
  const code = error.extensions?.["code"];
  return isClientSafe(error) || (typeof code === "string" && GATEWAY_CLIENT_ERROR_CODES.has(code));
}

/** Apollo's refusal of a JSON array when allowBatchedHttpRequests is off. */
const APOLLO_BATCH_REFUSAL = "Operation batching disabled.";
export const BATCH_REFUSAL_MESSAGE =
  "Batched operations are not accepted: send one operation per request, as a JSON object (not an array).";

/** Extensions that may carry internals: stacks, and the raw subgraph response (its URL and body). */
const INTERNAL_EXTENSIONS = ["stacktrace", "exception", "response"];

/**
 * graphql-js's suggestions: `Did you mean "title"?`, `Did you mean the enum value "LABOUR"?`, and
 * what armor's block-field-suggestion plugin leaves of the first ("[Suggestion hidden]?").
 */
const SUGGESTION = /\s*(?:Did you mean [^?]*\?|\[Suggestion hidden\]\??)/g;

export interface FormatErrorOptions {
  /** NODE_ENV=production: mask unexpected errors and drop internal extensions. */
  production: boolean;
  /** Outside development: no "Did you mean …?" in messages. */
  blockSuggestions: boolean;
  /** Used when an error is formatted outside a request (the request's own logger otherwise). */
  logger: Logger;
}

/**
 * The gateway's formatError, applied to every error of every response:
 *
 * - operation-limit refusals get their own code (MAX_DEPTH_EXCEEDED, …) instead of Apollo's
 *   GRAPHQL_VALIDATION_FAILED / GRAPHQL_PARSE_FAILED, and a batch its own (BATCHING_NOT_ALLOWED);
 * - outside development, field suggestions are removed from messages;
 * - an unexpected error is logged in full (message, stack, subgraph, path) with the request id;
 *   in production the caller gets only `"Internal server error"` with `code:
 *   INTERNAL_SERVER_ERROR`, the request id, and the subgraph's name when one failed, never
 *   its message, SQL or stack;
 * - a client error (marked client-safe by the kit, or one of GATEWAY_CLIENT_ERROR_CODES), from the
 *   gateway or passed on from a subgraph, keeps its message, code and details (the flag itself is
 *   dropped); in production without stacktrace or the raw subgraph response.
 */
export function createFormatError(options: FormatErrorOptions) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    let result = formatted;
    const limitCode = operationLimitCodeOf(error);
    if (limitCode) {
      const message =
        limitCode === OperationLimitCode.Tokens && error instanceof GraphQLError
          ? tokenLimitMessage(error)
          : result.message;
      result = { ...result, message, extensions: { ...result.extensions, code: limitCode } };
    } else if (result.extensions?.["code"] === "BAD_REQUEST" && result.message === APOLLO_BATCH_REFUSAL) {
      result = {
        ...result,
        message: BATCH_REFUSAL_MESSAGE,
        extensions: { ...result.extensions, code: "BATCHING_NOT_ALLOWED" },
      };
    }
    if (options.blockSuggestions) result = { ...result, message: result.message.replace(SUGGESTION, "") };
    result = withShortMessage(result);

    const code = result.extensions?.["code"];
    if (isClientError(result)) {
      const shown = withoutExtension(result, CLIENT_SAFE);
      return options.production ? withoutInternalExtensions(shown) : shown;
    }
    const serviceName = result.extensions?.["serviceName"];
    (currentRequest()?.logger ?? options.logger).error(
      { err: unwrapResolverError(error), code, path: result.path, serviceName },
      "unexpected error",
    );
    if (!options.production) return result;
    return maskedError(result, typeof serviceName === "string" ? { serviceName } : {});
  };
}

/** The error without one extension: the client-safe flag is for the gateway, not the caller. */
function withoutExtension(error: GraphQLFormattedError, key: string): GraphQLFormattedError {
  if (!error.extensions || !(key in error.extensions)) return error;
  const { [key]: _dropped, ...extensions } = error.extensions;
  return { ...error, extensions };
}

function withoutInternalExtensions(error: GraphQLFormattedError): GraphQLFormattedError {
  if (!error.extensions) return error;
  const extensions = Object.fromEntries(
    Object.entries(error.extensions).filter(([key]) => !INTERNAL_EXTENSIONS.includes(key)),
  );
  return { ...error, extensions };
}
