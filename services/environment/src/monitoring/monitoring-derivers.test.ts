import { createLogger } from "@hpig/kit";
import { createTestDatabase, openMigratedDataSource, TEST_DATABASE_KIND, type TestDatabase } from "@hpig/kit/testing";
import type { DataSource } from "typeorm";

import { environmentSubgraph } from "../subgraph";
import { monitoringDerivers } from "./monitoring-derivers";
import { loadMonitoringSample } from "./sample-records";

/** Area → count, and the total under "", from rows of (area, n). */
const byArea = (rows: Array<{ area: string | null; n: number | string }>) => {
  const counts: Record<string, number> = {};
  for (const row of rows) {
    if (row.area !== null) counts[row.area] = Number(row.n);
  }
  return counts;
};

// Samples of the year's campaigns, one per (station, time): written here, apart from the derivers'
// SQL: the limit in force found by a correlated subquery rather than a window over the limits.
const LIMIT_OF = (column: string) =>
  `(SELECT l.${column} FROM monitoring_limit l WHERE l.parameter_id = s.parameter_id AND l.in_force_from <= s.taken_at ORDER BY l.in_force_from DESC LIMIT 1)`;
const YEAR_SAMPLES = (exceedingOnly: boolean) => `SELECT DISTINCT st.area_code AS area, s.station_id, s.taken_at
  FROM monitoring_sample s JOIN monitoring_campaign c ON c.id = s.campaign_id JOIN monitoring_station st ON st.id = s.station_id
  WHERE c.starts_on LIKE ? ${exceedingOnly ? `AND ((s.below_detection = 0 AND s.value > ${LIMIT_OF("max_value")}) OR s.value < ${LIMIT_OF("min_value")})` : ""}`;

describe(`environment's monitoring derivers, against counts in SQL written here (${TEST_DATABASE_KIND})`, () => {
  let database: TestDatabase;
  let db: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase(TEST_DATABASE_KIND, "env-derivers");
    db = await openMigratedDataSource(environmentSubgraph, database.url);
    await loadMonitoringSample(db, createLogger("test", "silent"));
  });
  afterAll(async () => {
    await db?.destroy();
    await database?.drop();
  });

  const derived = async (indicator: string, year: number) => {
    const deriver = monitoringDerivers.find((candidate) => candidate.indicatorCode === indicator)!;
    const cells = await deriver.derive(db.manager, year);
    for (const cell of cells) expect(cell.recordKeys).toHaveLength(cell.value);
    const total = cells.find((cell) => Object.keys(cell.breakdown).length === 0)!.value;
    const areas = Object.fromEntries(
      cells
        .filter((cell) => cell.breakdown["INDUSTRIAL_AREA"])
        .map((cell) => [cell.breakdown["INDUSTRIAL_AREA"], cell.value]),
    );
    return { total, areas };
  };

  const count = async (sql: string, parameters: unknown[]) =>
    Number((await db.query<Array<{ n: number | string }>>(sql, parameters))[0].n);

  it.each([2011, 2014, 2016, 2020])("derives %i's campaigns, samples and samples exceeding by area", async (year) => {
    const pattern = `${year}-%`;
    const campaignAreas = byArea(
      await db.query(
        `SELECT st.area_code AS area, COUNT(DISTINCT c.id) AS n FROM monitoring_campaign c
         JOIN monitoring_campaign_station cs ON cs.campaign_id = c.id JOIN monitoring_station st ON st.id = cs.station_id
         WHERE c.starts_on LIKE ? GROUP BY st.area_code`,
        [pattern],
      ),
    );
    const samples = async (exceedingOnly: boolean) => ({
      total: await count(`SELECT COUNT(*) AS n FROM (${YEAR_SAMPLES(exceedingOnly)}) x`, [pattern]),
      areas: {
        ...Object.fromEntries(Object.keys(campaignAreas).map((area) => [area, 0])),
        ...byArea(
          await db.query(`SELECT area, COUNT(*) AS n FROM (${YEAR_SAMPLES(exceedingOnly)}) x GROUP BY area`, [pattern]),
        ),
      },
    });

    const campaigns = await derived("ENV_MONITORING_CAMPAIGNS", year);
    const taken = await derived("ENV_MONITORING_SAMPLES", year);
    const exceeding = await derived("ENV_MONITORING_SAMPLES_EXCEEDING", year);

    expect(campaigns).toEqual({
      total: await count("SELECT COUNT(*) AS n FROM monitoring_campaign WHERE starts_on LIKE ?", [pattern]),
      areas: campaignAreas,
    });
    expect(taken).toEqual(await samples(false));
    expect(exceeding).toEqual(await samples(true));
    expect(campaigns.total).toBe(4);
    expect(exceeding.total).toBeGreaterThan(0);
    expect(exceeding.total).toBeLessThan(taken.total);
  });

  it("counts nothing for a year without campaigns, and no automatic station's hourly values", async () => {
    expect(await derived("ENV_MONITORING_SAMPLES", 2010)).toEqual({ total: 0, areas: {} });
    expect(await count("SELECT COUNT(*) AS n FROM monitoring_sample WHERE campaign_id IS NULL", [])).toBeGreaterThan(0);
  });
});
