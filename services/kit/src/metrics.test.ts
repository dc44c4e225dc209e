import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

import { createServiceMetrics } from "./metrics";

/** A full collection on demand: --expose-gc set at run time gives a fresh context its `gc`. */
function collectFully(): void {
  setFlagsFromString("--expose-gc");
  (runInNewContext("gc") as () => void)();
}

const heapAfterFullGc = async (metrics: ReturnType<typeof createServiceMetrics>) =>
  Number(
    (await metrics.registry.metrics()).match(/^hpig_heap_used_after_full_gc_bytes\{service="labour"\} (\d+)$/m)?.[1],
  );

describe("hpig_heap_used_after_full_gc_bytes", () => {
  it("holds the heap in use after the latest full collection, and moves only with one", async () => {
    const metrics = createServiceMetrics("labour");
    collectFully();
    // The observer hears of a collection after it, not during it.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const afterFirst = await heapAfterFullGc(metrics);
    expect(afterFirst).toBeGreaterThan(1_000_000);

    // 64 MB kept alive: the gauge does not see it until the next full collection, then does.
    const kept = Array.from({ length: 64 }, () => new Array<number>(128 * 1024).fill(1.5));
    expect(await heapAfterFullGc(metrics)).toBe(afterFirst);
    collectFully();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await heapAfterFullGc(metrics)).toBeGreaterThan(afterFirst + 60_000_000);
    expect(kept).toHaveLength(64);
  });
});
