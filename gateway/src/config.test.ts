import { ConfigError } from "@hpig/kit";

import { loadGatewayConfig } from "./config";

/** The least a gateway needs: where its verification key is (never read by loadGatewayConfig). */
const BASE = { AUTH_PUBLIC_KEY_FILE: "/keys/public.pem" };

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadGatewayConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe("the gateway's configuration", () => {
  it("has documented operation limits by default", () => {
    const config = loadGatewayConfig(BASE);

    expect({
      depth: config.MAX_QUERY_DEPTH,
      aliases: config.MAX_QUERY_ALIASES,
      tokens: config.MAX_QUERY_TOKENS,
      cost: config.MAX_QUERY_COST,
      directives: config.MAX_QUERY_DIRECTIVES,
      bytes: config.MAX_REQUEST_BYTES,
    }).toEqual({ depth: 8, aliases: 30, tokens: 2_000, cost: 1_000, directives: 20, bytes: 1_000_000 });
  });

  it("reads every limit from the environment", () => {
    const config = loadGatewayConfig({
      ...BASE,
      MAX_QUERY_DEPTH: "12",
      MAX_QUERY_ALIASES: "5",
      MAX_QUERY_TOKENS: "500",
      MAX_QUERY_COST: "2500",
      MAX_QUERY_DIRECTIVES: "3",
    });

    expect([
      config.MAX_QUERY_DEPTH,
      config.MAX_QUERY_ALIASES,
      config.MAX_QUERY_TOKENS,
      config.MAX_QUERY_COST,
      config.MAX_QUERY_DIRECTIVES,
    ]).toEqual([12, 5, 500, 2500, 3]);
  });

  it("refuses a limit that is not a whole number of at least 1, naming each variable", () => {
    const problems = problemsOf({
      ...BASE,
      MAX_QUERY_DEPTH: "0",
      MAX_QUERY_ALIASES: "many",
      MAX_QUERY_TOKENS: "1.5",
      MAX_QUERY_COST: "-1",
      MAX_QUERY_DIRECTIVES: "",
    });

    expect(problems.map((problem) => problem.split("=")[0])).toEqual([
      "MAX_QUERY_DEPTH",
      "MAX_QUERY_ALIASES",
      "MAX_QUERY_TOKENS",
      "MAX_QUERY_COST",
      "MAX_QUERY_DIRECTIVES",
    ]);
  });

  it("refuses EXPLORER_DEV_TOKEN in production, and takes it in development", () => {
    expect(problemsOf({ ...BASE, NODE_ENV: "production", EXPLORER_DEV_TOKEN: "eyJ.dev.token" })).toEqual([
      "EXPLORER_DEV_TOKEN: a token baked into the explorer is for development only",
    ]);
    expect(loadGatewayConfig({ ...BASE, NODE_ENV: "development", EXPLORER_DEV_TOKEN: "eyJ.dev.token" })).toMatchObject({
      EXPLORER_DEV_TOKEN: "eyJ.dev.token",
    });
  });

  it("caches by default, in memory for 300 s, in Redis when REDIS_URL is set, and refuses nonsense", () => {
    expect(loadGatewayConfig(BASE)).toMatchObject({
      CACHE_ENABLED: true,
      CACHE_TTL_SECONDS: 300,
      CACHE_MAX_MEGABYTES: 64,
      CACHE_KEY_PREFIX: "hpig:",
    });
    expect(loadGatewayConfig({ ...BASE, REDIS_URL: "redis://127.0.0.1:6379", CACHE_ENABLED: "false" })).toMatchObject({
      REDIS_URL: "redis://127.0.0.1:6379",
      CACHE_ENABLED: false,
    });
    expect(
      problemsOf({
        ...BASE,
        CACHE_TTL_SECONDS: "0",
        CACHE_ENABLED: "maybe",
        REDIS_URL: "localhost:6379",
        CACHE_KEY_PREFIX: "a b",
      }).map((problem) => problem.split("=")[0]),
    ).toEqual(["CACHE_ENABLED", "CACHE_TTL_SECONDS", "REDIS_URL", "CACHE_KEY_PREFIX"]);
  });

  it("breaks circuits by default (3 fetches, half of them failed, in 60 s: cut off for 30 s), and refuses nonsense", () => {
    expect(loadGatewayConfig(BASE)).toMatchObject({
      BREAKER_ENABLED: true,
      BREAKER_ERROR_PERCENT: 50,
      BREAKER_MIN_REQUESTS: 3,
      BREAKER_WINDOW_MS: 60_000,
      BREAKER_OPEN_MS: 30_000,
    });
    expect(
      problemsOf({
        ...BASE,
        BREAKER_ENABLED: "perhaps",
        BREAKER_ERROR_PERCENT: "150",
        BREAKER_MIN_REQUESTS: "0",
        BREAKER_WINDOW_MS: "10",
        BREAKER_OPEN_MS: "soon",
      }).map((problem) => problem.split("=")[0]),
    ).toEqual([
      "BREAKER_ENABLED",
      "BREAKER_ERROR_PERCENT",
      "BREAKER_MIN_REQUESTS",
      "BREAKER_WINDOW_MS",
      "BREAKER_OPEN_MS",
    ]);
  });
});
