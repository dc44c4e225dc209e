import { z } from "zod";

/** Thrown when the environment does not describe a runnable service; the message lists every problem. */
export class ConfigError extends Error {
  constructor(
    readonly service: string,
    readonly problems: string[],
  ) {
    super(`Configuration of ${service} is invalid:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** Exit code for a configuration error (sysexits EX_CONFIG), so supervisors can tell it from a crash. */
export const EXIT_CONFIG = 78;

/** "true"/"1"/"yes" and "false"/"0"/"no", as environment variables spell booleans. */
export const booleanFlag = z
  .enum(["true", "false", "1", "0", "yes", "no", ""])
  .transform((value) => value === "true" || value === "1" || value === "yes");

/** An empty variable counts as unset: a launcher passes `REDIS_URL=` for "no Redis". */
export const unsetWhenEmpty = (value: unknown): unknown => (value === "" ? undefined : value);

/** A comma-separated setting as its trimmed, non-empty items (`fallback` when unset). */
export const commaList = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((value) =>
      value
        .split(",")
        .map((item) => item.trim())
        .filter(Boolean),
    );

/** A comma-separated list of http(s) URLs, each checked; unset or empty: none. */
export const httpUrlList = commaList("").pipe(z.array(z.url({ protocol: /^https?$/ })));

/** SERVICE_TOKEN: the process's own token (role service); empty counts as unset. */
export const serviceToken = z.preprocess(unsetWhenEmpty, z.string().min(1).optional());

export const logLevel = z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]);

/**
 * SLOW_REQUEST_MS: a request taking at least this long is logged at warn whatever LOG_LEVEL;
 * the others at debug (refused ones at info, failed ones at error), so logging every request
 * costs nothing unless asked for.
 */
export const slowRequestMs = z.coerce.number().int().min(0).default(1_000);

export const nodeEnv = z.enum(["development", "production", "test"]);

/** Parses `env` with each schema and merges the results; every problem of every schema is reported at once. */
export function parseEnv<T extends object>(service: string, schemas: z.ZodType[], env: NodeJS.ProcessEnv): T {
  const problems: string[] = [];
  const merged: Record<string, unknown> = {};
  for (const schema of schemas) {
    const result = schema.safeParse(env);
    if (result.success) Object.assign(merged, result.data);
    else problems.push(...result.error.issues.map((issue) => describeIssue(issue, env)));
  }
  if (problems.length > 0) throw new ConfigError(service, problems);
  return merged as T;
}

function describeIssue(issue: z.core.$ZodIssue, env: NodeJS.ProcessEnv): string {
  const variable = issue.path.join(".") || "(environment)";
  const value = issue.path.length === 1 ? env[String(issue.path[0])] : undefined;
  return value === undefined
    ? `${variable}: ${issue.message}`
    : `${variable}=${JSON.stringify(value)}: ${issue.message}`;
}
