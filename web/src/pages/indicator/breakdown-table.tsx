import { Section } from "../../components/notices";
import { useLocale } from "../../i18n/locale";
import { type Figure, pivotBreakdown } from "./series-figures";

/** One breakdown's latest figures: a row per code, a column per period. */
export function BreakdownTable({
  series,
  dimension,
  title,
}: {
  series: readonly Figure[];
  dimension: string;
  title: string;
}) {
  const { t, n } = useLocale();
  const { periods, rows } = pivotBreakdown(series, dimension);
  return (
    <Section id={`breakdown-${dimension}`} title={title}>
      {rows.length === 0 ? (
        <p>{t("indicator.noFigures")}</p>
      ) : (
        <div className="table-wrap">
          <table data-table={`breakdown-${dimension}`}>
            <thead>
              <tr>
                <th scope="col">{t("common.code")}</th>
                {periods.map((period) => (
                  <th scope="col" key={period}>
                    {period}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.code} data-cell={row.code}>
                  <th scope="row">
                    {row.code} {row.name}
                  </th>
                  {periods.map((period) => (
                    <td key={period} className="number" data-period={period}>
                      {row.values.has(period) ? n(row.values.get(period), 2) : "–"}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Section>
  );
}
