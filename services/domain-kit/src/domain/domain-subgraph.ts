import {
  AuditEntryResolver,
  booleanFlag,
  defineSubgraph,
  domainEntryNamed,
  domainTaskTypeName,
  domainTypePrefix,
  type Logger,
  type ReferenceResolvers,
  requireSignIn,
  type SubgraphDefinition,
  subscribeRegistryNotices,
} from "@hpig/kit";
import { type Router as ExpressRouter, Router } from "express";
import type { DataSource } from "typeorm";
import { z } from "zod";

import { Agency } from "../agency/agency.reference";
import { TaskCommentResolver } from "../comments/task-comment.resolver";
import { createReportingContext, type ReportingContext } from "../context";
import { createDerivedFigureOperations } from "../derived/derived-figures.resolver";
import type { FigureDeriver } from "../derived/figure-deriver";
import { createProvenanceTypes } from "../derived/provenance.types";
import { REPORTING_ENTITIES } from "../entities";
import { startProgressFeed } from "../feed/progress-feed";
import { CODE_LISTS } from "../indicators/code-lists";
import { createDomainCommitmentTypes } from "../indicators/domain-commitments";
import { createDomainIndicatorTypes } from "../indicators/domain-indicator";
import type { CodeList } from "../indicators/indicator-definition";
import type { IndicatorDefinition } from "../indicators/indicator-definition";
import type { IndicatorCatalogue } from "../indicators/observation-rules";
import { createBreakdownParkTypes } from "../industrial-park/industrial-park.reference";
import { reportingMigrations } from "../migrations";
import { ImplementationPlanResolver, ProgressReportResolver } from "../progress/progress-report.resolver";
import { mountRegistryNotices } from "../registry/registry-notice.routes";
import { type RegistrySync, startRegistrySync } from "../registry/sync-task-registry";
import { spreadsheetRouter } from "../spreadsheets/routes";
import { createDomainTaskTypes } from "../task/domain-task";
import { createDomainOperations } from "./domain-operations";

const domainEnv = z.object({
  /** The plan subgraph, source of the task registry this domain keeps a copy of. */
  SUBGRAPH_PLAN_URL: z.url().default("http://localhost:4001/graphql"),
  REGISTRY_SYNC_INTERVAL_MS: z.coerce.number().int().min(1_000).default(300_000),
  /** How often the feed of progress reports to plan checks that plan holds them all (it also sends after every write). */
  PROGRESS_FEED_RECONCILE_MS: z.coerce.number().int().min(1_000).default(300_000),
  /** Loads generated, clearly marked sample reports into an empty database (npm start does on SQLite). */
  LOAD_SAMPLE_DATA: booleanFlag.default(false),
});

/** Fills an empty domain database with sample data (the @hpig/sample-data package, with the domain's profile). */
export type SampleDataLoader = (
  db: DataSource,
  domain: string,
  logger: Logger,
  catalogue: IndicatorCatalogue,
) => Promise<void>;

/** What a domain's own HTTP routes are given. */
export interface DomainRouteServices {
  db: DataSource;
  catalogue: IndicatorCatalogue;
  logger: Logger;
}

/**
 * A domain subgraph as its department writes it: its name in the domain manifest
 * (services/domains.json, which gives its Domain value and port), its indicators, and what it adds
 * of its own on top of what every domain shares.
 */
export interface DomainSubgraphOptions {
  /** Subgraph name, e.g. "labour": its entry in the domain manifest. */
  name: string;
  /** The indicators this domain's agencies report (their catalogue entries are in the plan subgraph). */
  indicators: readonly IndicatorDefinition[];
  /** The domain's own TypeORM entities (its own tables), beside the shared ones. */
  entities?: readonly Function[];
  /** The domain's own migrations, oldest first; they run after the shared reporting migrations. */
  migrations?: readonly Function[];
  /**
   * The domain's own resolvers: its own types' fields, and fields on its namespaces
   * (`@Resolver(() => domainNamespaces("INVESTMENT").Queries)`).
   */
  resolvers?: readonly Function[];
  /** Types of its own the schema must hold even where no resolver returns them (e.g. entities others reference). */
  types?: readonly Function[];
  /** `__resolveReference` of the domain's own entities, by type name. */
  referenceResolvers?: ReferenceResolvers<ReportingContext>;
  /**
   * Its sample data, loaded only when LOAD_SAMPLE_DATA is set (npm start on SQLite): a lazy import
   * of its sample profile, so the generator (a devDependency) is never loaded in production.
   */
  sampleData?: () => Promise<SampleDataLoader>;
  /** Code lists of its own that its indicators' breakdowns use, or that replace a shared one of the same code. */
  codeLists?: readonly CodeList[];
  /**
   * Plain HTTP routes of its own (uploads of its records, downloads), mounted at `/records/<name>` on
   * the subgraph and, through the gateway, at the same path there; every one needs a signed-in caller.
   */
  routes?: (router: ExpressRouter, services: DomainRouteServices) => void;
  /** Appendix figures it computes from its own records, shown beside the submitted ones and submitted on request. */
  derivedFigures?: readonly FigureDeriver[];
}

/** A domain subgraph's definition, with the domain it reports for. */
export type DomainSubgraph = SubgraphDefinition<ReportingContext, z.infer<typeof domainEnv>> & { domain: string };

/**
 * A domain subgraph: it owns the tasks its agencies lead (their progress reports, implementation
 * plans, comments and status) and its units' figures in its own database, with the same schema
 * shape as every other domain. Every signed-in role reads it; only editors write, each for its
 * own agency, and every write leaves one entry in the domain's audit trail.
 */
export function defineDomainSubgraph(options: DomainSubgraphOptions): DomainSubgraph {
  const { name, indicators } = options;
  const { domain, port: defaultPort } = domainEntryNamed(name);
  const catalogue: IndicatorCatalogue = {
    definitions: new Map(indicators.map((definition) => [definition.code, definition])),
    codeLists: new Map([...CODE_LISTS, ...(options.codeLists ?? [])].map((list) => [list.code, list])),
  };
  const { DomainTask, DomainTaskResolver } = createDomainTaskTypes(domain);
  const indicatorTypes = createDomainIndicatorTypes(domain, catalogue);
  const commitments = createDomainCommitmentTypes(domain, catalogue);
  const operations = createDomainOperations(domain, catalogue);
  for (const deriver of options.derivedFigures ?? []) {
    if (!catalogue.definitions.has(deriver.indicatorCode)) {
      throw new Error(`${name}: a figure is derived for ${deriver.indicatorCode}, which is not one of its indicators`);
    }
  }
  const derived = createDerivedFigureOperations(domain, catalogue, options.derivedFigures ?? []);
  const provenance = createProvenanceTypes(options.derivedFigures ?? []);
  // A park cell links to its park: the domain's own IndustrialPark if it has one, else a stub.
  const parks = createBreakdownParkTypes(
    options.types ?? [],
    options.referenceResolvers?.["IndustrialPark"]?.__resolveReference,
  );
  // Started with the subgraph (onStart), before its routes are mounted; a notice syncs it now.
  let sync: RegistrySync | undefined;
  const definition = defineSubgraph<ReportingContext, z.infer<typeof domainEnv>>({
    name,
    defaultPort,
    entities: [...REPORTING_ENTITIES, ...(options.entities ?? [])],
    migrations: [...reportingMigrations, ...(options.migrations ?? [])],
    schema: {
      resolvers: [
        DomainTaskResolver,
        ProgressReportResolver,
        ImplementationPlanResolver,
        TaskCommentResolver,
        AuditEntryResolver,
        ...indicatorTypes.resolvers,
        ...commitments.resolvers,
        ...operations.resolvers,
        ...derived.resolvers,
        ...provenance.resolvers,
        ...parks.resolvers,
        ...(options.resolvers ?? []),
      ],
      orphanedTypes: [
        DomainTask,
        indicatorTypes.DomainIndicator,
        ...commitments.orphanedTypes,
        Agency,
        ...parks.orphanedTypes,
        ...provenance.orphanedTypes,
        ...(options.types ?? []),
      ],
    },
    referenceResolvers: {
      // Everything this domain says of a task is computed from its code through the request's loaders.
      [domainTaskTypeName(domain)]: { __resolveReference: (reference) => ({ code: String(reference["code"]) }) },
      [`${domainTypePrefix(domain)}Indicator`]: {
        __resolveReference: (reference) => ({ code: String(reference["code"]) }),
      },
      ...options.referenceResolvers,
    },
    env: domainEnv,
    context: createReportingContext,
    // Departments fill their December figures in Excel: templates, uploads and CSV exports.
    routes: (app, { db, logger }) => {
      app.use("/spreadsheets", spreadsheetRouter({ db, catalogue, subgraph: name }));
      // Plan's notice of a registry change, without Redis.
      mountRegistryNotices(app, () => sync?.syncNow());
      if (options.routes) {
        const router = Router();
        router.use(requireSignIn);
        options.routes(router, { db, catalogue, logger });
        app.use(`/records/${name}`, router);
      }
    },
    onStart: async ({ db, config, logger }) => {
      const registry = startRegistrySync({
        db,
        planUrl: config.SUBGRAPH_PLAN_URL,
        token: config.SERVICE_TOKEN,
        logger,
        intervalMs: config.REGISTRY_SYNC_INTERVAL_MS,
        afterFirstSync:
          config.LOAD_SAMPLE_DATA && options.sampleData
            ? async () => (await options.sampleData!())(db, domain, logger, catalogue)
            : undefined,
      });
      sync = registry;
      // With Redis, plan's notices of registry changes come by pub/sub.
      const stopNotices = config.REDIS_URL
        ? subscribeRegistryNotices(config.REDIS_URL, config.CACHE_KEY_PREFIX, logger, () => registry.syncNow())
        : async () => undefined;
      // Plan's read model of the reports (summaries, filters, the committee's reports) is fed from here.
      const feed = startProgressFeed({
        db,
        domain,
        planUrl: config.SUBGRAPH_PLAN_URL,
        token: config.SERVICE_TOKEN,
        logger,
        reconcileIntervalMs: config.PROGRESS_FEED_RECONCILE_MS,
      });
      return {
        readiness: {
          registry: async () => {
            if (!(await registry.isReady())) throw new Error("task registry not yet synced from plan");
          },
        },
        close: async () => {
          registry.stop();
          feed.stop();
          await stopNotices();
        },
      };
    },
  });
  return { ...definition, domain };
}
