import type { ProgressReportRecord } from "./progress-report-record";

/**
 * The domains feed the plan subgraph a copy of their progress reports (the read model the
 * committee's summaries, filters and reports are computed from), POSTed to this path of plan's
 * service beside its /graphql. GET on it says how many reports plan holds per domain.
 */
export const PROGRESS_FEED_PATH = "/feeds/progress";

/** One report revision as fed: its row in the domain (`id`) and what it says. */
export type FedProgressReport = ProgressReportRecord & { id: number };

/** What a domain POSTs: a batch of its report revisions, each at most once per delivery. */
export interface ProgressFeedBatch {
  domain: string;
  reports: FedProgressReport[];
}

/** What plan answers a GET: the reports it holds per domain. */
export interface ProgressFeedStatus {
  domains: Array<{ domain: string; reports: number; lastReportedAt: string | null }>;
}

/** The feed's URL on the plan service, from the plan subgraph's GraphQL URL. */
export function progressFeedUrl(planGraphqlUrl: string): string {
  return new URL(PROGRESS_FEED_PATH.slice(1), planGraphqlUrl).toString();
}
