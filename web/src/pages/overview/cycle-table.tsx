import { useQuery } from "urql";
import { Link } from "wouter";

import { Section, Unavailable } from "../../components/notices";
import { formatDate, formatShare } from "../../format";
import { graphql } from "../../gql";
import { otherErrors, unavailableDomains } from "../../graphql/errors";
import { useLocale } from "../../i18n/locale";

const ReportingCycleQuery = graphql(`
  query ReportingCycle($year: Int!) {
    reportingCycle(year: $year) {
      year
      obligations {
        agencyCode
        domain
        deadline
        agency {
          name
        }
        submission {
          expectedItems
          receivedItems
          completeness
          timeliness
          status
        }
      }
    }
  }
`);

/** The December cycle a date looks back on: that December once it has come, else the year before's. */
export function cycleYearOf(asOf: string): number {
  const year = Number(asOf.slice(0, 4));
  return asOf.slice(5, 7) === "12" ? year : year - 1;
}

/** The December cycle's completeness and timeliness per reporting unit. */
export function CycleTable({ year }: { year: number }) {
  const { t, locale, n } = useLocale();
  const [{ data, fetching, error }] = useQuery({ query: ReportingCycleQuery, variables: { year } });
  const down = unavailableDomains(error);
  return (
    <Section
      id="cycle"
      title={t("overview.cycle", { year })}
      loading={fetching && !data}
      down={down}
      errors={otherErrors(error)}
    >
      {data && (
        <div className="table-wrap">
          <table data-table="cycle">
            <thead>
              <tr>
                <th scope="col">{t("common.agency")}</th>
                <th scope="col">{t("agency.deadline")}</th>
                <th scope="col">{t("overview.items")}</th>
                <th scope="col">{t("overview.completeness")}</th>
                <th scope="col">{t("overview.timeliness")}</th>
                <th scope="col">{t("common.status")}</th>
              </tr>
            </thead>
            <tbody>
              {data.reportingCycle.obligations.map((obligation) => (
                <tr key={obligation.agencyCode} data-unit={obligation.agencyCode}>
                  <th scope="row">
                    <Link href={`/agencies/${obligation.agencyCode}`}>{obligation.agency.name}</Link>
                  </th>
                  <td>{formatDate(obligation.deadline)}</td>
                  {obligation.submission ? (
                    <>
                      <td className="number" data-items>
                        {n(obligation.submission.receivedItems)} / {n(obligation.submission.expectedItems)}
                      </td>
                      <td className="number" data-completeness>
                        {formatShare(obligation.submission.completeness, locale)}
                      </td>
                      <td className="number" data-timeliness>
                        {formatShare(obligation.submission.timeliness, locale)}
                      </td>
                      <td>{t(`submission.${obligation.submission.status}`)}</td>
                    </>
                  ) : (
                    <td colSpan={4}>
                      {down.has(obligation.domain) ? <Unavailable domains={[obligation.domain]} /> : "–"}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Section>
  );
}
