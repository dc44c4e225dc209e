import type { ApolloServerPlugin } from "@apollo/server";
import type { NextFunction, Request, Response } from "express";
import { Kind, type OperationDefinitionNode } from "graphql";

import { publicExtensions } from "../errors";
import { UnauthenticatedError } from "./auth-errors";
import type { Principal } from "./principal";
import type { TokenVerifier } from "./verify-token";

/** The caller's verified principal for this request, or null when no token was sent. */
export function principalOf(res: Response): Principal | null {
  return (res.locals["principal"] as Principal | null | undefined) ?? null;
}

/**
 * Reads `Authorization: Bearer <jwt>`: a valid token sets the request's principal, no header
 * leaves it anonymous (what an anonymous caller may do is decided later), and a bad one is
 * refused at once with 401, before any GraphQL or database work.
 */
export function authenticate(verify: TokenVerifier) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const header = req.header("authorization");
    res.locals["principal"] = null;
    if (!header) return next();
    const match = /^Bearer ([A-Za-z0-9._~+/=-]+)$/i.exec(header);
    try {
      if (!match)
        throw new UnauthenticatedError('Send the token as "Authorization: Bearer <token>".', "TOKEN_MALFORMED");
      res.locals["principal"] = await verify(match[1]);
      next();
    } catch (error) {
      if (!(error instanceof UnauthenticatedError)) return next(error);
      res.status(401).json({ errors: [{ message: error.message, extensions: publicExtensions(error.extensions) }] });
    }
  };
}

/** Plain routes (downloads, uploads) need a signed-in caller too. */
export function requireSignIn(_req: Request, res: Response, next: NextFunction): void {
  if (principalOf(res)) return next();
  res.status(401).json({
    errors: [{ message: "Sign in: send a token.", extensions: { code: "UNAUTHENTICATED", reason: "TOKEN_MISSING" } }],
  });
}

const INTROSPECTION_FIELDS = new Set(["__schema", "__type", "__typename"]);

/** True when the operation asks only for the schema (what the explorer loads first). */
function isIntrospectionOnly(operation: OperationDefinitionNode | undefined): boolean {
  return (
    !!operation &&
    operation.selectionSet.selections.every(
      (selection) => selection.kind === Kind.FIELD && INTROSPECTION_FIELDS.has(selection.name.value),
    )
  );
}

/**
 * No data without a token: an anonymous operation is refused (401) unless it is introspection
 * and `anonymousIntrospection` is on (development, so the explorer can show the schema).
 */
export function signInRequired<TContext extends { principal: Principal | null }>(options: {
  anonymousIntrospection: boolean;
}): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation }) {
          if (contextValue.principal) return;
          if (options.anonymousIntrospection && isIntrospectionOnly(operation)) return;
          throw new UnauthenticatedError("Sign in: this graph serves no data without a token.", "TOKEN_MISSING");
        },
      };
    },
  };
}
