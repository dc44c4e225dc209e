import type { ProgressReportRecord } from "./progress-report-record";
import type { LeadReport } from "./task-status";
import { endOfVietnamDay } from "./vietnam-time";

/** What selecting reports needs of a report: who, which period, when recorded, and what it says. */
export type ReportFacts = Pick<
  ProgressReportRecord,
  "reportingAgency" | "period" | "periodEnd" | "reportedAt" | "state" | "percentComplete" | "completedOn"
>;

/**
 * The reports as known at the end of `asOf` (Viet Nam time): revisions recorded later do not
 * exist yet. `reports` come ordered by period end, then by when they were recorded.
 */
export function knownAsOf<R extends ReportFacts>(reports: R[], asOf: string): R[] {
  const cutoff = endOfVietnamDay(asOf);
  return reports.filter((report) => report.reportedAt < cutoff);
}

/** Each lead's latest report as of `asOf` (latest period end, then last recorded), in lead order; null where none. */
export function latestPerLead<R extends ReportFacts>(
  reports: R[],
  leads: readonly string[],
  asOf: string,
): Array<R | null> {
  const known = knownAsOf(reports, asOf);
  return leads.map((lead) => known.filter((report) => report.reportingAgency === lead).at(-1) ?? null);
}

/** The most recent of the leads' latest reports. */
export function mostRecent<R extends ReportFacts>(reports: Array<R | null>): R | null {
  return (
    reports
      .filter((report): report is R => report !== null)
      .sort((a, b) => a.periodEnd.localeCompare(b.periodEnd) || a.reportedAt.localeCompare(b.reportedAt))
      .at(-1) ?? null
  );
}

/** Only the latest revision of each (agency, period). */
export function latestRevisions<R extends ReportFacts>(reports: R[]): R[] {
  const latest = new Map<string, R>();
  for (const report of reports) latest.set(`${report.reportingAgency}|${report.period}`, report);
  return [...latest.values()];
}

export function asLeadReport(report: ReportFacts | null): LeadReport | null {
  return report && { state: report.state, percentComplete: report.percentComplete, completedOn: report.completedOn };
}
