import { TEST_DATABASE_KIND } from "@hpig/kit/testing";

import { cacheCounters, cacheStatusOf } from "./testkit/cache";
import { startTestFederation, TEST_CACHE_MODE, type TestFederation } from "./testkit/federation";
import { dataOf } from "./testkit/http";
import { editorOf } from "./testkit/progress";

const ROUNDS = 1_000;

const REPORT = `mutation ($input: ReportTaskProgressInput!) { labour { reportTaskProgress(input: $input) { revision } } }`;
const RECENT_REPORT = "{ labour { recentReports(limit: 1) { taskCode period revision percentComplete } } }";
const UPDATE_TARGET = `mutation ($input: UpdateTargetInput!) { committee { updateTarget(input: $input) { code min version } } }`;
const TARGETS = "{ plan { targets { code min max version } } }";

interface Target {
  code: string;
  min: number | null;
  max: number | null;
  version: number;
}

/**
 * Replicas behind a load balancer: a write through one gateway must be seen by the very next read
 * through the other. With Redis both gateways share one cache and its versions; without, each has
 * its own and every subgraph announces its writes to both.
 */
describe(`two gateways over the same subgraphs (${TEST_DATABASE_KIND}, ${TEST_CACHE_MODE})`, () => {
  let federation: TestFederation;
  beforeAll(async () => {
    federation = await startTestFederation(TEST_DATABASE_KIND, { subgraphs: ["industry", "labour"], gateways: 2 });
  });
  afterAll(() => federation?.stop());

  it(`a write through one, then a read through the other, ${ROUNDS} times interleaved in two subgraphs: 0 stale reads`, async () => {
    const editor = await editorOf(federation, "LDTBXH");
    const standingOffice = await federation.as({
      subject: "test:so",
      name: "Trần Thị Bình",
      agency: "CT",
      roles: ["standing-office"],
    });
    const target = dataOf(await federation.query<{ plan: { targets: Target[] } }>(TARGETS)).plan.targets.find(
      (candidate) => candidate.min !== null && candidate.max !== null,
    )!;
    const before = await Promise.all([cacheCounters(federation, 0), cacheCounters(federation, 1)]);
    const stale: string[] = [];
    let revision = 0;
    let targetVersion = target.version;
    let labourReads = 0;
    let labourHits = 0;

    // Each round writes through one gateway and reads through the other, alternately; labour's
    // progress reports and plan's targets take turns every two rounds. The two subgraphs' rounds run
    // side by side (neither reads what the other writes), each in its own order.
    const rounds = Array.from({ length: ROUNDS }, (_, round) => round);
    const labourRounds = async () => {
      for (const round of rounds.filter((candidate) => candidate % 4 < 2)) {
        const writer = round % 2;
        const reader = 1 - writer;
        const written = dataOf(
          await federation.queryAt<{ labour: { reportTaskProgress: { revision: number } } }>(
            writer,
            REPORT,
            {
              input: {
                taskCode: "V.1",
                period: "2013-Q3",
                state: "IN_PROGRESS",
                percentComplete: 1 + (round % 98),
                summary: `Báo cáo lần ${round + 1}`,
                ...(revision > 0 ? { expectedRevision: revision } : {}),
              },
            },
            editor,
          ),
        ).labour.reportTaskProgress;
        revision = written.revision;
        for (const attempt of ["read", "again"]) {
          const read = await federation.queryAt<{ labour: { recentReports: Array<{ revision: number }> } }>(
            reader,
            RECENT_REPORT,
          );
          const seen = dataOf(read).labour.recentReports[0]?.revision;
          if (seen !== revision) stale.push(`round ${round} (labour, ${attempt}): revision ${seen}, wrote ${revision}`);
          // Labour changes only when it is written: the second read is always served from the cache.
          if (attempt === "again") {
            labourReads += 1;
            if (cacheStatusOf(read) === "HIT") labourHits += 1;
          }
        }
      }
    };
    const planRounds = async () => {
      for (const round of rounds.filter((candidate) => candidate % 4 >= 2)) {
        const writer = round % 2;
        const reader = 1 - writer;
        const min = round % 8 < 4 ? target.min! - 0.1 : target.min!;
        const written = dataOf(
          await federation.queryAt<{ committee: { updateTarget: Target } }>(
            writer,
            UPDATE_TARGET,
            { input: { code: target.code, expectedVersion: targetVersion, min: Number(min.toFixed(2)) } },
            standingOffice,
          ),
        ).committee.updateTarget;
        targetVersion = written.version;
        for (const attempt of ["read", "again"]) {
          const read = await federation.queryAt<{ plan: { targets: Target[] } }>(reader, TARGETS);
          const seen = dataOf(read).plan.targets.find((candidate) => candidate.code === target.code);
          if (seen?.version !== written.version || seen.min !== written.min) {
            stale.push(`round ${round} (plan, ${attempt}): ${JSON.stringify(seen)}, wrote ${JSON.stringify(written)}`);
          }
        }
      }
    };
    await Promise.all([labourRounds(), planRounds()]);

    const after = await Promise.all([cacheCounters(federation, 0), cacheCounters(federation, 1)]);
    expect(stale).toEqual([]);
    expect(labourHits).toBe(labourReads);
    // Every round's first read found the other gateway's answer outdated or had none, in both gateways.
    for (const gateway of [0, 1]) {
      expect(after[gateway]["hits"] - before[gateway]["hits"]).toBeGreaterThanOrEqual(ROUNDS / 4);
      expect(after[gateway]["misses"] - before[gateway]["misses"]).toBeGreaterThanOrEqual(ROUNDS / 2);
    }
  }, 1_800_000);
});
