import { Link } from "wouter";

import { Unavailable } from "../../components/notices";
import { formatDate, formatShare } from "../../format";
import type { AgencyDeskQuery } from "../../gql/graphql";
import { useLocale } from "../../i18n/locale";

type Obligation = NonNullable<AgencyDeskQuery["agency"]>["obligations"][number];

/** A unit's December obligation: what the appendix asks, the deadline, what has arrived and what is missing. */
export function ObligationCard({ obligation, down }: { obligation: Obligation; down: Set<string> }) {
  const { t, n, locale } = useLocale();
  const submission = obligation.submission;
  return (
    <div className="obligation" data-obligation={obligation.agencyCode}>
      <p className="requirement">{obligation.requirement.content}</p>
      <p>
        {t("agency.deadline")}: <strong>{formatDate(obligation.deadline)}</strong>
        {obligation.deadlineReason && ` (${obligation.deadlineReason})`}
      </p>
      {!submission ? (
        down.has(obligation.domain) && <Unavailable domains={[obligation.domain]} />
      ) : (
        <>
          <p data-submission={submission.status}>
            {t(`submission.${submission.status}`)} · {t("overview.items")}:{" "}
            <span data-items>
              {n(submission.receivedItems)} / {n(submission.expectedItems)}
            </span>{" "}
            · {t("overview.completeness")}: {formatShare(submission.completeness, locale)} · {t("overview.timeliness")}:{" "}
            {formatShare(submission.timeliness, locale)}
          </p>
          <h3>{t("agency.missing")}</h3>
          {submission.missing.length === 0 ? (
            <p>{t("agency.missingNone")}</p>
          ) : (
            <table data-table="missing">
              <thead>
                <tr>
                  <th scope="col">{t("common.code")}</th>
                  <th scope="col">{t("common.period")}</th>
                  <th scope="col">{t("agency.cell")}</th>
                  <th scope="col">{t("agency.missing")}</th>
                </tr>
              </thead>
              <tbody>
                {submission.missing.map((item) => (
                  <tr
                    key={`${item.indicatorCode}-${item.period}-${item.cell}-${item.needs}`}
                    data-missing={item.indicatorCode}
                  >
                    <th scope="row">
                      <Link href={`/indicators/${item.indicatorCode}`}>{item.indicatorCode}</Link>
                    </th>
                    <td>{item.period}</td>
                    <td>{item.cell}</td>
                    <td>{t(`agency.needs.${item.needs}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </div>
  );
}
