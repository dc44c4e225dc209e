import { callerPhrase, ForbiddenError, isEditorOf, type Principal } from "@hpig/kit";

/** The agency whose editors keep the monitoring records: Sở Tài nguyên và Môi trường. */
export const MONITORING_KEEPER = "TNMT";

/** FORBIDDEN, saying who may, unless the caller is an editor of TNMT. */
export function checkKeeper(principal: Principal | null, what: string): void {
  if (!isEditorOf(principal, MONITORING_KEEPER)) {
    throw new ForbiddenError(`Only an editor of ${MONITORING_KEEPER} ${what}; ${callerPhrase(principal)}.`, {
      agencies: [MONITORING_KEEPER],
    });
  }
}
