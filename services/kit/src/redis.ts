import { Redis } from "ioredis";

import type { Logger } from "./logger";

/**
 * A connection to the Redis that holds the gateway's response cache and the subgraphs' data
 * versions. The cache is a shortcut, never a dependency: while Redis is unreachable a command
 * fails at once (no offline queue, a short timeout) rather than holding a request, and the
 * connection is retried in the background. One warning per outage says what is missed meanwhile
 * (`whileDown`), one line says when Redis is back.
 */
export function connectRedis(url: string, logger: Logger, whileDown: string): Redis {
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: 500,
    connectTimeout: 2_000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
  });
  let down = false;
  redis.on("error", (error: Error) => {
    if (down) return;
    down = true;
    logger.warn({ reason: error.message }, `Redis unreachable: ${whileDown}`);
  });
  redis.on("ready", () => {
    if (down) logger.info("Redis reachable again");
    down = false;
  });
  return redis;
}

/** Closes a connection without waiting for a server that may be gone. */
export async function disconnectRedis(redis: Redis): Promise<void> {
  if (redis.status === "ready") {
    await redis.quit().catch(() => redis.disconnect());
  } else {
    redis.disconnect();
  }
}
