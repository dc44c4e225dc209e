import { connectRedis, dataVersionKey, disconnectRedis, type Logger, newDataVersion } from "@hpig/kit";
import { LRUCache } from "lru-cache";

/** Each subgraph's current data version; null for one that has published none (never cached then). */
export type DataVersions = Record<string, string | null>;

/** A stored answer. */
export interface CachedAnswer {
  /** The data version of each subgraph the answer was read from, as read before it was asked. */
  tags: Record<string, string>;
  /** The response body, exactly as sent. */
  body: Buffer;
}

export interface Lookup {
  answer: CachedAnswer | null;
  /** Every subgraph's version, read with the answer: what a new answer is tagged with. */
  versions: DataVersions;
}

/** Where answers and data versions live: Redis, shared by every gateway, or this gateway's memory. */
export interface ResponseCacheStore {
  readonly kind: "redis" | "memory";
  /** The stored answer and the versions; null while the store cannot be trusted (see redisStore). */
  lookup(key: string): Promise<Lookup | null>;
  save(key: string, answer: CachedAnswer): Promise<void>;
  /** A subgraph committed a write: it gets a new version, and every answer read from it is outdated. */
  bump(subgraph: string): Promise<void>;
  /** "ready" when a lookup can be answered now; "unavailable" while Redis connects or is not yet trusted again. */
  state(): "ready" | "unavailable";
  close(): Promise<void>;
}

/** True when every subgraph the answer was read from still has the version it was read at. */
export function isCurrent(answer: CachedAnswer, versions: DataVersions): boolean {
  return Object.entries(answer.tags).every(([subgraph, version]) => versions[subgraph] === version);
}

/**
 * How long after Redis comes back the gateway still answers uncached: a subgraph's writes while
 * Redis was unreachable changed no version, and the subgraph publishes a new one as soon as it has
 * reconnected, within 2 s (kit/redis.ts retries every 2 s at most).
 */
export const RECONNECT_GRACE_MS = 5_000;

/**
 * Redis: `<prefix>response:<key>` holds an answer (its tags as one JSON line, then the body),
 * expiring after the TTL; `<prefix>version:<subgraph>` holds each subgraph's version, set by the
 * subgraph after every commit. A lookup reads the answer and every version in one round trip.
 */
export function redisStore(options: {
  url: string;
  prefix: string;
  subgraphs: readonly string[];
  ttlSeconds: number;
  logger: Logger;
}): ResponseCacheStore {
  const redis = connectRedis(options.url, options.logger, "answering every query uncached until it is back");
  const versionKeys = options.subgraphs.map((subgraph) => dataVersionKey(options.prefix, subgraph));
  const answerKey = (key: string) => `${options.prefix}response:${key}`;
  let connectedBefore = false;
  let trustedFrom = 0;
  redis.on("ready", () => {
    if (connectedBefore) trustedFrom = Date.now() + RECONNECT_GRACE_MS;
    connectedBefore = true;
  });
  return {
    kind: "redis",
    lookup: async (key) => {
      if (Date.now() < trustedFrom) return null;
      const [stored, versions] = await Promise.all([redis.getBuffer(answerKey(key)), redis.mget(versionKeys)]);
      return {
        answer: stored ? decodeAnswer(stored) : null,
        versions: Object.fromEntries(options.subgraphs.map((subgraph, index) => [subgraph, versions[index] ?? null])),
      };
    },
    save: async (key, answer) => {
      await redis.set(answerKey(key), encodeAnswer(answer), "EX", options.ttlSeconds);
    },
    bump: async (subgraph) => {
      await redis.set(dataVersionKey(options.prefix, subgraph), newDataVersion());
    },
    state: () => (redis.status === "ready" && Date.now() >= trustedFrom ? "ready" : "unavailable"),
    close: () => disconnectRedis(redis),
  };
}

/**
 * This gateway's memory, when there is no Redis: answers in an LRU bounded in bytes, versions as
 * counters the subgraphs' notices (POST CACHE_INVALIDATION_PATH) advance. Both start empty with the
 * process, so a restarted gateway serves nothing older than itself.
 */
export function memoryStore(options: {
  subgraphs: readonly string[];
  ttlSeconds: number;
  maxBytes: number;
}): ResponseCacheStore {
  const answers = new LRUCache<string, CachedAnswer>({
    maxSize: options.maxBytes,
    // The tags and the key are small next to a body; 512 bytes covers them.
    sizeCalculation: (answer) => answer.body.length + 512,
    ttl: options.ttlSeconds * 1_000,
  });
  const counters = new Map(options.subgraphs.map((subgraph) => [subgraph, 0]));
  const versions = (): DataVersions =>
    Object.fromEntries([...counters].map(([subgraph, counter]) => [subgraph, String(counter)]));
  return {
    kind: "memory",
    lookup: async (key) => ({ answer: answers.get(key) ?? null, versions: versions() }),
    save: async (key, answer) => {
      answers.set(key, answer);
    },
    bump: async (subgraph) => {
      counters.set(subgraph, (counters.get(subgraph) ?? 0) + 1);
    },
    state: () => "ready",
    close: async () => answers.clear(),
  };
}

const NEWLINE = 0x0a;

/** Tags on the first line, the body after it: the body is never parsed on the way out. */
export function encodeAnswer(answer: CachedAnswer): Buffer {
  return Buffer.concat([Buffer.from(`${JSON.stringify(answer.tags)}\n`), answer.body]);
}

export function decodeAnswer(stored: Buffer): CachedAnswer | null {
  const end = stored.indexOf(NEWLINE);
  if (end < 0) return null;
  try {
    return {
      tags: JSON.parse(stored.subarray(0, end).toString("utf8")) as Record<string, string>,
      body: stored.subarray(end + 1),
    };
  } catch {
    return null;
  }
}
