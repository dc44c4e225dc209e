import { hasRole, principalOf, REGISTRY_NOTICE_PATH } from "@hpig/kit";
import type { Express } from "express";

/**
 * A domain's end of plan's registry notices without Redis (kit/registry-notice.ts): a POST from a
 * service (plan, the import CLI) makes the domain sync its copy now. The body is ignored, since the
 * domain reads the registry from plan itself; the answer (202) does not wait for the sync.
 */
export function mountRegistryNotices(app: Express, onNotice: () => void): void {
  app.post(REGISTRY_NOTICE_PATH, (_req, res) => {
    const principal = principalOf(res);
    if (!principal) {
      res.status(401).json({ error: "UNAUTHENTICATED", message: "Sign in: send plan's service token." });
      return;
    }
    if (!hasRole(principal, "service")) {
      res.status(403).json({ error: "FORBIDDEN", message: "Only a service may announce a registry change." });
      return;
    }
    onNotice();
    res.status(202).json({ accepted: true });
  });
}
