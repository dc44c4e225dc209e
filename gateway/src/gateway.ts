import { ApolloGateway } from "@apollo/gateway";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import {
  createLogger,
  createServiceMetrics,
  createTokenVerifier,
  localsOf,
  metricsPlugin,
  operationResolution,
  principalOf,
  type RunningService,
  signInRequired,
  startHttpService,
} from "@hpig/kit";
import express from "express";

import { breakerSettings, SubgraphBreakers } from "./circuit-breaker";
import type { GatewayConfig } from "./config";
import type { GatewayContext } from "./context";
import { mountExplorer } from "./explorer";
import { createFormatError } from "./format-error";
import { createGatewayMetrics, measuredFetcher } from "./gateway-metrics";
import { operationLimits } from "./operation-limits";
import { createGatewayCache } from "./response-cache/gateway-cache";
import { mountSubgraphRoutes, spreadsheetTarget } from "./subgraph-routes";
import { SubgraphSource } from "./subgraph-source";
import { baseUrlOf, loadSupergraph, type SubgraphEndpoint } from "./supergraph";
import { mountWebApp } from "./web-app";

/** The committee's single query surface: Apollo Gateway over the committed supergraph. */
export async function startGateway(config: GatewayConfig): Promise<RunningService & { subgraphs: SubgraphEndpoint[] }> {
  const logger = createLogger("gateway", config.LOG_LEVEL);
  const { sdl, subgraphs } = loadSupergraph(config.SUPERGRAPH_PATH, config.subgraphUrls);
  const urlOf = new Map(subgraphs.map((s) => [s.name, s.url]));
  const breakers = new SubgraphBreakers(breakerSettings(config), logger);
  const metrics = createServiceMetrics("gateway");
  const names = subgraphs.map((subgraph) => subgraph.name);
  const gatewayMetrics = createGatewayMetrics(metrics.registry, names, () => breakers.cutOff());
  const gateway = new ApolloGateway({
    supergraphSdl: sdl,
    // Not validated again at every start (a third of the gateway's start-up CPU): the file is what
    // `npm run compose` composed, and schema.test composes it again; production skips it anyway.
    validateSupergraph: false,
    buildService: ({ name, url }) =>
      new SubgraphSource(name, urlOf.get(name) ?? url ?? "", config.SUBGRAPH_TIMEOUT_MS, (fetcher) =>
        measuredFetcher(name, breakers.guard(name, fetcher), gatewayMetrics),
      ),
    logger,
  });

  const cache = createGatewayCache(config, sdl, subgraphs, logger, metrics.registry);
  let apollo: ApolloServer<GatewayContext> | undefined;
  const service = await startHttpService({
    name: "gateway",
    logger,
    metrics,
    slowRequestMs: config.SLOW_REQUEST_MS,
    host: config.HOST,
    port: config.PORT,
    // A subgraph cut off by its breaker is named as such at once, without waiting for its /ready.
    readiness: Object.fromEntries(
      subgraphs.map((subgraph) => [
        subgraph.name,
        () => breakers.assertNotCutOff(subgraph.name).then(() => checkReady(subgraph)),
      ]),
    ),
    verifyToken: createTokenVerifier(config),
    // Whether the response cache can answer now (Redis still connecting, or just back, says no).
    health: () => ({ cache: cache.health() }),
    mount: async (app, httpServer) => {
      const production = config.NODE_ENV === "production";
      const limits = operationLimits(config);
      apollo = new ApolloServer<GatewayContext>({
        gateway,
        // Signed-in callers may introspect (the explorer needs it); anonymous ones only outside
        // production, see signInRequired below.
        introspection: true,
        // closeOnSignals stops the gateway; Apollo's own handler would re-raise the signal (see the kit's subgraph.ts).
        stopOnTerminationSignals: false,
        includeStacktraceInErrorResponses: !production,
        formatError: createFormatError({ production, blockSuggestions: config.NODE_ENV !== "development", logger }),
        // Stated although they are Apollo's defaults, because the gateway relies on them: a GET or
        // a simple POST (text/plain, form) runs only with an `apollo-require-preflight` or
        // `x-apollo-operation-name` header, which a cross-site form cannot send; and a JSON array
        // of operations is refused (BATCHING_NOT_ALLOWED), so one request is one operation and
        // the limits below cannot be multiplied.
        csrfPrevention: true,
        allowBatchedHttpRequests: false,
        validationRules: limits.validationRules,
        parseOptions: limits.parseOptions,
        plugins: [
          ApolloServerPluginLandingPageDisabled(),
          ApolloServerPluginDrainHttpServer({ httpServer }),
          ...limits.plugins,
          // No data without a token; in development the schema itself may be browsed anonymously.
          signInRequired<GatewayContext>({ anonymousIntrospection: !production }),
          operationResolution(),
          // Cache hits are answered before Apollo: counted by hpig_gateway_cache_hits_total only.
          metricsPlugin<GatewayContext>(metrics, { countSql: false }),
          cache.plugin,
          ...(config.EXPOSE_SQL_STATS ? [sqlStatsPlugin()] : []),
        ],
      });
      await apollo.start();
      mountExplorer(app, { devToken: config.EXPLORER_DEV_TOKEN });
      mountWebApp(app, { dir: config.WEB_APP_DIR, logger, devToken: config.EXPLORER_DEV_TOKEN });
      cache.mount(app);
      // The plan's progress export and the domains' spreadsheets, for clients that reach only the gateway.
      const plan = subgraphs.find((subgraph) => subgraph.name === "plan");
      if (plan) {
        const timeoutMs = config.SUBGRAPH_TIMEOUT_MS;
        mountSubgraphRoutes(app, "/exports", baseUrlOf(plan), { timeoutMs });
        const domains = new Map(subgraphs.filter((s) => s !== plan).map((s) => [s.name, baseUrlOf(s)]));
        mountSubgraphRoutes(app, "/spreadsheets", spreadsheetTarget(baseUrlOf(plan), domains, timeoutMs), {
          timeoutMs,
          methods: ["GET", "POST"],
        });
      }
      // Each domain's routes of its own (uploads of its records), given the time a large upload takes.
      for (const subgraph of subgraphs.filter((s) => s.name !== "plan")) {
        mountSubgraphRoutes(app, `/records/${subgraph.name}`, baseUrlOf(subgraph), {
          timeoutMs: config.UPLOAD_TIMEOUT_MS,
          methods: ["GET", "POST"],
        });
      }
      app.use(
        "/graphql",
        // Over the limit: 413 PAYLOAD_TOO_LARGE; not JSON: 400 MALFORMED_JSON (the kit's error handler).
        express.json({ limit: config.MAX_REQUEST_BYTES }),
        cache.lookup,
        expressMiddleware(apollo, {
          context: async ({ req, res }) => {
            const { requestId, trace, logger: requestLogger } = localsOf(res);
            const principal = principalOf(res);
            return {
              requestId,
              trace,
              logger: requestLogger,
              principal,
              authorization: principal ? (req.header("authorization") ?? null) : null,
              cache: cache.pendingOf(res),
              fetchedSubgraphs: new Set<string>(),
              ...(config.EXPOSE_SQL_STATS ? { sqlStatements: {} } : {}),
            };
          },
        }),
      );
    },
    onClose: async () => {
      await apollo?.stop();
      await cache.close();
      breakers.shutdown();
    },
  });
  logger.info({ url: `${service.url}/graphql`, subgraphs }, "gateway ready");
  return { ...service, subgraphs };
}

async function checkReady(subgraph: SubgraphEndpoint): Promise<void> {
  const response = await fetch(`${baseUrlOf(subgraph)}/ready`, { signal: AbortSignal.timeout(2_000) });
  if (!response.ok) throw new Error(`${subgraph.name} answered ${response.status}`);
}

/** Adds the subgraphs' SQL statement counts for this request to `extensions.sqlStatements`. */
function sqlStatsPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== "single") return;
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            sqlStatements: contextValue.sqlStatements,
          };
        },
      };
    },
  };
}
