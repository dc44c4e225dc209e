import { TEST_DATABASE_KIND } from "@hpig/kit/testing";

import { NO_CACHE } from "./testkit/cache";
import { startTestFederation, type TestFederation } from "./testkit/federation";
import type { GraphQLResult } from "./testkit/http";

interface TaskRow {
  code: string;
  domain: string;
  status: string | null;
}

type Answer = GraphQLResult<{ tasks: TaskRow[] }>;

/** Every task with its owning domain's status: plan and all six domains take part. */
const DASHBOARD = "{ tasks { code domain status } }";

/**
 * Short enough to trip the breaker in seconds; the defaults are 10 s, 30 s and 60 s. The timeout leaves
 * a warm subgraph room on a loaded CI machine; the window holds the two timeouts that trip the breaker.
 */
const TIMEOUT_MS = 1_000;
const OPEN_MS = 1_500;
const WINDOW_MS = 4_000;

/** Asks uncached (a cached answer would not reach the subgraphs) and times the answer. */
async function timedDashboard(federation: TestFederation): Promise<{ answer: Answer; ms: number }> {
  const started = performance.now();
  const answer = await federation.query<{ tasks: TaskRow[] }>(DASHBOARD, undefined, NO_CACHE);
  return { answer, ms: performance.now() - started };
}

const labourErrors = (answer: Answer) =>
  (answer.errors ?? []).filter((error) => error.extensions?.["serviceName"] === "labour");

async function readiness(federation: TestFederation): Promise<{ status: number; checks: Record<string, string> }> {
  const response = await fetch(`${federation.gateway.url}/ready`);
  return { status: response.status, checks: ((await response.json()) as { checks: Record<string, string> }).checks };
}

/**
 * A subgraph that hangs — its process paused with SIGSTOP, so its port still accepts connections
 * but nothing answers — is cut off by its circuit breaker after a few timeouts: its part of every
 * answer is then an error at once, the rest of the answer is whole, and /ready and the logs name
 * it. Resumed (SIGCONT), it is let back in by the next probe.
 */
describe(`a paused subgraph is cut off and let back in (${TEST_DATABASE_KIND})`, () => {
  let federation: TestFederation;
  let labourPid: number;
  let paused = false;

  beforeAll(async () => {
    federation = await startTestFederation(TEST_DATABASE_KIND, {
      env: {
        SUBGRAPH_TIMEOUT_MS: String(TIMEOUT_MS),
        BREAKER_MIN_REQUESTS: "2",
        BREAKER_OPEN_MS: String(OPEN_MS),
        BREAKER_WINDOW_MS: String(WINDOW_MS),
      },
    });
    labourPid = federation.subgraphs["labour"].child.pid!;
    // A cold subgraph on a loaded machine may miss the first timeouts (CI: all six within 400 ms). Ask
    // until the answer is whole, then let the window pass so that the warm-up counts for no breaker.
    for (const deadline = Date.now() + 60_000; Date.now() < deadline;) {
      if (!(await timedDashboard(federation)).answer.errors) break;
      await new Promise((done) => setTimeout(done, 200));
    }
    await new Promise((done) => setTimeout(done, WINDOW_MS + 500));
  });
  afterAll(async () => {
    if (paused) process.kill(labourPid, "SIGCONT");
    await federation?.stop();
  });

  it("answers whole while labour runs", async () => {
    const { answer } = await timedDashboard(federation);

    expect(answer.errors).toBeUndefined();
    expect(answer.data?.tasks.filter((task) => task.status === null)).toEqual([]);
  });

  it("cuts labour off after its fetches time out, then answers labour's part as unavailable at once", async () => {
    process.kill(labourPid, "SIGSTOP");
    paused = true;

    // Each of these waits for the timeout; after BREAKER_MIN_REQUESTS of them the breaker opens.
    const timedOut: string[] = [];
    for (let attempt = 0; attempt < 2; attempt++) {
      const { answer } = await timedDashboard(federation);
      timedOut.push(...labourErrors(answer).map((error) => error.message));
    }
    expect(timedOut).toEqual(Array(2).fill(`Subgraph "labour" did not answer within ${TIMEOUT_MS} ms`));

    const { answer, ms } = await timedDashboard(federation);
    const started = performance.now();
    const oneTask = await federation.query<{ task: { status: string | null } }>(
      '{ task(code: "V.1") { code status } }',
      undefined,
      NO_CACHE,
    );
    const oneTaskMs = performance.now() - started;
    process.stdout.write(
      `labour cut off: all 55 tasks answered in ${ms.toFixed(0)} ms, V.1 (plan and labour) in ${oneTaskMs.toFixed(0)} ms\n`,
    );

    expect(oneTask.data?.task.status).toBeNull();
    expect(oneTaskMs).toBeLessThan(1_000);

    // The issue asks for under 100 ms for labour's part; the whole answer is bounded loosely here.
    expect(ms).toBeLessThan(1_000);
    expect(labourErrors(answer)).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/^Subgraph "labour" is cut off: since .* probed again every 1500 ms$/),
        extensions: expect.objectContaining({ code: "SUBGRAPH_UNAVAILABLE", serviceName: "labour" }),
      }),
    ]);
    expect(answer.errors).toHaveLength(1);
    const tasks = answer.data!.tasks;
    expect(tasks).toHaveLength(55);
    expect(tasks.filter((task) => task.status === null).map((task) => task.domain)).toEqual(Array(6).fill("LABOUR"));
  });

  it("says on /ready and in the logs that labour is cut off", async () => {
    const { status, checks } = await readiness(federation);

    expect(status).toBe(503);
    expect(checks["labour"]).toMatch(/^failed: cut off: since /);
    expect(Object.entries(checks).filter(([, check]) => check !== "ok")).toEqual([["labour", checks["labour"]]]);
    const [line] = await federation.waitForLog((line) => line.includes("subgraph labour cut off:"));
    expect(JSON.parse(line.replace(/^\[gateway\] /, ""))).toMatchObject({ level: 40, subgraph: "labour" });
  });

  it("lets labour back in once it answers a probe", async () => {
    process.kill(labourPid, "SIGCONT");
    paused = false;

    // The first request after BREAKER_OPEN_MS is the probe; until then labour stays cut off.
    let answer: Answer | undefined;
    for (const deadline = Date.now() + 10 * OPEN_MS; Date.now() < deadline;) {
      answer = (await timedDashboard(federation)).answer;
      if (!answer.errors) break;
      await new Promise((done) => setTimeout(done, 100));
    }
    expect(answer?.errors).toBeUndefined();
    expect(answer?.data?.tasks.filter((task) => task.status === null)).toEqual([]);
    await federation.waitForLog((line) => line.includes("subgraph labour answers again"));
    expect((await readiness(federation)).status).toBe(200);
  });
});
