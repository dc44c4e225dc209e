import { Section } from "../../components/notices";
import { formatDateTime } from "../../format";
import { useLocale } from "../../i18n/locale";
import type { Figure } from "./series-figures";

/** Every figure of the total that was revised: each revision with its value, status and time. */
export function RevisionsTable({ series }: { series: readonly Figure[] }) {
  const { t, n } = useLocale();
  const totals = series.filter((figure) => figure.breakdown.length === 0);
  const revisedPeriods = new Set(totals.filter((figure) => figure.revision > 1).map((figure) => figure.period));
  const rows = totals
    .filter((figure) => revisedPeriods.has(figure.period))
    .sort((a, b) => a.period.localeCompare(b.period) || a.revision - b.revision);
  return (
    <Section id="revisions" title={t("indicator.revisions")}>
      {rows.length === 0 ? (
        <p>{t("common.none")}</p>
      ) : (
        <table data-table="revisions">
          <thead>
            <tr>
              <th scope="col">{t("common.period")}</th>
              <th scope="col">{t("common.revision")}</th>
              <th scope="col">{t("common.value")}</th>
              <th scope="col">{t("common.status")}</th>
              <th scope="col">{t("task.reportedAt")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((figure) => (
              <tr key={`${figure.period}-${figure.revision}`} data-revision={`${figure.period}#${figure.revision}`}>
                <th scope="row">{figure.period}</th>
                <td className="number">{figure.revision}</td>
                <td className="number">{n(figure.value, 2)}</td>
                <td>{t(`figure.${figure.status}`)}</td>
                <td>{formatDateTime(figure.recordedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}
