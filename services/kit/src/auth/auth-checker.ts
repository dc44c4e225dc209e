import type { AuthChecker } from "type-graphql";
import { ForbiddenError } from "./auth-errors";
import { type Principal, type Role, hasRole } from "./principal";

/** type-graphql's `@Authorized("standing-office")`: the caller needs one of the roles named. */
export const roleAuthChecker: AuthChecker<{ principal: Principal | null }, Role> = ({ context }, roles) => {
  if (roles.length === 0 ? context.principal !== null : hasRole(context.principal, ...roles)) return true;
  throw new ForbiddenError(`This needs the role ${roles.join(" or ")}.`);
};
