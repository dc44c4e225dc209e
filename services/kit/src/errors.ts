import { GraphQLError, type GraphQLFormattedError } from "graphql";

import { currentRequest } from "./request-scope";

/** Stable error codes clients can switch on (`extensions.code`). */
export const ErrorCode = {
  BadUserInput: "BAD_USER_INPUT",
  NotFound: "NOT_FOUND",
} as const;

/**
 * The extension that marks an error as the caller's to read: raised on purpose, its message says
 * what to fix and holds nothing internal. The gateway keeps such errors' messages in production
 * (and drops the flag itself); anything without it is unexpected and masked.
 */
export const CLIENT_SAFE = "clientSafe";

/** `extensions` of an error meant for the caller: its code, the client-safe flag, and any more. */
export function clientErrorExtensions(code: string, more: Record<string, unknown> = {}): Record<string, unknown> {
  return { code, ...more, [CLIENT_SAFE]: true };
}

/** Whether an error (formatted or not) was raised as one the caller may read. */
export function isClientSafe(error: { extensions?: Record<string, unknown> | undefined }): boolean {
  return error.extensions?.[CLIENT_SAFE] === true;
}

/** `extensions` as a caller outside the federation sees them: without the flag meant for the gateway. */
export function publicExtensions(extensions: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const { [CLIENT_SAFE]: _flag, ...rest } = extensions;
  return rest;
}

/** A request the caller can fix: the message says what is wrong, `details` where. */
export class UserInputError extends GraphQLError {
  constructor(message: string, code: string = ErrorCode.BadUserInput, details?: Record<string, unknown>) {
    super(message, { extensions: clientErrorExtensions(code, details ? { details } : {}) });
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
