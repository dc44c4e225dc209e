import { randomBytes } from "node:crypto";

import type { DataSource } from "typeorm";
import { z } from "zod";

import { afterEveryCommit } from "./commit-hooks";
import { httpUrlList, serviceToken, unsetWhenEmpty } from "./config";
import type { Logger } from "./logger";
import { connectRedis, disconnectRedis } from "./redis";

/*
 * Data versions: how the gateway's response cache learns that a subgraph's data changed.
 *
 * After every transaction a subgraph commits, it publishes a new version of its data (a value never
 * used before), and the write is answered only once that is done (see afterEveryCommit). The
 * gateway tags each cached answer with the versions, read before it asked, of the subgraphs it
 * asked, and serves the answer again only while they are all unchanged. With Redis the version is
 * a key there, shared by every gateway; without, the subgraph POSTs to each gateway's internal
 * endpoint (CACHE_INVALIDATION_PATH) and the gateway keeps the versions itself.
 */

/** What the gateway and the subgraphs share: where Redis is, and the prefix of every key there. */
export const cacheEnv = z.object({
  /** Redis holding the response cache and the data versions; unset: the gateway caches in its own memory. */
  REDIS_URL: z.preprocess(unsetWhenEmpty, z.url({ protocol: /^rediss?$/ }).optional()),
  /** Prefix of every Redis key, so several deployments (or test runs) can share one Redis. */
  CACHE_KEY_PREFIX: z
    .string()
    .regex(/^[\w.:-]{1,64}$/, "use 1–64 letters, digits and _ . : -")
    .default("hpig:"),
});

/** A subgraph's side: Redis, or the gateways to notify, with the token they accept. */
export const dataVersionEnv = cacheEnv
  .extend({
    /** Without Redis: each gateway's invalidation endpoint, comma-separated (npm start sets its gateway's). */
    CACHE_INVALIDATION_URLS: httpUrlList,
    /** The subgraph's own token (role service): domains read plan's registry with it; gateways take notices with it. */
    SERVICE_TOKEN: serviceToken,
  })
  .refine((env) => env.CACHE_INVALIDATION_URLS.length === 0 || env.SERVICE_TOKEN !== undefined, {
    message: "CACHE_INVALIDATION_URLS needs SERVICE_TOKEN: a gateway takes notices from services only",
    path: ["SERVICE_TOKEN"],
  });

export type DataVersionConfig = z.infer<typeof dataVersionEnv>;

/** The Redis key of a subgraph's data version. */
export function dataVersionKey(prefix: string, subgraph: string): string {
  return `${prefix}version:${subgraph}`;
}

/**
 * A version never used before, rather than a counter: a Redis restarted empty, or a key evicted,
 * starts a counter again at 1, and an old answer tagged 1 would look current.
 */
export function newDataVersion(): string {
  return `${Date.now().toString(36)}.${randomBytes(6).toString("hex")}`;
}

/** Where one subgraph's versions go: Redis, or one gateway. */
interface VersionTarget {
  name: string;
  send(): Promise<void>;
  close(): Promise<void>;
}

export interface DataVersionPublisher {
  /**
   * Publishes a new version everywhere; resolves once each target has it or has failed, and never
   * rejects. A failed target is retried in the background until it takes a newer version.
   */
  publish(): Promise<void>;
  /** True while a target has not taken a version newer than every commit so far (it is being retried). */
  undelivered(): boolean;
  /** Retries what is undelivered for up to 3 s and closes; true when every target has the latest version. */
  close(): Promise<boolean>;
}

/**
 * Starts publishing `subgraph`'s data versions where the configuration says (Redis, the gateways'
 * endpoints, or both); null when neither is configured, and then the gateways' caches are never
 * told of this subgraph's writes, which a line in the log says.
 */
export function startDataVersionPublisher(
  subgraph: string,
  config: DataVersionConfig,
  logger: Logger,
): DataVersionPublisher | null {
  const targets: VersionTarget[] = config.CACHE_INVALIDATION_URLS.map((url) =>
    gatewayTarget(subgraph, url, config.SERVICE_TOKEN!),
  );
  if (config.REDIS_URL) {
    const redis = connectRedis(
      config.REDIS_URL,
      logger,
      "this subgraph's writes cannot reach the gateways' response cache until it is back (cached answers expire within CACHE_TTL_SECONDS)",
    );
    const key = dataVersionKey(config.CACHE_KEY_PREFIX, subgraph);
    // The first connection is under way while migrations commit: those wait for it, briefly.
    const firstConnection = new Promise<void>((connected) => {
      redis.once("ready", connected);
      setTimeout(connected, 2_000).unref();
    });
    targets.push({
      name: "redis",
      send: async () => {
        if (redis.status === "connecting" || redis.status === "connect") await firstConnection;
        await redis.set(key, newDataVersion());
      },
      close: () => disconnectRedis(redis),
    });
    // A new version at every (re)connection: a Redis restarted from a snapshot would otherwise
    // hand back versions that answers cached before this subgraph's latest writes still match.
    redis.on("ready", () => onReconnect());
  }
  if (targets.length === 0) {
    logger.info(
      "no REDIS_URL nor CACHE_INVALIDATION_URLS: the gateways' response caches are not told of this subgraph's writes",
    );
    return null;
  }
  const deliveries = targets.map((target) => delivery(target, logger));
  const publish = async () => {
    await Promise.all(deliveries.map((deliver) => deliver.send()));
  };
  const onReconnect = () => void publish();
  return {
    publish,
    undelivered: () => deliveries.some((deliver) => deliver.pending()),
    close: async () => {
      const delivered = await Promise.all(deliveries.map((deliver) => deliver.close()));
      return delivered.every(Boolean);
    },
  };
}

/**
 * Publishes a new data version after every commit of `db`, before the write is answered; returns
 * the function that stops it.
 */
export function publishDataVersionOnCommit(db: DataSource, publisher: DataVersionPublisher): () => void {
  return afterEveryCommit(db, () => publisher.publish());
}

/**
 * The gateway's endpoint as a target: a POST naming the subgraph, with the subgraph's service token.
 * A gateway that refuses the connection is not running (stopped, or not listening yet): its cache
 * lives in its memory, so it holds no answer to drop, and the notice is settled. Retrying it would
 * only hold up this subgraph's shutdown when the gateways stopped first, by up to 3 s.
 */
function gatewayTarget(subgraph: string, url: string, token: string): VersionTarget {
  return {
    name: url,
    send: async () => {
      let response: Response;
      try {
        response = await fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
          body: JSON.stringify({ subgraph }),
          signal: AbortSignal.timeout(2_000),
        });
      } catch (error) {
        if (connectionRefused(error)) return;
        throw error;
      }
      if (!response.ok) throw new Error(`${url} answered ${response.status}: ${(await response.text()).slice(0, 200)}`);
    },
    close: async () => undefined,
  };
}

/** fetch's error when nothing listens at the address: its cause is the socket's ECONNREFUSED (read by shape, as errors of another realm are no `Error` here). */
function connectionRefused(error: unknown): boolean {
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause;
  return cause?.code === "ECONNREFUSED";
}

/**
 * Sends to one target and retries what failed. Each send is numbered when it starts, which is
 * after the commit it announces: a later send that succeeds covers every commit before it, so an
 * earlier failure is settled by it; one that started earlier settles nothing.
 */
function delivery(target: VersionTarget, logger: Logger) {
  let started = 0;
  let deliveredUpTo = 0;
  let failedUpTo = 0;
  let retryTimer: NodeJS.Timeout | undefined;
  let retries = 0;
  let closed = false;
  const pending = () => failedUpTo > deliveredUpTo;

  const send = async (): Promise<void> => {
    const number = ++started;
    try {
      await target.send();
      deliveredUpTo = Math.max(deliveredUpTo, number);
      if (!pending() && retries > 0) {
        logger.info({ target: target.name }, "data version delivered again");
        retries = 0;
        clearTimeout(retryTimer);
        retryTimer = undefined;
      }
    } catch (error) {
      failedUpTo = Math.max(failedUpTo, number);
      if (pending()) scheduleRetry(error);
    }
  };
  const scheduleRetry = (error: unknown) => {
    if (closed || retryTimer) return;
    // Quickly at first (a gateway starting beside this subgraph listens within seconds), then backing off.
    const delay = retries < 10 ? 250 : Math.min(30_000, 250 * 2 ** Math.min(retries - 8, 7));
    // At start the gateway may not listen yet: only a persisting failure is worth a warning.
    logger[retries === 10 ? "warn" : "debug"](
      { target: target.name, reason: error instanceof Error ? error.message : String(error), retryInMs: delay },
      "publishing the data version failed; cached answers of this subgraph may be served until it succeeds",
    );
    retries += 1;
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      if (pending()) void send();
    }, delay);
    retryTimer.unref();
  };
  return {
    send,
    pending,
    close: async (): Promise<boolean> => {
      closed = true;
      clearTimeout(retryTimer);
      // A short-lived writer (the import CLI) may finish before its Redis connection is up.
      const deadline = Date.now() + 3_000;
      while (pending() && Date.now() < deadline) {
        await send();
        if (pending()) await new Promise((done) => setTimeout(done, 200));
      }
      await target.close();
      return !pending();
    },
  };
}
