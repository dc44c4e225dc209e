import { clock, vietnamDate } from "@hpig/kit/standalone";
import { waitForProgressFeed as waitUntilFed } from "@hpig/tools";

import type { TestFederation } from "./federation";
import { dataOf, type GraphQLResult } from "./http";

/** The six reporting domains, by subgraph name (also their root field in `mutation { labour { … } }`). */
export const DOMAINS = ["industry", "investment", "labour", "environment", "science", "agriculture"] as const;
export type DomainName = (typeof DOMAINS)[number];

/**
 * A progress report as `reportTaskProgress` takes it. `summary` gets a default; `state` is a plain
 * string so a test can also send a value the schema does not know. The reporter recorded is the
 * signed-in editor's name.
 */
export interface ReportInput {
  taskCode: string;
  period: string;
  state: string;
  percentComplete: number;
  reportingAgency?: string;
  completedOn?: string;
  summary?: string;
  expectedRevision?: number;
}

/** What the mutation answers with. */
export interface RecordedReport {
  taskCode: string;
  period: string;
  revision: number;
  state: string;
  percentComplete: number;
  completedOn: string | null;
  summary: string;
  reportingAgency: { code: string };
}

const RECORDED_FIELDS = "taskCode period revision state percentComplete completedOn summary reportingAgency { code }";

export type ReportResult = GraphQLResult<Record<string, { reportTaskProgress: RecordedReport } | null>>;

/** The editor a department's client signs in as: an editor of `agency`, named like a real one. */
export function editorOf(federation: TestFederation, agency: string): Promise<Record<string, string>> {
  return federation.as({ subject: `test:editor-${agency.toLowerCase()}`, name: REPORTER, agency, roles: ["editor"] });
}

const REPORTER = "Nguyễn Văn An, chuyên viên";
const leadsByFederation = new WeakMap<TestFederation, Promise<Map<string, string[]>>>();

/** The lead agencies of every task, from the plan (asked once per federation). */
function leadAgencies(federation: TestFederation): Promise<Map<string, string[]>> {
  let leads = leadsByFederation.get(federation);
  if (!leads) {
    leads = federation
      .query<{ tasks: Array<{ code: string; leadAgencies: Array<{ code: string }> }> }>(
        "{ tasks { code leadAgencies { code } } }",
      )
      .then((result) => new Map(dataOf(result).tasks.map((task) => [task.code, task.leadAgencies.map((a) => a.code)])));
    leadsByFederation.set(federation, leads);
  }
  return leads;
}

const unitsByFederation = new WeakMap<TestFederation, Promise<Map<string, string>>>();

/** The unit that reports each indicator, from the plan's catalogue (asked once per federation). */
export function reportingUnits(federation: TestFederation): Promise<Map<string, string>> {
  let units = unitsByFederation.get(federation);
  if (!units) {
    units = federation
      .query<{ indicators: Array<{ code: string; reportingAgency: { code: string } }> }>(
        "{ indicators { code reportingAgency { code } } }",
      )
      .then((result) => new Map(dataOf(result).indicators.map((i) => [i.code, i.reportingAgency.code])));
    unitsByFederation.set(federation, units);
  }
  return units;
}

/** Signed in as an editor of the unit that reports `indicatorCode` (the committee for an unknown one). */
export async function editorOfIndicator(
  federation: TestFederation,
  indicatorCode: string,
): Promise<Record<string, string> | undefined> {
  const unit = (await reportingUnits(federation)).get(indicatorCode);
  return unit ? editorOf(federation, unit) : undefined;
}

/**
 * Sends one progress report through the gateway, as a department's client would (input as a
 * variable), signed in as an editor of the reporting agency: `input.reportingAgency`, else the
 * task's first lead. A task the plan does not have is sent by the committee (refused before any
 * rights are checked). `headers` sends it as someone else.
 */
export async function report(
  federation: TestFederation,
  domain: DomainName,
  input: ReportInput,
  headers?: Record<string, string>,
): Promise<ReportResult> {
  const agency = input.reportingAgency ?? (await leadAgencies(federation)).get(input.taskCode)?.[0];
  return federation.query(
    `mutation Report($input: ReportTaskProgressInput!) {
      ${domain} { reportTaskProgress(input: $input) { ${RECORDED_FIELDS} } }
    }`,
    { input: { summary: `Báo cáo tiến độ ${input.taskCode}`, ...input } },
    headers ?? (agency ? await editorOf(federation, agency) : undefined),
  );
}

/** Sends a report that must be accepted; fails the test with the errors otherwise. */
export async function recordReport(
  federation: TestFederation,
  domain: DomainName,
  input: ReportInput,
): Promise<RecordedReport> {
  const recorded = dataOf(await report(federation, domain, input))[domain];
  if (!recorded) throw new Error(`${domain} answered no report`);
  return recorded.reportTaskProgress;
}

/** Today in Hải Phòng (UTC+7), the date the domains stamp and judge reports by. */
export function vietnamToday(): string {
  return vietnamDate(clock.now());
}

/** `extensions.sqlStatements` of a gateway response: statements per subgraph for that request. */
export function sqlStatementsOf(result: GraphQLResult<unknown>): Record<string, number> {
  const counts = result.extensions?.["sqlStatements"];
  if (!counts || typeof counts !== "object") {
    throw new Error("the gateway reported no SQL statement counts (EXPOSE_SQL_STATS)");
  }
  return counts as Record<string, number>;
}

export interface StoredReport {
  taskCode: string;
  period: string;
  revision: number;
  percentComplete: number;
}

/** The domain's own view of its latest 200 reports, asked of the domain subgraph directly (not via the gateway). */
export async function domainRecentReports(federation: TestFederation, domain: DomainName): Promise<StoredReport[]> {
  const result = await federation.subgraphQuery<Record<string, { recentReports: StoredReport[] }>>(
    domain,
    `{ ${domain} { recentReports(limit: 200) { taskCode period revision percentComplete } } }`,
  );
  return dataOf(result)[domain].recentReports;
}

/** Rows in the domain's `progress_report` table, read from its database (SQLite file or MySQL database). */
export async function countProgressReports(federation: TestFederation, domain: DomainName): Promise<number> {
  const db = await federation.openDatabase(domain);
  try {
    const rows: Array<{ n: number | string }> = await db.query("SELECT COUNT(*) AS n FROM progress_report");
    return Number(rows[0].n);
  } finally {
    await db.destroy();
  }
}

/** Waits until plan's read model holds every report the domains hold (see the tools' waitForProgressFeed). */
export async function waitForProgressFeed(federation: TestFederation, timeoutMs = 20_000): Promise<void> {
  const token = await federation.token({ subject: "test:feed-watch", name: "feed watch", roles: ["service"] });
  await waitUntilFed({ gateway: federation.gatewayUrl, plan: federation.subgraphs["plan"].url }, token, timeoutMs);
}
