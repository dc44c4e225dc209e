import { unwrapResolverError } from "@apollo/server/errors";
import { type Logger, currentRequest, maskedError, withShortMessage } from "@hpig/kit";
import type { GraphQLFormattedError } from "graphql";
import { GraphQLError } from "graphql";
import { OperationLimitCode, operationLimitCodeOf, tokenLimitMessage } from "./operation-limits";

/**
 * Codes of errors the client caused and can act on: their message is meant for the caller and is
 * kept in production. Everything else (INTERNAL_SERVER_ERROR, a subgraph error without a code,
 * which the gateway calls DOWNSTREAM_SERVICE_ERROR, an unknown code) is unexpected, and masked.
 * A subgraph that raises a new client code must add it here, or production callers see "Internal
 * server error" (format-error.test.ts checks the codes the kit, plan and reporting declare).
 */
export const CLIENT_ERROR_CODES: ReadonlySet<string> = new Set([
  // Apollo Server: the request itself is wrong.
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  // Sign-in and rights (kit/auth).
  "UNAUTHENTICATED",
  "FORBIDDEN",
  // The gateway and the kit's HTTP layer.
  "SUBGRAPH_UNAVAILABLE",
  "BATCHING_NOT_ALLOWED",
  "PAYLOAD_TOO_LARGE",
  "MALFORMED_JSON",
  "UNSUPPORTED_MEDIA_TYPE",
  ...Object.values(OperationLimitCode),
  // kit ErrorCode.
  "NOT_FOUND",
  // plan: registry edits and the December cycle.
  "VERSION_CONFLICT",
  "LEAD_WITHOUT_DOMAIN",
  "NOT_A_REPORTING_UNIT",
  "INVALID_DATE",
  "DEADLINE_OUTSIDE_DECEMBER",
  // plan: the committee's documents, and adjustment proposals.
  "PERIOD_NOT_BEGUN",
  "DOCUMENT_SUBMITTED",
  "INCOMPLETE_REPORT",
  "NO_CHANGE",
  "PROPOSAL_ALREADY_DECIDED",
  // reporting: progress reports and implementation plans (progress-errors.ts).
  "UNKNOWN_TASK",
  "TASK_NOT_OWNED",
  "NOT_A_LEAD_AGENCY",
  "INVALID_PERIOD",
  "PERIOD_OUTSIDE_TASK",
  "PERIOD_IN_FUTURE",
  "PERCENT_OUT_OF_RANGE",
  "INCONSISTENT_STATE",
  "REVISION_CONFLICT",
  // reporting: a domain whose copy of the catalogue is not yet synced from plan.
  "REGISTRY_NOT_SYNCED",
  // reporting: indicator figures (observation-errors.ts).
  "INVALID_OBSERVATIONS",
  "UNKNOWN_INDICATOR",
  "PERIOD_TYPE_NOT_ALLOWED",
  "UNKNOWN_DIMENSION",
  "UNKNOWN_CODE",
  "DUPLICATE_CELL",
  "VALUE_OUT_OF_RANGE",
  "NOT_A_WHOLE_NUMBER",
  "CROSS_CHECK_FAILED",
]);

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
 * - a client error (CLIENT_ERROR_CODES), from the gateway or passed on from a subgraph, keeps its
 *   message, code and details; in production without stacktrace or the raw subgraph response.
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
    if (typeof code === "string" && CLIENT_ERROR_CODES.has(code)) {
      return options.production ? withoutInternalExtensions(result) : result;
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

function withoutInternalExtensions(error: GraphQLFormattedError): GraphQLFormattedError {
  if (!error.extensions) return error;
  const extensions = Object.fromEntries(
    Object.entries(error.extensions).filter(([key]) => !INTERNAL_EXTENSIONS.includes(key)),
  );
  return { ...error, extensions };
}
