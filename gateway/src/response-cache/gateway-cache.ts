import { createHash } from "node:crypto";

import type { Logger } from "@hpig/kit";
import type { Registry } from "prom-client";

import type { GatewayConfig } from "../config";
import type { SubgraphEndpoint } from "../supergraph";
import { createCacheMetrics } from "./metrics";
import { createResponseCache, type ResponseCache } from "./response-cache";
import { memoryStore, redisStore, type ResponseCacheStore } from "./store";

/** The gateway's response cache as its configuration says: in Redis, in memory, or off. */
export function createGatewayCache(
  config: GatewayConfig,
  supergraphSdl: string,
  subgraphs: readonly SubgraphEndpoint[],
  logger: Logger,
  registry: Registry,
): ResponseCache {
  const names = subgraphs.map((subgraph) => subgraph.name);
  let store: ResponseCacheStore | null = null;
  if (config.CACHE_ENABLED) {
    store = config.REDIS_URL
      ? redisStore({
          url: config.REDIS_URL,
          prefix: config.CACHE_KEY_PREFIX,
          subgraphs: names,
          ttlSeconds: config.CACHE_TTL_SECONDS,
          logger,
        })
      : memoryStore({
          subgraphs: names,
          ttlSeconds: config.CACHE_TTL_SECONDS,
          maxBytes: config.CACHE_MAX_MEGABYTES * 1024 * 1024,
        });
  }
  logger.info(
    { cache: store?.kind ?? "off", ttlSeconds: config.CACHE_TTL_SECONDS },
    store?.kind === "memory"
      ? "response cache in memory: the subgraphs must announce their writes here (CACHE_INVALIDATION_URLS)"
      : "response cache",
  );
  return createResponseCache({
    store,
    subgraphs: names,
    schemaId: schemaIdOf(config, supergraphSdl),
    metrics: createCacheMetrics(registry),
    logger,
  });
}

/**
 * What an answer was given under, besides its data: the supergraph and the operation limits.
 * Gateways of another release, or with other limits, share a Redis without sharing answers.
 */
function schemaIdOf(config: GatewayConfig, supergraphSdl: string): string {
  const limits = [
    config.MAX_QUERY_DEPTH,
    config.MAX_QUERY_ALIASES,
    config.MAX_QUERY_TOKENS,
    config.MAX_QUERY_COST,
    config.MAX_QUERY_DIRECTIVES,
  ];
  return createHash("sha256").update(supergraphSdl).update(JSON.stringify(limits)).digest("base64url").slice(0, 22);
}
