import "reflect-metadata";

import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import { createLogger } from "@hpig/kit";
import { openTestDataSource, TEST_DATABASE_KIND } from "@hpig/kit/testing";
import type { DataSource } from "typeorm";

import { REPORTING_ENTITIES } from "../entities";
import { reportingMigrations } from "../migrations";
import { IndicatorReference } from "./indicator-reference.entity";
import { type RegistrySync, startRegistrySync, syncTaskRegistry } from "./sync-task-registry";
import { TaskReference } from "./task-reference.entity";

interface PlanTask {
  code: string;
  domain: string;
  startYear: number;
  endYear: number;
  leadAgencies: Array<{ code: string }>;
  coordinatingAgencies: Array<{ code: string }>;
}

function planTask(
  code: string,
  domain: string,
  startYear: number,
  endYear: number,
  leads: string[],
  coordinators: string[] = [],
): PlanTask {
  return {
    code,
    domain,
    startYear,
    endYear,
    leadAgencies: leads.map((lead) => ({ code: lead })),
    coordinatingAgencies: coordinators.map((agency) => ({ code: agency })),
  };
}

/** The plan subgraph's answer to `{ tasks { code domain startYear endYear leadAgencies { code } coordinatingAgencies { code } } }`. */
const answerOf = (tasks: PlanTask[]) => ({ status: 200, body: { data: { tasks } } });

const registry = [
  planTask("III.2", "INDUSTRY", 2012, 2015, ["CT", "BQLKKT"]),
  planTask("V.1", "LABOUR", 2012, 2015, ["LDTBXH"], ["GDDT", "KHDT"]),
  planTask("V.3", "LABOUR", 2013, 2013, ["LDTBXH"]),
];

const failure = {
  status: 500,
  body: { errors: [{ message: "Unexpected error: database is locked" }] },
};

interface Answer {
  status: number;
  /** JSON, or a string sent as it is. */
  body: unknown;
}

interface Request {
  method: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A stand-in for the plan subgraph: a real HTTP server on a free port answering whatever `answer` says. */
class PlanStub {
  answer: Answer = answerOf(registry);
  readonly requests: Request[] = [];
  private constructor(private readonly server: Server) {}

  static async start(): Promise<PlanStub> {
    const server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () => {
        stub.requests.push({
          method: request.method ?? "",
          headers: request.headers,
          body: Buffer.concat(chunks).toString("utf8"),
        });
        const { status, body } = stub.answer;
        const text = typeof body === "string" ? body : JSON.stringify(body);
        response.writeHead(status, { "content-type": typeof body === "string" ? "text/plain" : "application/json" });
        response.end(text);
      });
    });
    const stub = new PlanStub(server);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return stub;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/graphql`;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Waits (real time) until `check` holds; fails after `timeoutMs`. */
async function eventually(check: () => boolean | Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`condition not met within ${timeoutMs} ms`);
    await sleep(10);
  }
}

describe(`the domain's copy of the task registry (${TEST_DATABASE_KIND})`, () => {
  let db: DataSource;
  let close: () => Promise<void>;
  let plan: PlanStub;

  beforeEach(async () => {
    ({ db, close } = await openTestDataSource({
      name: "reporting",
      entities: REPORTING_ENTITIES,
      migrations: reportingMigrations,
    }));
    plan = await PlanStub.start();
  });
  afterEach(async () => {
    await plan?.close();
    await close?.();
  });

  const copy = () => db.getRepository(TaskReference).find({ order: { code: "ASC" } });
  const rowsOf = (tasks: PlanTask[]) =>
    tasks
      .map((task) =>
        Object.assign(new TaskReference(), {
          code: task.code,
          domain: task.domain,
          startYear: task.startYear,
          endYear: task.endYear,
          leadAgencies: task.leadAgencies.map((lead) => lead.code),
          coordinatingAgencies: task.coordinatingAgencies.map((agency) => agency.code),
        }),
      )
      .sort((a, b) => a.code.localeCompare(b.code));

  describe("syncTaskRegistry", () => {
    it("copies every task of the registry, leads and coordinators in plan order, and counts the rows inserted", async () => {
      const changed = await syncTaskRegistry(db, plan.url);

      expect(changed).toBe(3);
      expect(await copy()).toEqual(rowsOf(registry));
      expect((await copy()).find((task) => task.code === "V.1")!.coordinatingAgencies).toEqual(["GDDT", "KHDT"]);
    });

    it("copies which unit reports which indicator, in catalogue order, and the appendix row it answers", async () => {
      const indicators = [
        // A section I quantity: THONGKE's, but no appendix item.
        { code: "IIP_GROWTH", reportingAgency: { code: "THONGKE" }, requirement: null },
        {
          code: "IIP",
          reportingAgency: { code: "THONGKE" },
          requirement: { position: 1, requiredFigures: "PREVIOUS_YEAR_OFFICIAL_AND_REPORTING_YEAR_ESTIMATE" },
        },
        {
          code: "BUDGET_PAYMENTS",
          reportingAgency: { code: "CUCTHUE" },
          requirement: { position: 2, requiredFigures: "REPORTING_YEAR_FIGURE" },
        },
      ];
      plan.answer = { status: 200, body: { data: { tasks: registry, indicators } } };

      const changed = await syncTaskRegistry(db, plan.url);

      expect(changed).toBe(6);
      expect(
        (await db.getRepository(IndicatorReference).find({ order: { position: "ASC" } })).map((r) => [
          r.code,
          r.agencyCode,
          r.position,
          r.requirementPosition,
          r.requiredFigures,
        ]),
      ).toEqual([
        ["IIP_GROWTH", "THONGKE", 1, null, null],
        ["IIP", "THONGKE", 2, 1, "PREVIOUS_YEAR_OFFICIAL_AND_REPORTING_YEAR_ESTIMATE"],
        ["BUDGET_PAYMENTS", "CUCTHUE", 3, 2, "REPORTING_YEAR_FIGURE"],
      ]);
    });

    it("fills the appendix rows into a copy kept from before they were synced", async () => {
      // A copy as an earlier version left it: the unit, no appendix row.
      await db
        .getRepository(IndicatorReference)
        .insert({ code: "BUDGET_PAYMENTS", agencyCode: "CUCTHUE", position: 1, requirementPosition: null });
      const indicators = [
        {
          code: "BUDGET_PAYMENTS",
          reportingAgency: { code: "CUCTHUE" },
          requirement: { position: 2, requiredFigures: "REPORTING_YEAR_FIGURE" },
        },
      ];
      plan.answer = { status: 200, body: { data: { tasks: registry, indicators } } };

      const changed = await syncTaskRegistry(db, plan.url);

      expect(changed).toBe(4);
      expect(await db.getRepository(IndicatorReference).findOneByOrFail({ code: "BUDGET_PAYMENTS" })).toMatchObject({
        requirementPosition: 2,
        requiredFigures: "REPORTING_YEAR_FIGURE",
      });
    });

    it("asks plan with a POST of the registry query", async () => {
      await syncTaskRegistry(db, plan.url);

      expect(plan.requests).toHaveLength(1);
      const [request] = plan.requests;
      expect(request.method).toBe("POST");
      expect(request.headers["content-type"]).toBe("application/json");
      expect(JSON.parse(request.body)).toEqual({
        query:
          "{ tasks { code domain startYear endYear leadAgencies { code } coordinatingAgencies { code } } indicators { code reportingAgency { code } requirement { position requiredFigures } } }",
      });
    });

    it("applies a changed registry: updates the changed task, deletes the removed one, counts those two", async () => {
      await syncTaskRegistry(db, plan.url);
      const changedTask = planTask("V.1", "LABOUR", 2012, 2020, ["LDTBXH", "SNV"], ["GDDT"]);
      plan.answer = answerOf([registry[0], changedTask]);

      const changed = await syncTaskRegistry(db, plan.url);

      expect(changed).toBe(2);
      expect(await copy()).toEqual(rowsOf([registry[0], changedTask]));
    });

    it("counts an inserted, an updated and a deleted task together", async () => {
      await syncTaskRegistry(db, plan.url);
      const reordered = planTask("III.2", "INDUSTRY", 2012, 2015, ["BQLKKT", "CT"]);
      const added = planTask("IX.1", "INDUSTRY", 2012, 2020, ["CT"]);
      plan.answer = answerOf([reordered, added, registry[2]]);

      const changed = await syncTaskRegistry(db, plan.url);

      expect(changed).toBe(3);
      expect(await copy()).toEqual(rowsOf([reordered, added, registry[2]]));
    });

    it("changes nothing and returns 0 when the registry is the same", async () => {
      await syncTaskRegistry(db, plan.url);
      const before = await copy();

      const changed = await syncTaskRegistry(db, plan.url);

      expect(changed).toBe(0);
      expect(await copy()).toEqual(before);
    });

    it.each<[string, Answer, RegExp]>([
      ["a 500 with GraphQL errors", failure, /plan answered 500: Unexpected error: database is locked/],
      [
        "a 200 with errors and no data",
        { status: 200, body: { errors: [{ message: "Cannot query field" }, { message: "second" }] } },
        /plan answered 200: Cannot query field; second/,
      ],
      ["a 200 with null data", { status: 200, body: { data: null, errors: [{ message: "boom" }] } }, /boom/],
      [
        "a 503 without a body it can read",
        { status: 503, body: "Service Unavailable" },
        /plan answered 503 with a non-JSON body: Service Unavailable/,
      ],
      ["a 500 with data", { status: 500, body: { data: { tasks: [] } } }, /plan answered 500/],
      [
        "a 200 with data and errors (a partial answer)",
        { status: 200, body: { data: { tasks: [] }, errors: [{ message: "agency loader failed" }] } },
        /plan answered 200: agency loader failed/,
      ],
      ["a 200 with an empty registry", answerOf([]), /plan answered 200: an empty registry/],
    ])("throws on %s and leaves the copy as it was", async (_case, answer, message) => {
      await syncTaskRegistry(db, plan.url);
      const before = await copy();
      plan.answer = answer;

      const sync = syncTaskRegistry(db, plan.url);

      await expect(sync).rejects.toThrow(message);
      expect(await copy()).toEqual(before);
    });

    it("throws when plan cannot be reached, and leaves the copy as it was", async () => {
      await syncTaskRegistry(db, plan.url);
      const before = await copy();
      const url = plan.url;
      await plan.close();

      // fetch's own failure, not some later error in the sync: the connection refused, or (when fetch
      // reuses the previous sync's keep-alive socket before it sees the close) closed or reset by plan.
      await expect(syncTaskRegistry(db, url)).rejects.toMatchObject({
        message: "fetch failed",
        cause: expect.objectContaining({ code: expect.stringMatching(/^(ECONNREFUSED|ECONNRESET|UND_ERR_SOCKET)$/) }),
      });
      expect(await copy()).toEqual(before);
    });
  });

  describe("startRegistrySync", () => {
    const logger = createLogger("reporting-test", "silent");
    let sync: RegistrySync | undefined;
    afterEach(async () => {
      sync?.stop();
      sync = undefined;
      // Let a sync already under way finish before the database goes.
      await sleep(50);
    });

    it("is not ready while the copy is empty and plan fails, and becomes ready after the first success", async () => {
      plan.answer = failure;
      let afterFirstSyncCalls = 0;

      sync = startRegistrySync({
        db,
        planUrl: plan.url,
        logger,
        intervalMs: 50,
        afterFirstSync: async () => {
          afterFirstSyncCalls += 1;
        },
      });
      await eventually(() => plan.requests.length >= 1);
      await sleep(50);
      const readyWhileFailing = await sync.isReady();
      plan.answer = answerOf(registry);
      // The first retry comes about a second after the first failure.
      await eventually(() => sync!.isReady(), 5_000);

      expect(readyWhileFailing).toBe(false);
      expect(afterFirstSyncCalls).toBe(1);
      expect(await copy()).toEqual(rowsOf(registry));
    });

    it("is not ready before afterFirstSync has finished, though the copy is synced", async () => {
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      let started = false;

      sync = startRegistrySync({
        db,
        planUrl: plan.url,
        logger,
        intervalMs: 60_000,
        afterFirstSync: async () => {
          started = true;
          await released;
        },
      });
      await eventually(() => started);
      const readyDuringAfterFirstSync = await sync.isReady();
      const copyDuringAfterFirstSync = await copy();
      release();
      await eventually(() => sync!.isReady());

      expect(readyDuringAfterFirstSync).toBe(false);
      expect(copyDuringAfterFirstSync).toEqual(rowsOf(registry));
    });

    it("is ready at once when the copy has rows from an earlier run, though plan fails", async () => {
      await syncTaskRegistry(db, plan.url);
      plan.answer = failure;
      let afterFirstSyncCalls = 0;

      sync = startRegistrySync({
        db,
        planUrl: plan.url,
        logger,
        intervalMs: 50,
        afterFirstSync: async () => {
          afterFirstSyncCalls += 1;
        },
      });
      const readyAtOnce = await sync.isReady();
      await eventually(() => plan.requests.length >= 2);

      expect(readyAtOnce).toBe(true);
      expect(afterFirstSyncCalls).toBe(0);
      expect(await copy()).toEqual(rowsOf(registry));
    });

    it("runs afterFirstSync exactly once over many syncs", async () => {
      let afterFirstSyncCalls = 0;

      sync = startRegistrySync({
        db,
        planUrl: plan.url,
        logger,
        intervalMs: 20,
        afterFirstSync: async () => {
          afterFirstSyncCalls += 1;
        },
      });
      await eventually(() => plan.requests.length >= 5);

      expect(afterFirstSyncCalls).toBe(1);
      expect(await sync.isReady()).toBe(true);
    });

    it("picks up a change of the registry at the next interval", async () => {
      sync = startRegistrySync({ db, planUrl: plan.url, logger, intervalMs: 20 });
      await eventually(() => sync!.isReady());
      const changedTask = planTask("V.3", "LABOUR", 2013, 2014, ["LDTBXH"]);
      plan.answer = answerOf([registry[0], registry[1], changedTask]);

      await eventually(
        async () => (await db.getRepository(TaskReference).findOneByOrFail({ code: "V.3" })).endYear === 2014,
      );

      expect(await copy()).toEqual(rowsOf([registry[0], registry[1], changedTask]));
    });

    it("syncs at once when asked (plan announced a change), long before the next interval", async () => {
      sync = startRegistrySync({ db, planUrl: plan.url, logger, intervalMs: 60_000 });
      await eventually(() => sync!.isReady());
      const changedTask = planTask("V.3", "LABOUR", 2013, 2014, ["LDTBXH"]);
      plan.answer = answerOf([registry[0], registry[1], changedTask]);

      sync.syncNow();
      await eventually(
        async () => (await db.getRepository(TaskReference).findOneByOrFail({ code: "V.3" })).endYear === 2014,
      );

      expect(plan.requests).toHaveLength(2);
    });

    it("follows a sync under way with exactly one more when asked during it, however often", async () => {
      sync = startRegistrySync({ db, planUrl: plan.url, logger, intervalMs: 60_000 });
      // Asked three times while the first sync (at start) waits for plan's answer.
      sync.syncNow();
      sync.syncNow();
      sync.syncNow();
      await eventually(() => plan.requests.length >= 2);
      await sleep(200);

      expect(plan.requests).toHaveLength(2);
    });

    it("stops retrying after stop()", async () => {
      plan.answer = failure;
      sync = startRegistrySync({ db, planUrl: plan.url, logger, intervalMs: 20 });
      await eventually(() => plan.requests.length >= 1);

      sync.stop();
      // Without stop() the first retry would come after one second.
      await sleep(1_500);

      expect(plan.requests).toHaveLength(1);
      expect(await sync.isReady()).toBe(false);
    });

    it("stops the periodic syncs after stop()", async () => {
      sync = startRegistrySync({ db, planUrl: plan.url, logger, intervalMs: 20 });
      await eventually(() => plan.requests.length >= 3);

      sync.stop();
      await sleep(100);
      const requestsAfterStop = plan.requests.length;
      await sleep(300);

      expect(plan.requests).toHaveLength(requestsAfterStop);
    });
  });
});
