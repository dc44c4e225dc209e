import { GraphQLError } from "graphql";

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
