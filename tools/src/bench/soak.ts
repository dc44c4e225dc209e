import autocannon from "autocannon";

import { checkOperation } from "./measure";
import { OPERATIONS } from "./operations";
import { loadAverage, rssMb } from "./process-cpu";

/** The reads of the mix, each with a new `asOf` per request (uncached: the gateway's cache cannot hide a leak). */
const READS = ["tasks with status", "targets' verdicts", "plan only: overdue tasks"].map((name) =>
  OPERATIONS.find((operation) => operation.name === name)!,
);
/** How long the unthrottled run that measures capacity lasts. */
const CAPACITY_SECONDS = 15;

/** The task a soak's writes report on, and the editor who may. */
export interface SoakWriter {
  domain: string;
  taskCode: string;
  token: string;
}

export interface SoakOptions {
  url: string;
  /** The committee's token, for the reads. */
  token: string;
  writer: SoakWriter;
  connections: number;
  durationSeconds: number;
  pids: Record<string, number | undefined>;
  /** Each process's base URL, whose /metrics gives its heap in use after the latest full collection. */
  baseUrls: Record<string, string>;
  /** Growth of a process's heap after full collections from warm-up to the end beyond this share fails the soak… */
  maxGrowthPercent: number;
  /** …unless it is at most this many MB. */
  maxGrowthFloorMb: number;
}

export interface ProcessMemory {
  startMb: number | null;
  warmedUpMb: number | null;
  endMb: number | null;
  peakMb: number | null;
  /** The lowest RSS sampled in the window right after warm-up, and in the run's last window. */
  floorAfterWarmUpMb: number | null;
  floorAtEndMb: number | null;
  /** Growth of that floor, reported: RSS follows the heap's size, which swings between full collections. */
  growthPercent: number | null;
  /** The lowest heap in use after a full collection (hpig_heap_used_after_full_gc_bytes) in the same two windows. */
  heapAfterFullGcAtWarmUpMb: number | null;
  heapAfterFullGcAtEndMb: number | null;
  /** Growth of that heap: what survives collection, so a leak moves it and collection swings do not. Judged. */
  heapGrowthPercent: number | null;
  grewTooMuch: boolean;
}

export interface SoakResult {
  capacityReqPerSec: number;
  rateReqPerSec: number;
  durationSeconds: number;
  warmUpSeconds: number;
  requests: number;
  writes: number;
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  /** Non-2xx answers, socket errors and timeouts, and 200s that carry GraphQL errors (the first few in `firstErrors`). */
  errors: number;
  firstErrors: string[];
  memory: Record<string, ProcessMemory>;
  /** The 1-minute load average before the soak: others' work on the machine. */
  loadBefore: number | null;
  passed: boolean;
}

/**
 * `npm run bench -- --soak 10m`: measures the capacity of a mix of three reads and one write (a
 * correction of a progress report by the task's lead editor; no two writes in flight correct the
 * same period, so none races another) for CAPACITY_SECONDS, then runs the same mix at half that
 * rate for the whole duration. Every process's RSS is read at the start, after warm-up (a fifth
 * of the run, at least 30 s and at most two minutes, never more than half), at the end, and every
 * 5 s, with its heap in use after the latest full collection (its /metrics). What is judged is that
 * heap: the lowest in the window after warm-up against the lowest in the last window of the same
 * length. RSS is reported, not judged: it follows V8's heap size, which grows between full
 * collections for minutes (the gateway at 40 req/s: 282 MB after one, 460 MB before the next), so
 * its floor in a two-minute window says when the last collection ran more than whether memory
 * leaks. Any error, or that heap grown beyond the thresholds, fails the run.
 */
export async function soak(options: SoakOptions): Promise<SoakResult> {
  for (const read of READS) await checkOperation(options.url, options.token, read);
  const rss = () => Object.fromEntries(Object.entries(options.pids).map(([name, pid]) => [name, rssMb(pid)]));
  const start = rss();
  const loadBefore = loadAverage();

  const capacity = await run(options, CAPACITY_SECONDS);
  const rate = Math.max(1, Math.floor(capacity.result.requests.average / 2));
  process.stderr.write(`soak: capacity ${capacity.result.requests.average} req/s; soaking at ${rate} req/s\n`);

  const warmUpSeconds = Math.round(
    Math.min(120, options.durationSeconds / 2, Math.max(30, options.durationSeconds / 5)),
  );
  let warmedUp: Record<string, number | null> = {};
  const peak: Record<string, number | null> = { ...start };
  const soakStarted = Date.now();
  const samples: Array<{ atSeconds: number; mb: Record<string, number | null> }> = [];
  const heapSamples: Array<{ atSeconds: number; mb: Record<string, number | null> }> = [];
  const sampler = setInterval(() => {
    const now = rss();
    const atSeconds = (Date.now() - soakStarted) / 1000;
    samples.push({ atSeconds, mb: now });
    void heapsAfterFullGc(options.baseUrls).then((mb) => heapSamples.push({ atSeconds, mb }));
    for (const [name, mb] of Object.entries(now)) {
      if (mb !== null && (peak[name] === null || mb > peak[name])) peak[name] = mb;
    }
  }, 5_000);
  const warmUpTimer = setTimeout(() => (warmedUp = rss()), warmUpSeconds * 1000);
  const soaked = await run(options, options.durationSeconds, rate).finally(() => {
    clearInterval(sampler);
    clearTimeout(warmUpTimer);
  });
  const end = rss();
  const endSeconds = (Date.now() - soakStarted) / 1000;
  samples.push({ atSeconds: endSeconds, mb: end });
  heapSamples.push({ atSeconds: endSeconds, mb: await heapsAfterFullGc(options.baseUrls) });
  const floorOf = (name: string, from: number, to: number, of = samples): number | null => {
    const inWindow = of
      .filter((sample) => sample.atSeconds >= from && sample.atSeconds <= to)
      .map((sample) => sample.mb[name])
      .filter((mb): mb is number => mb !== null && mb !== undefined);
    return inWindow.length > 0 ? Math.min(...inWindow) : null;
  };
  const window = warmUpSeconds;
  const lastSecond = samples[samples.length - 1].atSeconds;

  const memory = Object.fromEntries(
    Object.keys(options.pids).map((name) => {
      const windows = [
        [warmUpSeconds, warmUpSeconds + window],
        [Math.max(warmUpSeconds + window, lastSecond - window), lastSecond],
      ] as const;
      const [before, after] = windows.map(([from, to]) => floorOf(name, from, to));
      const heapAfter = floorOf(name, ...windows[1], heapSamples);
      // A process whose first full collection after warm-up comes later is judged from that one.
      const heapBefore =
        floorOf(name, ...windows[0], heapSamples) ??
        heapSamples.find((sample) => sample.atSeconds >= warmUpSeconds && sample.mb[name])?.mb[name] ??
        null;
      const growthPercent = percentGrowth(before, after);
      const heapGrowthPercent = percentGrowth(heapBefore, heapAfter);
      const grewTooMuch =
        heapGrowthPercent !== null &&
        heapAfter! - heapBefore! > options.maxGrowthFloorMb &&
        heapGrowthPercent > options.maxGrowthPercent;
      return [
        name,
        {
          startMb: start[name] ?? null,
          warmedUpMb: warmedUp[name] ?? null,
          endMb: end[name] ?? null,
          peakMb: peak[name] ?? null,
          floorAfterWarmUpMb: before,
          floorAtEndMb: after,
          growthPercent,
          heapAfterFullGcAtWarmUpMb: heapBefore,
          heapAfterFullGcAtEndMb: heapAfter,
          heapGrowthPercent,
          grewTooMuch,
        },
      ];
    }),
  );
  const { result } = soaked;
  const errors =
    result.errors +
    result.non2xx +
    soaked.graphqlErrors +
    capacity.graphqlErrors +
    capacity.result.errors +
    capacity.result.non2xx;
  return {
    capacityReqPerSec: capacity.result.requests.average,
    rateReqPerSec: rate,
    durationSeconds: options.durationSeconds,
    warmUpSeconds,
    requests: result.requests.total,
    writes: soaked.writes,
    reqPerSec: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors,
    firstErrors: [...capacity.firstErrors, ...soaked.firstErrors].slice(0, 5),
    memory,
    loadBefore,
    passed:
      errors === 0 &&
      Object.values(memory).every(
        (process) => !process.grewTooMuch && process.endMb !== null && process.heapAfterFullGcAtEndMb !== null,
      ),
  };
}

function percentGrowth(before: number | null, after: number | null): number | null {
  return before === null || after === null ? null : Math.round(((after - before) / before) * 1000) / 10;
}

/** Each process's heap in use after its latest full collection, in MB; null before its first or when unreadable. */
async function heapsAfterFullGc(baseUrls: Record<string, string>): Promise<Record<string, number | null>> {
  const read = async (baseUrl: string): Promise<number | null> => {
    try {
      const response = await fetch(`${baseUrl}/metrics`, { signal: AbortSignal.timeout(2_000) });
      const bytes = Number((await response.text()).match(/^hpig_heap_used_after_full_gc_bytes\{[^}]*\} (\d+)/m)?.[1]);
      return bytes > 0 ? Math.round((bytes / 1024 / 1024) * 10) / 10 : null;
    } catch {
      return null;
    }
  };
  const names = Object.keys(baseUrls);
  const values = await Promise.all(names.map((name) => read(baseUrls[name])));
  return Object.fromEntries(names.map((name, index) => [name, values[index]]));
}

/** The task's periods a report may be given for (years, halves, quarters up to last year) and each one's current revision. */
async function currentRevisions(options: SoakOptions): Promise<Map<string, number>> {
  const response = await fetch(options.url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${options.token}` },
    body: JSON.stringify({
      query: "query ($code: ID!) { task(code: $code) { startYear endYear reports { period revision } } }",
      variables: { code: options.writer.taskCode },
    }),
  });
  const body = (await response.json()) as {
    data?: {
      task: { startYear: number; endYear: number; reports: Array<{ period: string; revision: number }> } | null;
    };
    errors?: unknown;
  };
  const task = body.data?.task;
  if (!task || body.errors)
    throw new Error(`cannot read task ${options.writer.taskCode}: ${JSON.stringify(body.errors)}`);
  const revisions = new Map<string, number>();
  const lastYear = Math.min(task.endYear, new Date().getUTCFullYear() - 1);
  for (let year = task.startYear; year <= lastYear; year += 1) {
    for (const suffix of ["", "-H1", "-H2", "-Q1", "-Q2", "-Q3", "-Q4"]) revisions.set(`${year}${suffix}`, 0);
  }
  for (const report of task.reports) if (revisions.has(report.period)) revisions.set(report.period, report.revision);
  return revisions;
}

/** One autocannon run of the mix. */
async function run(options: SoakOptions, durationSeconds: number, overallRate?: number) {
  // Read afresh: the writes a previous run left in flight when it stopped were answered unseen.
  const revisions = await currentRevisions(options);
  if (revisions.size < options.connections) {
    throw new Error(`task ${options.writer.taskCode} has ${revisions.size} periods, fewer than the connections`);
  }
  // A connection has one request in flight at most, so a period is always free.
  const free = [...revisions.keys()];
  let sent = 0;
  let writes = 0;
  let graphqlErrors = 0;
  const firstErrors: string[] = [];
  const failed = (body: string) => {
    graphqlErrors += 1;
    if (firstErrors.length < 5) firstErrors.push(body.slice(0, 300));
  };
  type Context = { period?: string };
  const headers = (token: string) => ({ "content-type": "application/json", authorization: `Bearer ${token}` });
  const reads = READS.map((operation) => ({
    method: "POST" as const,
    headers: headers(options.token),
    setupRequest: (request: autocannon.Request) => ({
      ...request,
      body: JSON.stringify({ query: operation.query, variables: operation.variables(++sent) }),
    }),
    onResponse: (status: number, body: string) => {
      if (status === 200 && body.includes('"errors":')) failed(body);
    },
  }));
  const { domain, taskCode } = options.writer;
  const write = {
    method: "POST" as const,
    headers: headers(options.writer.token),
    setupRequest: (request: autocannon.Request, context: Context) => {
      // The period is taken until its answer is in: the expected revision is always the current one.
      context.period = free.shift()!;
      return {
        ...request,
        body: JSON.stringify({
          query: `mutation Report($input: ReportTaskProgressInput!) { ${domain} { reportTaskProgress(input: $input) { revision } } }`,
          variables: {
            input: {
              taskCode,
              period: context.period,
              state: "IN_PROGRESS",
              percentComplete: 50,
              summary: `Báo cáo kiểm thử tải ${taskCode}, kỳ ${context.period}`,
              expectedRevision: revisions.get(context.period)!,
            },
          },
        }),
      };
    },
    onResponse: (status: number, body: string, context: Context) => {
      writes += 1;
      const revision = /"revision":(\d+)/.exec(body)?.[1];
      if (status !== 200 || body.includes('"errors":') || !revision) failed(body);
      else revisions.set(context.period!, Number(revision));
      free.push(context.period!);
    },
  };
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: durationSeconds,
    ...(overallRate ? { overallRate } : {}),
    requests: [...reads, write] as autocannon.Request[],
  });
  return { result, writes, graphqlErrors, firstErrors };
}
