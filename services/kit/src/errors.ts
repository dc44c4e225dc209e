import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { currentRequest } from "./request-scope";

/** Stable error codes clients can switch on (`extensions.code`). */
export const ErrorCode = {
  BadUserInput: "BAD_USER_INPUT",
  NotFound: "NOT_FOUND",
} as const;

/** A request the caller can fix: the message says what is wrong, `details` where. */
export class UserInputError extends GraphQLError {
  constructor(message: string, code: string = ErrorCode.BadUserInput, details?: Record<string, unknown>) {
    super(message, { extensions: { code, ...(details ? { details } : {}) } });
  }
}

/**
 * The longest error message sent back. graphql-js quotes a whole invalid variable in its message,
 * so a megabyte of text sent in a wrong field would otherwise come back whole.
 */
export const MAX_MESSAGE_LENGTH = 2_000;

/** What every service answers an unexpected error with in production, instead of its message. */
export const INTERNAL_ERROR_MESSAGE = "Internal server error";

/**
 * An unexpected error as production callers see it: the fixed message, where it happened, the
 * request's id (to find the full error in the logs) and `extensions` (e.g. the failing subgraph).
 */
export function maskedError(
  error: GraphQLFormattedError,
  extensions: Record<string, unknown> = {},
): GraphQLFormattedError {
  const request = currentRequest();
  return {
    message: INTERNAL_ERROR_MESSAGE,
    ...(error.locations ? { locations: error.locations } : {}),
    ...(error.path ? { path: error.path } : {}),
    extensions: { code: "INTERNAL_SERVER_ERROR", ...(request ? { requestId: request.requestId } : {}), ...extensions },
  };
}

/** The error with its message cut to MAX_MESSAGE_LENGTH, saying how much was cut. */
export function withShortMessage<T extends { message: string }>(error: T): T {
  if (error.message.length <= MAX_MESSAGE_LENGTH) return error;
  const cut = error.message.length - MAX_MESSAGE_LENGTH;
  return { ...error, message: `${error.message.slice(0, MAX_MESSAGE_LENGTH)}… [${cut} characters cut]` };
}
