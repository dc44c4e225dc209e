import { resolve } from "node:path";

import {
  type AuthConfig,
  authEnv,
  booleanFlag,
  cacheEnv,
  ConfigError,
  logLevel,
  nodeEnv,
  parseEnv,
  slowRequestMs,
} from "@hpig/kit";
import { z } from "zod";

/** A limit: a whole number of at least 1. */
const limit = z.coerce.number().int().min(1);

const gatewayEnv = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default("0.0.0.0"),
  /** The composed supergraph (`npm run compose` writes it); never introspected at run time. */
  SUPERGRAPH_PATH: z
    .string()
    .min(1)
    .default(resolve(__dirname, "..", "..", "schema", "supergraph.graphql")),
  /** The built web app (`npm run build` writes web/dist), served at /app/. */
  WEB_APP_DIR: z
    .string()
    .min(1)
    .default(resolve(__dirname, "..", "..", "web", "dist")),
  LOG_LEVEL: logLevel.default("info"),
  SLOW_REQUEST_MS: slowRequestMs,
  NODE_ENV: nodeEnv.default("development"),
  /** Each subgraph fetch is abandoned after this long; that subgraph's fields come back null with an error. */
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  /** A domain's own upload routes (/records/<domain>/…), streamed through, are abandoned after this long. */
  UPLOAD_TIMEOUT_MS: z.coerce.number().int().positive().default(600_000),
  /*
   * Fail fast (circuit-breaker.ts): a subgraph whose fetches keep failing (no answer within
   * SUBGRAPH_TIMEOUT_MS, or unreachable) is cut off for BREAKER_OPEN_MS: its fields then answer
   * SUBGRAPH_UNAVAILABLE at once, /ready names it, and one probe fetch afterwards decides whether
   * it is back. It is cut off when at least BREAKER_MIN_REQUESTS fetches were made to it within
   * BREAKER_WINDOW_MS and BREAKER_ERROR_PERCENT of them failed.
   */
  /** Circuit breakers on the subgraph fetches: on unless turned off. */
  BREAKER_ENABLED: booleanFlag.default(true),
  /** Share of failed fetches, in percent, that cuts a subgraph off. */
  BREAKER_ERROR_PERCENT: z.coerce.number().int().min(1).max(100).default(50),
  /** Fetches to a subgraph within the window before failures can cut it off. */
  BREAKER_MIN_REQUESTS: limit.default(3),
  /** The rolling window failures are counted in. */
  BREAKER_WINDOW_MS: z.coerce.number().int().min(100).default(60_000),
  /** How long a subgraph stays cut off before a probe fetch is let through. */
  BREAKER_OPEN_MS: z.coerce.number().int().min(100).default(30_000),
  MAX_REQUEST_BYTES: z.coerce.number().int().positive().default(1_000_000),
  /*
   * Operation limits (graphql-armor and the GraphQL parser), checked before anything is planned or
   * fetched. The defaults let every dashboard query of this graph through with room to spare (the
   * deepest, `programGroups { tasks { latestReport { reportingAgency { name } } } }` or the December
   * cycle's `missing`, is 5 deep and costs under 70; GraphiQL's introspection query is about 190
   * tokens, and introspection counts for neither depth nor cost) and refuse abuse. A refusal is HTTP
   * 400 with extensions.code MAX_DEPTH_EXCEEDED, MAX_ALIASES_EXCEEDED, MAX_TOKENS_EXCEEDED,
   * MAX_COST_EXCEEDED or MAX_DIRECTIVES_EXCEEDED.
   */
  /** Deepest field nesting; fragments count for their fields, not as a level. */
  MAX_QUERY_DEPTH: limit.default(8),
  /** Aliased fields in one operation (`__typename` aliases are free). */
  MAX_QUERY_ALIASES: limit.default(30),
  /** Lexical tokens in the whole document, counted while parsing, so a huge document is cut short. */
  MAX_QUERY_TOKENS: limit.default(2_000),
  /** graphql-armor's static cost: 1 per scalar, 2 per object, each level below weighs 1.5× more. */
  MAX_QUERY_COST: limit.default(1_000),
  /** Directives (`@include`, `@skip`, …) in one operation. */
  MAX_QUERY_DIRECTIVES: limit.default(20),
  /** Sums the subgraphs' `extensions.sqlStatements` into the response: a development aid, off by default. */
  EXPOSE_SQL_STATS: booleanFlag.default(false),
  /** Development only: a token the explorer page starts with (npm start sets a committee token); refused in production. */
  EXPLORER_DEV_TOKEN: z.string().min(1).optional(),
  /** The response cache (see response-cache/): on unless turned off. */
  CACHE_ENABLED: booleanFlag.default(true),
  /** How long a cached answer is kept at most: the safety net for writes the subgraphs could not announce. */
  CACHE_TTL_SECONDS: z.coerce.number().int().min(1).max(86_400).default(300),
  /** Without Redis: how much memory the gateway's own cache may take, in megabytes. */
  CACHE_MAX_MEGABYTES: z.coerce.number().int().min(1).max(4_096).default(64),
});

export type GatewayConfig = z.infer<typeof gatewayEnv> &
  z.infer<typeof cacheEnv> &
  AuthConfig & {
    /** Subgraph URL overrides from `SUBGRAPH_<NAME>_URL`, by subgraph name. */
    subgraphUrls: Record<string, string>;
  };

const SUBGRAPH_URL_VARIABLE = /^SUBGRAPH_([A-Z0-9_]+)_URL$/;

export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const overrideVariables = Object.keys(env).filter((name) => SUBGRAPH_URL_VARIABLE.test(name));
  const overrides = z.object(Object.fromEntries(overrideVariables.map((name) => [name, z.url()])));
  const config = parseEnv<z.infer<typeof gatewayEnv> & z.infer<typeof cacheEnv> & AuthConfig>(
    "gateway",
    [gatewayEnv, cacheEnv, authEnv, overrides],
    env,
  );
  if (config.NODE_ENV === "production" && config.EXPLORER_DEV_TOKEN) {
    throw new ConfigError("gateway", ["EXPLORER_DEV_TOKEN: a token baked into the explorer is for development only"]);
  }
  const subgraphUrls = Object.fromEntries(
    overrideVariables.map((name) => [name.replace(SUBGRAPH_URL_VARIABLE, "$1").toLowerCase(), String(env[name])]),
  );
  return { ...config, subgraphUrls };
}
