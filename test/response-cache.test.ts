import type { AddressInfo } from "node:net";
import { connect, createServer, type Server, type Socket } from "node:net";

import { TEST_DATABASE_KIND } from "@hpig/kit/testing";

import { cacheCounters, cacheStatusOf, counterChanges, NO_CACHE } from "./testkit/cache";
import { startTestFederation, TEST_CACHE_MODE, TEST_REDIS_URL, type TestFederation } from "./testkit/federation";
import { dataOf } from "./testkit/http";
import { recordReport } from "./testkit/progress";

const TASKS = "{ tasks { code title leadAgencies { code } } }";
const TRAIL = "{ plan { auditTrail(limit: 5) { action entityType } } }";
const FILTERED =
  "query Tasks($filter: TaskFilter, $first: Boolean!) { tasks(filter: $filter) { code title @include(if: $first) } }";

const CALLERS = {
  editorLabour: { subject: "test:editor-ldtbxh", name: "Nguyễn Văn An", agency: "LDTBXH", roles: ["editor" as const] },
  otherEditorLabour: {
    subject: "test:editor-ldtbxh-2",
    name: "Lê Thị Hoa",
    agency: "LDTBXH",
    roles: ["editor" as const],
  },
  editorPlanning: { subject: "test:editor-khdt", name: "Phạm Thu Hà", agency: "KHDT", roles: ["editor" as const] },
  viewerLabour: { subject: "test:viewer-ldtbxh", name: "Đỗ Văn Nam", agency: "LDTBXH", roles: ["viewer" as const] },
  standingOffice: { subject: "test:so", name: "Trần Thị Bình", agency: "CT", roles: ["standing-office" as const] },
};

/** The domains these tests read and write (plan starts too). */
const SUBGRAPHS = ["industry", "investment", "labour"];

describe(`the gateway's response cache (${TEST_DATABASE_KIND}, ${TEST_CACHE_MODE})`, () => {
  let federation: TestFederation;
  beforeAll(async () => {
    federation = await startTestFederation(TEST_DATABASE_KIND, { subgraphs: SUBGRAPHS });
  });
  afterAll(() => federation?.stop());

  it("says MISS, then HIT with the same answer, and counts both at /metrics", async () => {
    const before = await cacheCounters(federation);

    const first = await federation.query(TASKS);
    const second = await federation.query(TASKS);

    expect([cacheStatusOf(first), cacheStatusOf(second)]).toEqual(["MISS", "HIT"]);
    expect(second.data).toEqual(dataOf(first));
    expect(second.errors).toBeUndefined();
    // A hit is the stored answer's data, not the SQL statements of an execution that did not happen.
    expect(first.extensions?.["sqlStatements"]).toBeDefined();
    expect(second.extensions).toBeUndefined();
    expect(second.headers.get("x-request-id")).toBeTruthy();
    expect(counterChanges(before, await cacheCounters(federation))).toEqual({ misses: 1, stores: 1, hits: 1 });
  });

  it("takes variables in any order of their keys as the same operation, and other values as another", async () => {
    const one = await federation.query(FILTERED, { filter: { group: "IV", activeInYear: 2016 }, first: true });
    const same = await federation.query(FILTERED, { first: true, filter: { activeInYear: 2016, group: "IV" } });
    const otherYear = await federation.query(FILTERED, { filter: { group: "IV", activeInYear: 2013 }, first: true });
    const otherFlag = await federation.query(FILTERED, { filter: { group: "IV", activeInYear: 2016 }, first: false });

    expect([one, same, otherYear, otherFlag].map(cacheStatusOf)).toEqual(["MISS", "HIT", "MISS", "MISS"]);
    expect(dataOf(same)).toEqual(dataOf(one));
    expect(dataOf(otherYear)).not.toEqual(dataOf(one));
    expect(dataOf(otherFlag)).not.toEqual(dataOf(one));
  });

  it("bypasses on Cache-Control: no-cache, for mutations and for anonymous callers, and says so", async () => {
    await federation.query(TASKS);
    const before = await cacheCounters(federation);

    const fresh = await federation.query(TASKS, undefined, NO_CACHE);
    const mutation = await federation.query(
      `mutation { committee { issueDirective(input: { agencyCode: "LDTBXH", text: "Báo cáo tình hình", dueOn: "2099-01-01" }) { id } } }`,
    );
    const anonymous = await federation.query(TASKS, undefined, { authorization: "" });

    expect(cacheStatusOf(fresh)).toBe("BYPASS");
    expect(fresh.data).toEqual(dataOf(await federation.query(TASKS)));
    expect(fresh.extensions?.["sqlStatements"]).toBeDefined();
    expect(cacheStatusOf(mutation)).toBe("BYPASS");
    expect(anonymous.status).toBe(401);
    expect(cacheStatusOf(anonymous)).toBe("BYPASS");
    // The no-cache answer and the mutation's stored nothing; the anonymous one was never looked up.
    expect(counterChanges(before, await cacheCounters(federation))).toEqual({ bypasses: 3, hits: 1 });
  });

  it("never stores an answer with an error", async () => {
    const query = '{ tasks(filter: { leadAgency: "NO_SUCH_AGENCY" }) { code } }';

    const first = await federation.query(query);
    const second = await federation.query(query);

    expect(first.errors?.[0]?.extensions?.["code"]).toBe("NOT_FOUND");
    expect([cacheStatusOf(first), cacheStatusOf(second)]).toEqual(["MISS", "MISS"]);
    expect(second.errors).toEqual(first.errors);
  });

  it("gives the committee's audit trail to the committee only: an editor asking the same is refused, never served the committee's entry", async () => {
    const editor = await federation.as(CALLERS.editorLabour);

    const committee = [await federation.query(TRAIL), await federation.query(TRAIL)];
    const refused = [
      await federation.query(TRAIL, undefined, editor),
      await federation.query(TRAIL, undefined, editor),
    ];

    expect(committee.map(cacheStatusOf)).toEqual(["MISS", "HIT"]);
    expect(dataOf(committee[1]).plan).toMatchObject({ auditTrail: expect.arrayContaining([expect.anything()]) });
    for (const answer of refused) {
      expect(answer.errors?.map((error) => error.extensions?.["code"])).toEqual(["FORBIDDEN"]);
      expect(answer.data?.["plan"]).toBeNull();
      expect(cacheStatusOf(answer)).toBe("MISS");
    }
  });

  it("keeps one entry per kind of caller: roles and agency", async () => {
    const query = "{ agencies(domain: LABOUR) { code name ledTasks { code } } }";
    const ask = async (claims: (typeof CALLERS)[keyof typeof CALLERS]) =>
      cacheStatusOf(await federation.query(query, undefined, await federation.as(claims)));

    const statuses = {
      labourEditor: [await ask(CALLERS.editorLabour), await ask(CALLERS.editorLabour)],
      // Another person with the same roles and agency may see exactly the same: the same entry.
      anotherLabourEditor: await ask(CALLERS.otherEditorLabour),
      planningEditor: [await ask(CALLERS.editorPlanning), await ask(CALLERS.editorPlanning)],
      labourViewer: await ask(CALLERS.viewerLabour),
      standingOffice: await ask(CALLERS.standingOffice),
      committee: cacheStatusOf(await federation.query(query)),
    };

    expect(statuses).toEqual({
      labourEditor: ["MISS", "HIT"],
      anotherLabourEditor: "HIT",
      planningEditor: ["MISS", "HIT"],
      labourViewer: "MISS",
      standingOffice: "MISS",
      committee: "MISS",
    });
  });

  it("gives a domain's write at once, through the same gateway, to a caller who had it cached", async () => {
    const query = '{ task(code: "V.1") { latestReport { period percentComplete revision } } }';
    await federation.query(query);
    expect(cacheStatusOf(await federation.query(query))).toBe("HIT");

    const recorded = await recordReport(federation, "labour", {
      taskCode: "V.1",
      period: "2013-Q1",
      state: "IN_PROGRESS",
      percentComplete: 35,
    });
    const after = await federation.query<{ task: { latestReport: unknown } }>(query);

    expect(cacheStatusOf(after)).toBe("MISS");
    expect(dataOf(after).task.latestReport).toEqual({
      period: "2013-Q1",
      percentComplete: 35,
      revision: recorded.revision,
    });
  });
});

describe(`the gateway's response cache when Redis cannot be reached (${TEST_DATABASE_KIND})`, () => {
  let federation: TestFederation;
  beforeAll(async () => {
    // Nothing listens on port 1: every Redis command of the gateway and the subgraphs fails at once.
    federation = await startTestFederation(TEST_DATABASE_KIND, {
      subgraphs: SUBGRAPHS,
      redisUrl: "redis://127.0.0.1:1",
      awaitPublishedVersions: false,
    });
  });
  afterAll(() => federation?.stop());

  it("answers every query uncached (BYPASS), correctly, and writes still succeed", async () => {
    const query = '{ task(code: "V.1") { code title latestReport { percentComplete revision } } }';
    const before = await cacheCounters(federation);

    const first = await federation.query<{ task: { latestReport: { percentComplete: number } | null } }>(query);
    const recorded = await recordReport(federation, "labour", {
      taskCode: "V.1",
      period: "2013-Q2",
      state: "IN_PROGRESS",
      percentComplete: 55,
    });
    const second = await federation.query<{ task: { latestReport: unknown } }>(query);

    expect([cacheStatusOf(first), cacheStatusOf(second)]).toEqual(["BYPASS", "BYPASS"]);
    expect(dataOf(first).task.latestReport).toBeNull();
    expect(dataOf(second).task.latestReport).toEqual({ percentComplete: 55, revision: recorded.revision });
    // Every request, the report's own (a query for the task's leads, the mutation) included, failed its lookup.
    const changes = counterChanges(before, await cacheCounters(federation));
    expect(changes).toEqual({ bypasses: changes["errors"], errors: expect.any(Number) });
    expect(changes["errors"]).toBeGreaterThanOrEqual(3);
  });
});

/** A TCP proxy in front of Redis that can be cut and restored: Redis going away and coming back. */
async function redisProxy(target: string) {
  const { hostname, port } = new URL(target);
  const sockets = new Set<Socket>();
  let server: Server;
  let listenPort = 0;
  const open = async () => {
    server = createServer((client) => {
      const upstream = connect(Number(port || 6379), hostname);
      for (const socket of [client, upstream]) {
        sockets.add(socket);
        socket.on("close", () => sockets.delete(socket));
        socket.on("error", () => undefined);
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((done) => server.listen(listenPort, "127.0.0.1", done));
    listenPort = (server.address() as AddressInfo).port;
  };
  await open();
  return {
    url: () => `redis://127.0.0.1:${listenPort}`,
    cut: async () => {
      const closed = new Promise((done) => server.close(done));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
    restore: open,
  };
}

(TEST_REDIS_URL ? describe : describe.skip)(
  `the gateway's response cache when Redis goes away and comes back (${TEST_DATABASE_KIND}, needs TEST_REDIS_URL)`,
  () => {
    let federation: TestFederation;
    let proxy: Awaited<ReturnType<typeof redisProxy>>;
    beforeAll(async () => {
      proxy = await redisProxy(TEST_REDIS_URL!);
      federation = await startTestFederation(TEST_DATABASE_KIND, {
        subgraphs: SUBGRAPHS,
        redisUrl: proxy.url(),
      });
    });
    afterAll(async () => {
      await federation?.stop();
      await proxy?.cut();
    });

    it("answers uncached while it is away, a write succeeds meanwhile, and the answer cached before is never served again", async () => {
      const query = '{ task(code: "V.1") { latestReport { period percentComplete revision } } }';
      await federation.query(query);
      expect(cacheStatusOf(await federation.query(query))).toBe("HIT");

      await proxy.cut();
      const away = await federation.query(query);
      const recorded = await recordReport(federation, "labour", {
        taskCode: "V.1",
        period: "2014-Q1",
        state: "IN_PROGRESS",
        percentComplete: 70,
      });
      const expected = { period: "2014-Q1", percentComplete: 70, revision: recorded.revision };
      const awayAfterWrite = await federation.query<{ task: { latestReport: unknown } }>(query);
      await proxy.restore();
      // Back: uncached for a few seconds, until the subgraphs have reconnected and published.
      const back: Array<{ status: string | null; latestReport: unknown }> = [];
      while (back.length < 600 && back.at(-1)?.status !== "HIT") {
        const answer = await federation.query<{ task: { latestReport: unknown } }>(query);
        back.push({ status: cacheStatusOf(answer), latestReport: dataOf(answer).task.latestReport });
        if (back.at(-1)!.status === "BYPASS") await new Promise((done) => setTimeout(done, 50));
      }

      expect(cacheStatusOf(away)).toBe("BYPASS");
      expect(cacheStatusOf(awayAfterWrite)).toBe("BYPASS");
      expect(dataOf(awayAfterWrite).task.latestReport).toEqual(expected);
      expect(back.filter((answer) => answer.status !== "BYPASS").map((answer) => answer.status)).toEqual([
        "MISS",
        "HIT",
      ]);
      for (const answer of back) expect(answer.latestReport).toEqual(expected);
    });
  },
);
