import { z } from "zod";

import { booleanFlag, httpUrlList, serviceToken } from "./config";
import type { Logger } from "./logger";
import { connectRedis, disconnectRedis } from "./redis";

/*
 * Registry notices: how plan tells the domains that the task registry changed (a task edit, an
 * approved adjustment proposal, an import), so that each syncs its copy at once instead of at its
 * next poll. With Redis, plan PUBLISHes on a channel every domain subscribes to; without, plan
 * POSTs to each domain's REGISTRY_NOTICE_PATH (REGISTRY_NOTICE_URLS, which the launcher sets).
 * A notice carries nothing but "changed": the domain reads the registry from plan as it always
 * does, so a lost, repeated or late notice costs at most one sync, and polling stays the fallback.
 */

/** The Redis channel of the notices. */
export function registryNoticeChannel(prefix: string): string {
  return `${prefix}registry-changed`;
}

/** Plan's side (the subgraph and the import CLI): where to send notices without Redis. */
export const registryNoticeEnv = z
  .object({
    /** Announce registry changes to the domains (off: they see them at their next poll). */
    REGISTRY_NOTICES: booleanFlag.default(true),
    /** Without Redis: each domain's notice endpoint, comma-separated (npm start sets them). */
    REGISTRY_NOTICE_URLS: httpUrlList,
    /** Plan's own token (role service): the domains take notices from services only. */
    SERVICE_TOKEN: serviceToken,
  })
  // Without a token every HTTP notice would be refused (401) and registry changes would wait for the poll.
  .refine((env) => !env.REGISTRY_NOTICES || env.REGISTRY_NOTICE_URLS.length === 0 || env.SERVICE_TOKEN !== undefined, {
    message: "REGISTRY_NOTICE_URLS needs SERVICE_TOKEN: the domains take registry notices from services only",
    path: ["SERVICE_TOKEN"],
  });

export interface RegistryNotifierOptions {
  redisUrl?: string | undefined;
  keyPrefix: string;
  urls: readonly string[];
  /** Plan's service token: the domains take notices from services only. */
  token?: string | undefined;
  logger: Logger;
}

export interface RegistryNotifier {
  /** Tells every domain, in the background; never rejects. The returned promise is for tests and the CLI. */
  notify(): Promise<void>;
  close(): Promise<void>;
}

/** Plan's sender of registry notices; null when neither Redis nor URLs are configured. */
export function startRegistryNotifier(options: RegistryNotifierOptions): RegistryNotifier | null {
  const { logger } = options;
  const redis = options.redisUrl
    ? connectRedis(options.redisUrl, logger, "registry changes reach the domains at their next poll")
    : undefined;
  if (!redis && options.urls.length === 0) return null;
  const channel = registryNoticeChannel(options.keyPrefix);
  // A short-lived writer (the import CLI) may commit before its first connection is up.
  const firstConnection = new Promise<void>((connected) => {
    redis?.once("ready", connected);
    setTimeout(connected, 2_000).unref();
  });
  const publish = async (client: NonNullable<typeof redis>) => {
    if (client.status === "connecting" || client.status === "connect") await firstConnection;
    await client.publish(channel, String(Date.now()));
  };
  const sendHttp = async (url: string) => {
    const response = await fetch(url, {
      method: "POST",
      headers: { authorization: `Bearer ${options.token ?? ""}` },
      signal: AbortSignal.timeout(2_000),
    });
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  };
  const notify = async () => {
    const sends = [...(redis ? [publish(redis)] : []), ...options.urls.map(sendHttp)];
    const results = await Promise.allSettled(sends);
    const failed = results.flatMap((result) =>
      result.status === "rejected"
        ? [result.reason instanceof Error ? result.reason.message : String(result.reason)]
        : [],
    );
    // A domain that missed it syncs at its next poll (REGISTRY_SYNC_INTERVAL_MS).
    if (failed.length > 0) logger.warn({ failed }, "registry change not announced to every domain");
    else logger.debug("registry change announced to the domains");
  };
  return {
    notify: () => notify().catch(() => undefined),
    close: async () => {
      if (redis) await disconnectRedis(redis);
    },
  };
}

/**
 * A domain's receiver of Redis notices: calls `onNotice` for each, and once more whenever the
 * subscription is re-established (notices sent meanwhile are lost). Returns the function that stops it.
 */
export function subscribeRegistryNotices(
  redisUrl: string,
  keyPrefix: string,
  logger: Logger,
  onNotice: () => void,
): () => Promise<void> {
  const redis = connectRedis(redisUrl, logger, "registry changes reach this domain at its next poll");
  const channel = registryNoticeChannel(keyPrefix);
  let subscribedBefore = false;
  redis.on("ready", () => {
    redis.subscribe(channel).then(
      () => {
        if (subscribedBefore) onNotice();
        subscribedBefore = true;
      },
      (error: unknown) => logger.warn({ reason: String(error) }, "could not subscribe to registry notices"),
    );
  });
  redis.on("message", (received: string) => {
    if (received === channel) onNotice();
  });
  return () => disconnectRedis(redis);
}
