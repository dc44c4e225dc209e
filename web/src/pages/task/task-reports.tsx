import { Section, Unavailable } from "../../components/notices";
import { formatDate, formatDateTime, formatPeriod } from "../../format";
import type { TaskPageQuery } from "../../gql/graphql";
import { useLocale } from "../../i18n/locale";

type Report = NonNullable<NonNullable<NonNullable<TaskPageQuery["task"]>["reports"]>[number]>;

/** Every progress report of a task, each period's revisions together, the latest first. */
export function TaskReports({
  reports,
  unavailable,
}: {
  reports: readonly Report[] | null | undefined;
  unavailable: string | null;
}) {
  const { t, n, locale } = useLocale();
  const ordered = [...(reports ?? [])].sort(
    (a, b) =>
      b.period.localeCompare(a.period) ||
      a.reportingAgency.code.localeCompare(b.reportingAgency.code) ||
      b.revision - a.revision,
  );
  return (
    <Section id="reports" title={t("task.reports")}>
      {unavailable && !reports && <Unavailable domains={[unavailable]} />}
      {reports && reports.length === 0 && <p>{t("common.none")}</p>}
      {ordered.length > 0 && (
        <div className="table-wrap">
          <table data-table="reports">
            <thead>
              <tr>
                <th scope="col">{t("common.period")}</th>
                <th scope="col">{t("common.agency")}</th>
                <th scope="col">{t("common.revision")}</th>
                <th scope="col">{t("report.state")}</th>
                <th scope="col">{t("common.percent")}</th>
                <th scope="col">{t("task.summary")}</th>
                <th scope="col">{t("task.budgetSpent")}</th>
                <th scope="col">{t("task.reporter")}</th>
              </tr>
            </thead>
            <tbody>
              {ordered.map((report) => (
                <tr
                  key={`${report.period}-${report.reportingAgency.code}-${report.revision}`}
                  data-report={`${report.period}#${report.revision}`}
                  className={report.revision > 1 ? "revision" : undefined}
                >
                  <th scope="row">{formatPeriod(report.period, locale)}</th>
                  <td>{report.reportingAgency.code}</td>
                  <td className="number">{report.revision}</td>
                  <td>
                    {t(`state.${report.state}`)}
                    {report.completedOn ? ` (${formatDate(report.completedOn)})` : ""}
                  </td>
                  <td className="number" data-percent>
                    {n(report.percentComplete)}%
                  </td>
                  <td>
                    {report.summary}
                    {report.difficulties && (
                      <p className="meta">
                        {t("task.difficulties")}: {report.difficulties}
                      </p>
                    )}
                    {report.proposals && (
                      <p className="meta">
                        {t("task.proposals")}: {report.proposals}
                      </p>
                    )}
                  </td>
                  <td className="number">{report.budgetSpentVnd ? `${n(report.budgetSpentVnd, 0)} đ` : "–"}</td>
                  <td>
                    {report.reporter}
                    <span className="meta"> {formatDateTime(report.reportedAt)}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Section>
  );
}
