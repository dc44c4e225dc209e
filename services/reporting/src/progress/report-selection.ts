import type { ProgressReport } from "./progress-report.entity";
import type { LeadReport } from "./task-status";
import { endOfVietnamDay } from "./vietnam-time";

/**
 * The reports as known at the end of `asOf` (Viet Nam time): revisions recorded later do not
 * exist yet. `reports` come ordered by period end, then by when they were recorded.
 */
export function knownAsOf(reports: ProgressReport[], asOf: string): ProgressReport[] {
  const cutoff = endOfVietnamDay(asOf);
  return reports.filter((report) => report.reportedAt < cutoff);
}

/** Each lead's latest report as of `asOf` (latest period end, then last recorded), in lead order; null where none. */
export function latestPerLead(reports: ProgressReport[], leads: string[], asOf: string): Array<ProgressReport | null> {
  const known = knownAsOf(reports, asOf);
  return leads.map((lead) => known.filter((report) => report.reportingAgency === lead).at(-1) ?? null);
}

/** The most recent of the leads' latest reports. */
export function mostRecent(reports: Array<ProgressReport | null>): ProgressReport | null {
  return (
    reports
      .filter((report): report is ProgressReport => report !== null)
      .sort((a, b) => a.periodEnd.localeCompare(b.periodEnd) || a.reportedAt.localeCompare(b.reportedAt))
      .at(-1) ?? null
  );
}

/** Only the latest revision of each (agency, period). */
export function latestRevisions(reports: ProgressReport[]): ProgressReport[] {
  const latest = new Map<string, ProgressReport>();
  for (const report of reports) latest.set(`${report.reportingAgency}|${report.period}`, report);
  return [...latest.values()];
}

export function asLeadReport(report: ProgressReport | null): LeadReport | null {
  return report && { state: report.state, percentComplete: report.percentComplete, completedOn: report.completedOn };
}
