import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import express, { type Express } from "express";
import type { GraphQLFormattedError, GraphQLSchema } from "graphql";
import type { DataSource, MixedList } from "typeorm";
import { z } from "zod";

import {
  type AuthConfig,
  authEnv,
  createTokenVerifier,
  type Principal,
  principalOf,
  roleAuthChecker,
  signInRequired,
} from "./auth";
import { CLOCK_OFFSET_PATTERN } from "./clock";
import { booleanFlag, ConfigError, EXIT_CONFIG, logLevel, nodeEnv, parseEnv, slowRequestMs } from "./config";
import {
  type DataVersionConfig,
  dataVersionEnv,
  publishDataVersionOnCommit,
  startDataVersionPublisher,
} from "./data-version";
import { assertUtf8mb4, createDataSource, MissingDatabaseError, parseDatabaseUrl, pingDatabase } from "./database";
import { maskedError, withShortMessage } from "./errors";
import {
  buildFederatedSchema,
  type FederatedSchemaOptions,
  printFederatedSdl,
  type ReferenceResolvers,
} from "./federation";
import { closeOnSignals, localsOf, type ReadinessCheck, type RunningService, startHttpService } from "./http";
import { createLogger, type Logger } from "./logger";
import { createServiceMetrics, metricsPlugin } from "./metrics";
import { operationResolution } from "./operation-resolution";
import { currentRequest } from "./request-scope";
import { currentSqlStatements } from "./sql-stats";
import { validateArgument } from "./validation";

/** What every resolver of every subgraph gets in its context. */
export interface SubgraphContext {
  requestId: string;
  logger: Logger;
  db: DataSource;
  /** The verified caller; never null once an operation runs, since anonymous operations are refused. */
  principal: Principal | null;
}

/** What a command-line tool working on one subgraph's database reads (import-plan, backup, restore). */
function databaseEnv(name: string) {
  return z.object({
    DATABASE_URL: z
      .string()
      .default(`sqlite:data/${name}.sqlite`)
      .superRefine((url, ctx) => {
        try {
          parseDatabaseUrl(url);
        } catch (error) {
          ctx.addIssue({ code: "custom", message: (error as Error).message });
        }
      }),
    LOG_LEVEL: logLevel.default("info"),
  });
}

function subgraphEnv(name: string, defaultPort: number) {
  return databaseEnv(name).extend({
    PORT: z.coerce.number().int().min(0).max(65535).default(defaultPort),
    HOST: z.string().min(1).default("0.0.0.0"),
    SLOW_REQUEST_MS: slowRequestMs,
    NODE_ENV: nodeEnv.default("development"),
    /** Adds `extensions.sqlStatements` to responses: a development aid, off by default. */
    EXPOSE_SQL_STATS: booleanFlag.default(false),
    MAX_REQUEST_BYTES: z.coerce.number().int().positive().default(5_000_000),
    /** Shifts the clock (see clock.ts): for tests only. */
    CLOCK_OFFSET_MS: z.string().regex(CLOCK_OFFSET_PATTERN, "expected whole milliseconds, e.g. -3600000").optional(),
  });
}

export type SubgraphConfig = z.infer<ReturnType<typeof subgraphEnv>> & AuthConfig & DataVersionConfig;

/** Everything that makes one subgraph; `index.ts` of each subgraph passes one of these to `runSubgraph`. */
export interface SubgraphDefinition<TContext extends SubgraphContext, TExtraConfig extends object = object> {
  /** Subgraph name in the supergraph; also names its database and `schema/<name>.graphql`. */
  name: string;
  defaultPort: number;
  entities: MixedList<Function>;
  migrations: MixedList<Function>;
  schema: FederatedSchemaOptions;
  referenceResolvers?: ReferenceResolvers<TContext>;
  /** Variables this subgraph reads beyond the common ones. */
  env?: z.ZodType<TExtraConfig>;
  context: (base: SubgraphContext) => TContext;
  /**
   * Plain HTTP routes beside /graphql (file downloads and uploads); they get the request's id,
   * logger and SQL counter like GraphQL requests do.
   */
  routes?: (app: Express, services: { db: DataSource; config: SubgraphConfig & TExtraConfig; logger: Logger }) => void;
  /**
   * Runs once after migrations, before the server accepts requests (e.g. seeding); may start
   * background work, whose readiness checks join /ready and whose `close` runs at shutdown.
   */
  onStart?: (args: {
    db: DataSource;
    config: SubgraphConfig & TExtraConfig;
    logger: Logger;
  }) => Promise<StartedWork | void>;
}

/** Background work a subgraph starts with: its readiness checks and how to stop it. */
export interface StartedWork {
  readiness?: Record<string, ReadinessCheck>;
  close?: () => Promise<void>;
}

export function defineSubgraph<TContext extends SubgraphContext, TExtraConfig extends object = object>(
  definition: SubgraphDefinition<TContext, TExtraConfig>,
): SubgraphDefinition<TContext, TExtraConfig> {
  return definition;
}

export function loadSubgraphConfig<TExtraConfig extends object>(
  definition: Pick<SubgraphDefinition<never, TExtraConfig>, "name" | "defaultPort" | "env">,
  env: NodeJS.ProcessEnv,
): SubgraphConfig & TExtraConfig {
  const common = [subgraphEnv(definition.name, definition.defaultPort), authEnv, dataVersionEnv];
  return parseEnv(definition.name, definition.env ? [...common, definition.env] : common, env);
}

export type DatabaseToolConfig = z.infer<ReturnType<typeof databaseEnv>> & DataVersionConfig;

/**
 * The configuration of a command-line tool that writes a subgraph's database without serving it:
 * DATABASE_URL and LOG_LEVEL, and where to publish data versions (the gateways' cache); no port and
 * no token keys, since it serves no HTTP.
 */
export function loadDatabaseToolConfig<TExtra extends object = object>(
  name: string,
  env: NodeJS.ProcessEnv,
  extraEnv?: z.ZodType<TExtra>,
): DatabaseToolConfig & TExtra {
  return parseEnv(name, [databaseEnv(name), dataVersionEnv, ...(extraEnv ? [extraEnv] : [])], env);
}

export async function buildSubgraphSchemaOf<TContext extends SubgraphContext>(
  definition: Pick<SubgraphDefinition<TContext>, "schema" | "referenceResolvers">,
): Promise<GraphQLSchema> {
  return buildFederatedSchema<TContext>(
    { validateFn: validateArgument, authChecker: roleAuthChecker, ...definition.schema },
    definition.referenceResolvers,
  );
}

export interface RunningSubgraph extends RunningService {
  db: DataSource;
  graphqlUrl: string;
}

/**
 * Starts one subgraph: validated config, data source and migrations, the federated schema,
 * and the HTTP service with `/graphql`, `/health` and `/ready`.
 */
export async function startSubgraph<TContext extends SubgraphContext, TExtraConfig extends object>(
  definition: SubgraphDefinition<TContext, TExtraConfig>,
  env: NodeJS.ProcessEnv = process.env,
): Promise<RunningSubgraph> {
  const config = loadSubgraphConfig(definition, env);
  const logger = createLogger(definition.name, config.LOG_LEVEL);
  const db = await createDataSource({
    url: config.DATABASE_URL,
    entities: definition.entities,
    migrations: definition.migrations,
    logger,
  });
  await db.initialize();
  // Every commit from here on, migrations and seeding included, tells the gateways' response cache.
  const versions = startDataVersionPublisher(definition.name, config, logger);
  const stopPublishing = versions ? publishDataVersionOnCommit(db, versions) : () => undefined;
  let started: StartedWork = {};
  try {
    await assertUtf8mb4(db);
    const applied = await db.runMigrations({ transaction: "each" });
    if (applied.length > 0) logger.info({ migrations: applied.map((m) => m.name) }, "migrations applied");
    started = (await definition.onStart?.({ db, config, logger })) ?? {};
    // Once more whether anything was written or not: a database restored while this subgraph was
    // stopped has changed without a commit here.
    await versions?.publish();
  } catch (error) {
    stopPublishing();
    await versions?.close();
    await db.destroy();
    throw error;
  }
  const schema = await buildSubgraphSchemaOf(definition);

  let apollo: ApolloServer<TContext> | undefined;
  const metrics = createServiceMetrics(definition.name);
  const service = await startHttpService({
    name: definition.name,
    logger,
    metrics,
    slowRequestMs: config.SLOW_REQUEST_MS,
    host: config.HOST,
    port: config.PORT,
    readiness: { database: () => pingDatabase(db), ...started.readiness },
    // Whether the gateways' caches have heard of every write so far; not a readiness condition,
    // since a gateway or Redis being away must not take the subgraph out of service.
    health: () => ({
      dataVersion: !versions ? "not published" : versions.undelivered() ? "undelivered" : "published",
    }),
    verifyToken: createTokenVerifier(config),
    mount: async (app, httpServer) => {
      apollo = new ApolloServer<TContext>({
        schema,
        // The gateway reads the committed supergraph; introspection stays on for subgraph tooling.
        introspection: true,
        // closeOnSignals stops the service, database included; Apollo's own handler (on unless
        // NODE_ENV=test) would re-raise the signal and kill the process before that finishes.
        stopOnTerminationSignals: false,
        includeStacktraceInErrorResponses: config.NODE_ENV !== "production",
        formatError: maskUnexpectedErrors(config.NODE_ENV === "production", logger),
        plugins: [
          ApolloServerPluginLandingPageDisabled(),
          // No Apollo usage reporting here, so per-field traces would only cost time.
          ApolloServerPluginInlineTraceDisabled(),
          // No field sets cache hints (the gateway's cache is invalidated by data versions), and the
          // plugin wraps every resolver to collect them: a few percent of each request's CPU.
          ApolloServerPluginCacheControlDisabled(),
          ApolloServerPluginDrainHttpServer({ httpServer }),
          // A subgraph reached directly, around the gateway, gets no more than through it.
          signInRequired<TContext>({ anonymousIntrospection: false }),
          operationResolution<TContext>(),
          metricsPlugin<TContext>(metrics, { countSql: true }),
          ...(config.EXPOSE_SQL_STATS ? [sqlStatsPlugin<TContext>()] : []),
        ],
      });
      await apollo.start();
      definition.routes?.(app, { db, config, logger });
      app.use(
        "/graphql",
        express.json({ limit: config.MAX_REQUEST_BYTES }),
        expressMiddleware(apollo, {
          context: async ({ res }) => {
            const { requestId, logger: requestLogger } = localsOf(res);
            return definition.context({ requestId, logger: requestLogger, db, principal: principalOf(res) });
          },
        }),
      );
    },
    onClose: async () => {
      await started.close?.();
      await apollo?.stop();
      stopPublishing();
      await versions?.close();
      await db.destroy();
    },
  });
  logger.info(
    { url: `${service.url}/graphql`, database: parseDatabaseUrl(config.DATABASE_URL).kind },
    "subgraph ready",
  );
  return { ...service, db, graphqlUrl: `${service.url}/graphql` };
}

/**
 * An unexpected error (INTERNAL_SERVER_ERROR: a failed SQL statement, a bug) is logged in full with
 * the request id; in production the client gets only "Internal server error" and that id, never
 * the message, SQL or stack. Errors raised on purpose with a code (BAD_USER_INPUT, NOT_FOUND, the
 * domain codes, …) keep their message, cut to MAX_MESSAGE_LENGTH.
 */
export function maskUnexpectedErrors(production: boolean, logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.["code"];
    if (code !== undefined && code !== "INTERNAL_SERVER_ERROR") return withShortMessage(formatted);
    (currentRequest()?.logger ?? logger).error(
      { err: unwrapResolverError(error), path: formatted.path },
      "unexpected error",
    );
    return production ? maskedError(formatted) : formatted;
  };
}

/** Reports the request's SQL statement count in `extensions.sqlStatements` (development and tests). */
function sqlStatsPlugin<TContext extends SubgraphContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== "single") return;
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            sqlStatements: currentSqlStatements(),
          };
        },
      };
    },
  };
}

/**
 * The process entry point of a subgraph. `--print-sdl` prints the subgraph SDL and exits
 * (composition runs it per subgraph, in its own process, so type metadata never mixes).
 */
export function runSubgraph<TContext extends SubgraphContext, TExtraConfig extends object>(
  definition: SubgraphDefinition<TContext, TExtraConfig>,
): void {
  const main = async () => {
    if (process.argv.includes("--print-sdl")) {
      const schema = await buildSubgraphSchemaOf(definition);
      process.stdout.write(printFederatedSdl(schema));
      return;
    }
    const running = await startSubgraph(definition);
    closeOnSignals(running, createLogger(definition.name, "info"));
  };
  main().catch((error: unknown) => {
    if (error instanceof ConfigError || error instanceof MissingDatabaseError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(EXIT_CONFIG);
    }
    process.stderr.write(
      `${definition.name} failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  });
}
