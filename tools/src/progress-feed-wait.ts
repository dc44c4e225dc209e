/**
 * Waits until the plan subgraph's read model holds every progress report revision the domains hold
 * (the domains feed it as they record, within milliseconds; at start they feed their sample data):
 * what taskSummary, tasks(filter: { status }) and the committee's reports are computed from. `token`
 * must be allowed to read the feed's status (service, committee or standing office). Fails after
 * `timeoutMs`, saying how far behind plan is.
 */
export async function waitForProgressFeed(
  urls: { gateway: string; plan: string },
  token: string,
  timeoutMs = 20_000,
): Promise<void> {
  const headers = { "content-type": "application/json", authorization: `Bearer ${token}` };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const held = (await (await fetch(`${urls.plan}/feeds/progress`, { headers })).json()) as {
      domains: Array<{ domain: string; reports: number }>;
    };
    const answer = (await (
      await fetch(urls.gateway, {
        method: "POST",
        headers,
        body: JSON.stringify({ query: "{ tasks { domain reports(includeRevisions: true) { revision } } }" }),
      })
    ).json()) as { data?: { tasks: Array<{ domain: string; reports: unknown[] | null }> } };
    const expected = new Map<string, number>();
    for (const task of answer.data?.tasks ?? []) {
      expected.set(task.domain, (expected.get(task.domain) ?? 0) + (task.reports?.length ?? 0));
    }
    const behind = [...expected].filter(
      ([domain, count]) => (held.domains.find((entry) => entry.domain === domain)?.reports ?? 0) !== count,
    );
    if (answer.data && behind.length === 0) return;
    if (Date.now() > deadline) {
      throw new Error(`plan's read model lags the domains: ${JSON.stringify({ expected: [...expected], held })}`);
    }
    await new Promise((done) => setTimeout(done, 100));
  }
}
