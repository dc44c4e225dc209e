import { TEST_DATABASE_KIND } from "@hpig/kit/testing";
import { type TestFederation, TEST_REDIS_URL, startTestFederation } from "./testkit/federation";
import { dataOf } from "./testkit/http";
import { DOMAINS, recordReport } from "./testkit/progress";

const STANDING_OFFICE = {
  subject: "test:standing-office",
  name: "Văn phòng thường trực",
  agency: "CT",
  roles: ["standing-office" as const],
};

/** The requirement of issue 13: a registry change reaches every domain within this long. */
const WITHIN_MS = 2_000;

/** The last year of V.1 in each domain's copy of the registry, read from its database. */
async function copiedEndYears(federation: TestFederation): Promise<number[]> {
  return Promise.all(
    DOMAINS.map(async (domain) => {
      const db = await federation.openDatabase(domain);
      try {
        const rows: Array<{ end_year: number | string }> = await db.query(
          "SELECT end_year FROM task_reference WHERE code = 'V.1'",
        );
        return Number(rows[0]?.end_year);
      } finally {
        await db.destroy();
      }
    }),
  );
}

/**
 * Plan announces a registry change, and every domain syncs its copy at once: with Redis by
 * pub/sub, without it by plan's POST to each domain. The domains poll only every 5 minutes here,
 * so a copy that follows the edit within 2 seconds followed the notice.
 */
describe.each([
  { mode: "HTTP from plan", redisUrl: null },
  ...(TEST_REDIS_URL ? [{ mode: "Redis pub/sub", redisUrl: TEST_REDIS_URL }] : []),
])(`a registry change reaches every domain at once ($mode, ${TEST_DATABASE_KIND})`, ({ redisUrl }) => {
  let federation: TestFederation;

  beforeAll(async () => {
    federation = await startTestFederation(TEST_DATABASE_KIND, {
      redisUrl,
      subgraphEnv: Object.fromEntries(DOMAINS.map((domain) => [domain, { REGISTRY_SYNC_INTERVAL_MS: "300000" }])),
    });
  });
  afterAll(() => federation?.stop());

  it("updateTask moves V.1's deadline: every domain's copy and labour's status follow within 2 s", async () => {
    await recordReport(federation, "labour", {
      taskCode: "V.1",
      period: "2014-H1",
      state: "IN_PROGRESS",
      percentComplete: 40,
    });
    const statusQuery =
      '{ _entities(representations: [{ __typename: "LabourTask", code: "V.1" }]) { ... on LabourTask { status } } }';
    const statusOf = async () =>
      dataOf(await federation.subgraphQuery<{ _entities: Array<{ status: string }> }>("labour", statusQuery))
        ._entities[0]!.status;
    const { task } = dataOf(
      await federation.query<{ task: { version: number; endYear: number } }>(
        '{ task(code: "V.1") { version endYear } }',
      ),
    );
    expect(await statusOf()).toBe("OVERDUE");
    expect(await copiedEndYears(federation)).toEqual(DOMAINS.map(() => task.endYear));

    const editedAt = Date.now();
    dataOf(
      await federation.query(
        "mutation ($input: UpdateTaskInput!) { committee { updateTask(input: $input) { version } } }",
        { input: { code: "V.1", expectedVersion: task.version, endYear: 2099 } },
        await federation.as(STANDING_OFFICE),
      ),
    );
    let copies = await copiedEndYears(federation);
    while (copies.some((year) => year !== 2099) && Date.now() - editedAt < WITHIN_MS) {
      await new Promise((done) => setTimeout(done, 25));
      copies = await copiedEndYears(federation);
    }
    const elapsedMs = Date.now() - editedAt;
    process.stdout.write(`registry push (${redisUrl ? "Redis" : "HTTP"}): every domain's copy after ${elapsedMs} ms\n`);

    expect(copies).toEqual(DOMAINS.map(() => 2099));
    expect(await statusOf()).toBe("IN_PROGRESS");
  });
});
