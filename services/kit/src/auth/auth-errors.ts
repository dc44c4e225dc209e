import { GraphQLError } from "graphql";

import { clientErrorExtensions } from "../errors";

/** No valid token: the caller must sign in. HTTP 401. */
export class UnauthenticatedError extends GraphQLError {
  constructor(message: string, reason: string) {
    super(message, { extensions: clientErrorExtensions("UNAUTHENTICATED", { reason, http: { status: 401 } }) });
  }
}

/** Signed in, but this is not theirs to do; `details` tell a client what would be needed. */
export class ForbiddenError extends GraphQLError {
  constructor(message: string, details?: Record<string, unknown>) {
    super(message, { extensions: clientErrorExtensions("FORBIDDEN", details ? { details } : {}) });
  }
}
