import type { SampleDataLoader } from "@hpig/domain-kit";
import {
  enqueueForFeed,
  ImplementationPlan,
  type IndicatorCatalogue,
  IndicatorReference,
  Observation,
  ProgressReport,
  TaskReference,
} from "@hpig/domain-kit";
import { clock, type Logger, runInTransaction } from "@hpig/kit";
import type { DataSource } from "typeorm";

import { generateSampleData } from "./sample-data";
import { generateSampleObservations } from "./sample-observations";
import type { SampleProfile } from "./sample-profile-kit";

/**
 * Fills an empty domain database with generated sample reports for the tasks it owns and, given
 * the domain's indicator catalogue, sample figures of the indicators it defines and its copy of
 * the plan's catalogue lists, each row marked `sample: true`, all in one transaction. Does
 * nothing when any report or figure exists, so it never mixes with real data.
 */
export async function loadSampleData(
  db: DataSource,
  domain: string,
  logger: Logger,
  catalogue?: IndicatorCatalogue,
  profile: SampleProfile = {},
): Promise<void> {
  if ((await db.getRepository(ProgressReport).count()) > 0) return;
  if ((await db.getRepository(Observation).count()) > 0) return;
  const tasks = await db.getRepository(TaskReference).find({ where: { domain }, order: { code: "ASC" } });
  const { reports, plans } = generateSampleData(tasks);
  const indicators = await db.getRepository(IndicatorReference).find({ order: { position: "ASC" } });
  const observations = catalogue
    ? generateSampleObservations([...catalogue.definitions.values()], indicators, catalogue.codeLists, profile)
    : [];
  await runInTransaction(db, async (manager) => {
    await enqueueForFeed(
      manager,
      await manager.getRepository(ProgressReport).save(reports, { chunk: 200 }),
      clock.now(),
    );
    await manager.getRepository(ImplementationPlan).save(plans, { chunk: 200 });
    await manager.getRepository(Observation).save(observations, { chunk: 200 });
  });
  logger.info(
    { tasks: tasks.length, reports: reports.length, plans: plans.length, observations: observations.length },
    "sample data loaded (marked sample: true)",
  );
}

/** The loader a domain hands defineDomainSubgraph (lazily, so production never loads this package), with its profile. */
export function sampleDataLoader(profile: SampleProfile): SampleDataLoader {
  return (db, domain, logger, catalogue) => loadSampleData(db, domain, logger, catalogue, profile);
}
