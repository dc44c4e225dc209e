import { useState } from "react";
import { useQuery } from "urql";
import { Link } from "wouter";

import { useSession } from "../../auth/session-context";
import { Section, Unavailable } from "../../components/notices";
import { downloadFile, FileRequestError } from "../../files";
import { graphql } from "../../gql";
import { otherErrors, unavailableDomains } from "../../graphql/errors";
import { useLocale } from "../../i18n/locale";
import { BreakdownTable } from "./breakdown-table";
import { RevisionsTable } from "./revisions-table";
import { SeriesChart } from "./series-chart";

const IndicatorQuery = graphql(`
  query IndicatorPage($code: ID!) {
    indicator(code: $code) {
      code
      name
      nameEn
      unit
      domain
      reportingAgency {
        code
        name
      }
      dimensions {
        code
        name
        nameEn
      }
      targets {
        code
        description
      }
      series(includeRevisions: true) {
        period
        periodType
        periodEnd
        value
        status
        revision
        recordedAt
        source
        reporter
        outlier
        breakdown {
          dimension
          code
          name
        }
      }
    }
  }
`);

/** One indicator: its series chart, revisions, breakdown table and downloads. */
export function IndicatorPage({ code }: { code: string }) {
  const { t, locale } = useLocale();
  const { token, signOut } = useSession();
  const [downloadProblem, setDownloadProblem] = useState<string | null>(null);
  const [{ data, fetching, error }] = useQuery({ query: IndicatorQuery, variables: { code } });
  const down = unavailableDomains(error);
  const indicator = data?.indicator;
  if (fetching && !data) return <p aria-busy="true">{t("common.loading")}</p>;
  if (!indicator) {
    return (
      <div className="page">
        <h1>{t("indicator.title", { code })}</h1>
        <p className="notice error" role="alert">
          {otherErrors(error)[0] ?? t("common.notFound")}
        </p>
      </div>
    );
  }
  const name = locale === "vi" ? indicator.name : indicator.nameEn;
  const download = (format: "csv" | "xlsx") => {
    setDownloadProblem(null);
    downloadFile(
      `/spreadsheets/series.${format}?indicator=${encodeURIComponent(code)}`,
      token!,
      `${code}.${format}`,
    ).catch((problem: unknown) => {
      if (problem instanceof FileRequestError && problem.status === 401) return signOut(problem.message);
      setDownloadProblem(problem instanceof Error ? problem.message : String(problem));
    });
  };
  const series = indicator.series ?? [];
  return (
    <div className="page indicator" data-indicator={indicator.code}>
      <div className="page-head">
        <h1>
          {name} <span className="meta">({indicator.code})</span>
        </h1>
        <div className="actions no-print">
          <button type="button" onClick={() => download("csv")}>
            {t("indicator.downloadCsv")}
          </button>
          <button type="button" onClick={() => download("xlsx")}>
            {t("indicator.downloadXlsx")}
          </button>
        </div>
      </div>
      {downloadProblem && (
        <p className="notice error" role="alert">
          {downloadProblem}
        </p>
      )}
      <p>
        {t("indicator.reportedBy")}:{" "}
        <Link href={`/agencies/${indicator.reportingAgency.code}`}>{indicator.reportingAgency.name}</Link>
        {indicator.unit && ` · ${t("common.unit")}: ${indicator.unit}`}
        {indicator.targets.length > 0 &&
          ` · ${t("indicator.targets")}: ${indicator.targets.map((target) => target.code).join(", ")}`}
      </p>
      <Section id="series" title={t("indicator.series")} down={down} errors={otherErrors(error)}>
        {indicator.series === null || indicator.series === undefined ? (
          down.has(indicator.domain) && <Unavailable domains={[indicator.domain]} />
        ) : series.length === 0 ? (
          <p>{t("indicator.noFigures")}</p>
        ) : (
          <SeriesChart series={series} unit={indicator.unit ?? ""} label={t("indicator.chart", { name })} />
        )}
      </Section>
      {series.length > 0 && <RevisionsTable series={series} />}
      {indicator.dimensions?.map((dimension) => (
        <BreakdownTable
          key={dimension.code}
          series={series}
          dimension={dimension.code}
          title={t("indicator.breakdown", { dimension: locale === "vi" ? dimension.name : dimension.nameEn })}
        />
      ))}
    </div>
  );
}
