import { createDataSource, createLogger } from "@hpig/kit";
import type { TestFederation } from "./federation";
import { type GraphQLResult, dataOf } from "./http";

/** The six reporting domains, by subgraph name (also their root field in `mutation { labour { … } }`). */
export const DOMAINS = ["industry", "investment", "labour", "environment", "science", "agriculture"] as const;
export type DomainName = (typeof DOMAINS)[number];

/**
 * A progress report as `reportTaskProgress` takes it. `summary` and `reporter` get defaults; `state` is
 * a plain string so a test can also send a value the schema does not know.
 */
export interface ReportInput {
  taskCode: string;
  period: string;
  state: string;
  percentComplete: number;
  reportingAgency?: string;
  completedOn?: string;
  summary?: string;
  reporter?: string;
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

/** Sends one progress report through the gateway, as a department's client would (input as a variable). */
export function report(federation: TestFederation, domain: DomainName, input: ReportInput): Promise<ReportResult> {
  return federation.query(
    `mutation Report($input: ReportTaskProgressInput!) {
      ${domain} { reportTaskProgress(input: $input) { ${RECORDED_FIELDS} } }
    }`,
    { input: { summary: `Báo cáo tiến độ ${input.taskCode}`, reporter: "Nguyễn Văn An, chuyên viên", ...input } },
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
  return new Date(Date.now() + 7 * 60 * 60 * 1000).toISOString().slice(0, 10);
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
  return dataOf(result)[domain]!.recentReports;
}

/** Rows in the domain's `progress_report` table, read from its database (SQLite file or MySQL database). */
export async function countProgressReports(federation: TestFederation, domain: DomainName): Promise<number> {
  const db = await createDataSource({
    url: federation.databaseUrl(domain),
    entities: [],
    migrations: [],
    logger: createLogger("test", "silent"),
  });
  await db.initialize();
  try {
    const rows: Array<{ n: number | string }> = await db.query("SELECT COUNT(*) AS n FROM progress_report");
    return Number(rows[0]!.n);
  } finally {
    await db.destroy();
  }
}
