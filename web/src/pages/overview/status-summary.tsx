import { useMemo } from "react";
import { useQuery } from "urql";

import { STATUS_COLOURS, TASK_STATUSES } from "../../components/badges";
import { type ChartOption, EChart } from "../../components/echart";
import { Section } from "../../components/notices";
import { graphql } from "../../gql";
import type { TaskStatus } from "../../gql/graphql";
import { otherErrors, unavailableDomains } from "../../graphql/errors";
import { useLocale } from "../../i18n/locale";

const StatusSummaryQuery = graphql(`
  query StatusSummary($asOf: LocalDate!) {
    taskSummary(asOf: $asOf, groupBy: GROUP) {
      asOf
      total
      byStatus {
        status
        count
      }
      buckets {
        key
        label
        total
        byStatus {
          status
          count
        }
      }
    }
  }
`);

const countOf = (counts: ReadonlyArray<{ status: TaskStatus; count: number }>, status: TaskStatus) =>
  counts.find((count) => count.status === status)?.count ?? 0;

/** Task counts by status for the plan and per program group, as a table and a stacked bar chart. */
export function StatusSummary({ asOf }: { asOf: string }) {
  const { t, n } = useLocale();
  const [{ data, fetching, error }] = useQuery({ query: StatusSummaryQuery, variables: { asOf } });
  const summary = data?.taskSummary;
  const option = useMemo<ChartOption | null>(
    () =>
      summary
        ? {
            tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
            legend: { bottom: 0 },
            grid: { left: 40, right: 16, top: 16, bottom: 64 },
            xAxis: { type: "category", data: summary.buckets.map((bucket) => bucket.key) },
            yAxis: { type: "value", minInterval: 1 },
            series: TASK_STATUSES.map((status) => ({
              name: t(`status.${status}`),
              type: "bar",
              stack: "tasks",
              itemStyle: { color: STATUS_COLOURS[status] },
              data: summary.buckets.map((bucket) => countOf(bucket.byStatus, status)),
            })),
          }
        : null,
    [summary, t],
  );
  return (
    <Section
      id="summary"
      title={t("overview.summary")}
      loading={fetching && !data}
      down={unavailableDomains(error)}
      errors={otherErrors(error)}
    >
      {summary && (
        <>
          <ul className="status-tiles" aria-label={t("overview.summary")}>
            <li data-count="TOTAL">
              <span className="tile-number">{n(summary.total)}</span>
              <span>{t("common.total")}</span>
            </li>
            {TASK_STATUSES.map((status) => (
              <li key={status} data-count={status} className={`status-${status}`}>
                <span className="tile-number">{n(countOf(summary.byStatus, status))}</span>
                <span>{t(`status.${status}`)}</span>
              </li>
            ))}
          </ul>
          <h3>{t("overview.byGroup")}</h3>
          {option && <EChart option={option} label={t("overview.chart")} height={300} />}
          <div className="table-wrap">
            <table data-table="by-group">
              <thead>
                <tr>
                  <th scope="col">{t("common.group")}</th>
                  {TASK_STATUSES.map((status) => (
                    <th scope="col" key={status}>
                      {t(`status.${status}`)}
                    </th>
                  ))}
                  <th scope="col">{t("common.total")}</th>
                </tr>
              </thead>
              <tbody>
                {summary.buckets.map((bucket) => (
                  <tr key={bucket.key} data-bucket={bucket.key}>
                    <th scope="row" title={bucket.label}>
                      {bucket.key}
                    </th>
                    {TASK_STATUSES.map((status) => (
                      <td key={status} className="number" data-status={status}>
                        {n(countOf(bucket.byStatus, status))}
                      </td>
                    ))}
                    <td className="number" data-status="TOTAL">
                      {n(bucket.total)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </Section>
  );
}
