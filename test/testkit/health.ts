import type { Federation } from "@hpig/tools";

/** Polls each process's /health until `healthy` holds for all, naming those it does not hold for at the deadline. */
export async function untilHealthy<THealth>(
  processes: ReadonlyArray<{ name: string; url: string }>,
  what: string,
  healthy: (health: THealth) => boolean,
  timeoutMs = 20_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const failing: string[] = [];
    for (const process of processes) {
      const health = (await (await fetch(`${process.url}/health`)).json()) as THealth;
      if (!healthy(health)) failing.push(process.name);
    }
    if (failing.length === 0) return;
    if (Date.now() > deadline) throw new Error(`${what}: ${failing.join(", ")}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

/** Waits until every subgraph's /health says its data version has reached Redis or every gateway. */
export async function waitForPublishedVersions(federation: Federation): Promise<void> {
  await untilHealthy(
    Object.values(federation.subgraphs),
    "data versions undelivered",
    (health: { dataVersion?: string }) => health.dataVersion !== "undelivered",
  );
}
