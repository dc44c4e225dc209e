import type { AuthChecker } from "type-graphql";

import { ForbiddenError, UnauthenticatedError } from "./auth-errors";
import { hasRole, type Principal, type Role } from "./principal";

/** type-graphql's `@Authorized("standing-office")`: the caller needs one of the roles named. */
export const roleAuthChecker: AuthChecker<{ principal: Principal | null }, Role> = ({ context }, roles) => {
  if (!context.principal) throw new UnauthenticatedError("Sign in: send a token.", "TOKEN_MISSING");
  if (roles.length === 0 || hasRole(context.principal, ...roles)) return true;
  throw new ForbiddenError(`This needs the role ${roles.join(" or ")}.`);
};
