import "reflect-metadata";

import { createServer, type Server } from "node:http";
import { type AddressInfo } from "node:net";

import { createLogger, type ProgressFeedBatch } from "@hpig/kit";
import { openTestDataSource, TEST_DATABASE_KIND } from "@hpig/kit/testing";
import type { DataSource } from "typeorm";

import { REPORTING_ENTITIES } from "../entities";
import { reportingMigrations } from "../migrations";
import { recordProgressReport } from "../progress/progress.service";
import { TaskReference } from "../registry/task-reference.entity";
import { type ProgressFeed, startProgressFeed } from "./progress-feed";
import { ProgressOutbox } from "./progress-outbox.entity";

const editor = {
  principal: { subject: "ldtbxh-1", name: "Nguyễn Văn An", agency: "LDTBXH", roles: ["editor" as const] },
  requestId: "req-test",
};

/** A stand-in for plan's feed route: it keeps what it is sent, holds what it is told, fails on demand. */
class FakePlan {
  readonly batches: ProgressFeedBatch[] = [];
  readonly tokens: Array<string | undefined> = [];
  held = new Set<number>();
  failing = false;
  private server!: Server;
  url = "";

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      this.tokens.push(req.headers.authorization);
      if (this.failing) {
        res.writeHead(503).end("plan is restarting");
        return;
      }
      if (req.method === "GET") {
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify({ domains: [{ domain: "LABOUR", reports: this.held.size, lastReportedAt: null }] }));
        return;
      }
      let body = "";
      req.on("data", (chunk: Buffer) => (body += chunk.toString()));
      req.on("end", () => {
        const batch = JSON.parse(body) as ProgressFeedBatch;
        this.batches.push(batch);
        for (const report of batch.reports) this.held.add(report.id);
        res
          .writeHead(200, { "content-type": "application/json" })
          .end(JSON.stringify({ received: batch.reports.length }));
      });
    });
    await new Promise<void>((done) => this.server.listen(0, "127.0.0.1", done));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/graphql`;
  }

  stop(): Promise<void> {
    return new Promise((done) => this.server.close(() => done()));
  }

  /** Every report id received, in the order received. */
  received(): number[] {
    return this.batches.flatMap((batch) => batch.reports.map((report) => report.id));
  }
}

async function until(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((done) => setTimeout(done, 20));
  }
}

describe(`feeding progress reports to plan (${TEST_DATABASE_KIND})`, () => {
  let db: DataSource;
  let close: () => Promise<void>;
  let plan: FakePlan;
  let feed: ProgressFeed | undefined;

  const report = (period: string, percentComplete: number, expectedRevision?: number) =>
    recordProgressReport(
      db,
      "LABOUR",
      {
        taskCode: "V.1",
        period,
        state: "IN_PROGRESS" as never,
        percentComplete,
        summary: "Đang triển khai",
        expectedRevision,
      },
      new Date("2014-07-10T03:00:00.000Z"),
      editor,
    );
  const queued = () => db.getRepository(ProgressOutbox).count();
  const start = (reconcileIntervalMs = 60_000) =>
    (feed = startProgressFeed({
      db,
      domain: "LABOUR",
      planUrl: plan.url,
      token: "service-token",
      logger: createLogger("test", "silent"),
      reconcileIntervalMs,
    }));

  beforeEach(async () => {
    ({ db, close } = await openTestDataSource({
      name: "feed",
      entities: REPORTING_ENTITIES,
      migrations: reportingMigrations,
    }));
    await db.getRepository(TaskReference).insert({
      code: "V.1",
      domain: "LABOUR",
      startYear: 2012,
      endYear: 2015,
      leadAgencies: ["LDTBXH"],
      coordinatingAgencies: [],
    });
    plan = new FakePlan();
    await plan.start();
  });
  afterEach(async () => {
    feed?.stop();
    feed = undefined;
    await plan.stop();
    await close?.();
  });

  it("queues a report in the transaction that records it, and nothing for a refused one", async () => {
    await report("2013", 40);
    expect(await queued()).toBe(1);
    await expect(report("2013", 50)).rejects.toThrow(/expectedRevision/);
    await expect(report("2013", 150, 1)).rejects.toThrow();
    expect(await queued()).toBe(1);
  });

  it("delivers what is queued with the service token, then empties the outbox", async () => {
    const first = await report("2013-H1", 20);
    const second = await report("2013", 40);
    await start().flush();
    expect(plan.received()).toEqual([first.id, second.id]);
    expect(plan.batches[0]).toMatchObject({
      domain: "LABOUR",
      reports: [
        { id: first.id, taskCode: "V.1", period: "2013-H1", percentComplete: 20, reporter: "Nguyễn Văn An" },
        {},
      ],
    });
    expect(plan.tokens.every((token) => token === "Bearer service-token")).toBe(true);
    expect(await queued()).toBe(0);
  });

  it("delivers a report after its transaction commits, without being asked", async () => {
    start();
    await until(() => plan.tokens.length > 0, "the feed has started");
    const recorded = await report("2014", 60);
    await until(() => plan.received().includes(recorded.id), "plan has the new report");
    await until(async () => (await queued()) === 0, "the outbox is empty");
  });

  it("keeps reports queued while plan fails, and delivers them once it answers", async () => {
    plan.failing = true;
    const recorded = await report("2013", 40);
    const feedNow = start();
    await feedNow.flush();
    expect(await queued()).toBe(1);
    plan.failing = false;
    // The retry comes by itself (backoff); a new write also wakes the feed.
    await until(() => plan.received().includes(recorded.id), "the retry delivered the report", 10_000);
    // Plan holds it before the feed empties its outbox: wait for that step too.
    await until(async () => (await queued()) === 0, "the outbox is empty");
  });

  it("feeds everything again when plan holds fewer reports than the domain", async () => {
    const first = await report("2013", 40);
    const second = await report("2014", 60);
    await start().flush();
    feed!.stop();
    // Plan's read model lost them (a rebuilt database): the next start's reconciliation refills it.
    plan.held.clear();
    plan.batches.length = 0;
    await start().flush();
    expect(plan.received().sort()).toEqual([first.id, second.id].sort());
    expect(await queued()).toBe(0);
  });
});
