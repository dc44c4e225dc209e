/** The gateway's endpoint that takes a subgraph's notice of a committed write (role service only; data-version.ts). */
export const CACHE_INVALIDATION_PATH = "/internal/cache/invalidate";

/** The domains' endpoint that takes plan's notice of a registry change (role service only; registry-notice.ts). */
export const REGISTRY_NOTICE_PATH = "/internal/registry/changed";
