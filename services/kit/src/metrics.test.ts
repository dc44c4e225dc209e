import { getHeapStatistics, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

import { createServiceMetrics } from "./metrics";

/** A full collection on demand (--expose-gc set at run time gives a fresh context its `gc`); the heap in use right after it. */
function collectFully(): number {
  setFlagsFromString("--expose-gc");
  (runInNewContext("gc") as () => void)();
  return getHeapStatistics().used_heap_size;
}

const heapAfterFullGc = async (metrics: ReturnType<typeof createServiceMetrics>) =>
  Number(
    (await metrics.registry.metrics()).match(/^hpig_heap_used_after_full_gc_bytes\{service="labour"\} (\d+)$/m)?.[1],
  );

/** The observer hears of a collection after it, not during it. */
const observerTurn = () => new Promise((resolve) => setTimeout(resolve, 50));

describe("hpig_heap_used_after_full_gc_bytes", () => {
  // Exact figures would depend on what earlier files in the same jest worker left behind: the gauge is
  // compared with V8's own figure taken right after the same collection.
  it("holds the heap in use right after the latest full collection", async () => {
    const metrics = createServiceMetrics("labour");
    const first = collectFully();
    await observerTurn();
    expect(Math.abs((await heapAfterFullGc(metrics)) - first)).toBeLessThan(4 << 20);

    // 64 MB kept alive is in the figure after the next full collection.
    const kept = Array.from({ length: 64 }, () => new Array<number>(128 * 1024).fill(1.5));
    const second = collectFully();
    await observerTurn();
    const reported = await heapAfterFullGc(metrics);
    expect(Math.abs(reported - second)).toBeLessThan(4 << 20);
    expect(reported).toBeGreaterThan(64 << 20);
    expect(kept).toHaveLength(64);
  });
});
