/**
 * The operations the bench measures. Each names what it asks; `variables(i)` gives the variables
 * of the i-th request: uncached runs give every request a different `asOf` (a different cache key,
 * the same work), cached runs repeat the first request's.
 */
export interface BenchOperation {
  name: string;
  query: string;
  variables: (index: number) => Record<string, unknown>;
  /** A subgraph that can answer the query on its own: the bench then also measures it straight there. */
  direct?: string;
}

/** A day after 2016-01-01 (Viet Nam dates; the sample reports run 2012–2021), a different one per request. */
export function asOfDay(index: number): string {
  return new Date(Date.UTC(2016, 0, 1) + index * 86_400_000).toISOString().slice(0, 10);
}

const byDay = (index: number) => ({ asOf: asOfDay(index) });

const TASKS = `tasks { code title leadAgencies { code } status(asOf: $asOf) percentComplete(asOf: $asOf)
    latestReport(asOf: $asOf) { period state percentComplete summary } }`;
const VERDICTS = `plan { targets { code verdict(asOf: $asOf, basis: ESTIMATE_ALLOWED) { outcome value explanation } } }`;

export const OPERATIONS: BenchOperation[] = [
  {
    // The committee's wall screen: every task's standing, every indicator's yearly totals, every target's verdict.
    name: "dashboard",
    query: `query Dashboard($asOf: LocalDate) {
  ${TASKS}
  indicators { code name unit series(from: "2011", to: "2020", periodType: YEAR, breakdown: [], asOf: $asOf) { period value status } }
  ${VERDICTS}
}`,
    variables: byDay,
  },
  {
    name: "dashboard, every breakdown cell",
    query: `query DashboardCells($asOf: LocalDate) {
  ${TASKS}
  indicators { code name unit series(from: "2011", to: "2020", periodType: YEAR, asOf: $asOf) { period value status breakdown { dimension code } } }
  ${VERDICTS}
}`,
    variables: byDay,
  },
  {
    name: "tasks with status",
    query: `query TaskStatus($asOf: LocalDate) { ${TASKS} }`,
    variables: byDay,
  },
  {
    name: "indicator totals 2011–2020",
    query: `query IndicatorTotals($asOf: LocalDate) {
  indicators { code series(from: "2011", to: "2020", periodType: YEAR, breakdown: [], asOf: $asOf) { period value status } }
}`,
    variables: byDay,
  },
  {
    name: "targets' verdicts",
    query: `query Verdicts($asOf: LocalDate) { ${VERDICTS} }`,
    variables: byDay,
  },
  {
    // Answered by plan alone: the gateway's own cost shows against the same query sent straight to plan.
    name: "plan only: overdue tasks",
    query: `query Overdue($asOf: LocalDate) {
  tasks(filter: { status: OVERDUE, asOf: $asOf }) { code title startYear endYear leadAgencies { code name } }
}`,
    variables: byDay,
    direct: "plan",
  },
  {
    name: "plan only: task summary by group",
    query: `query Summary($asOf: LocalDate) {
  taskSummary(asOf: $asOf, groupBy: GROUP) { total byStatus { status count } buckets { key label byStatus { status count } } }
}`,
    variables: byDay,
    direct: "plan",
  },
];
