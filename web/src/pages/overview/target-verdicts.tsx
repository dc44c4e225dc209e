import { useQuery } from "urql";
import { Link } from "wouter";

import { VerdictBadge } from "../../components/badges";
import { Section, Unavailable } from "../../components/notices";
import { graphql } from "../../gql";
import { otherErrors, unavailableDomains } from "../../graphql/errors";
import { useLocale } from "../../i18n/locale";
import { TargetBandChart } from "./target-band-chart";

const TargetVerdictsQuery = graphql(`
  query TargetVerdicts($asOf: LocalDate!) {
    plan {
      targets {
        code
        description
        unit
        min
        max
        fromYear
        toYear
        domain
        indicator {
          code
          name
          series(periodType: YEAR, breakdown: [], asOf: $asOf) {
            period
            value
            status
          }
        }
        verdict(asOf: $asOf) {
          outcome
          value
          explanation
          explanationEn
        }
      }
    }
  }
`);

/** Each target of the plan with its verdict on the date and a small chart of its series against the band. */
export function TargetVerdicts({ asOf }: { asOf: string }) {
  const { t, n, locale } = useLocale();
  const [{ data, fetching, error }] = useQuery({ query: TargetVerdictsQuery, variables: { asOf } });
  const down = unavailableDomains(error);
  return (
    <Section
      id="targets"
      title={t("overview.targets")}
      loading={fetching && !data}
      down={down}
      errors={otherErrors(error)}
    >
      <div className="target-grid">
        {data?.plan?.targets.map((target) => (
          <article key={target.code} className="target" data-target={target.code}>
            <h3>
              <Link href={`/indicators/${target.indicator.code}`}>{target.indicator.name}</Link>
            </h3>
            <p className="meta">{target.description}</p>
            <p>
              {t("overview.band")}: {n(target.min, 2)}–{n(target.max, 2)} {target.unit} ({target.fromYear}–
              {target.toYear})
            </p>
            {target.verdict ? (
              <>
                <p>
                  <VerdictBadge outcome={target.verdict.outcome} />{" "}
                  {target.verdict.value !== null && target.verdict.value !== undefined && (
                    <span data-verdict-value>
                      {n(target.verdict.value, 2)} {target.unit}
                    </span>
                  )}
                </p>
                <p className="explanation">
                  {locale === "vi" ? target.verdict.explanation : target.verdict.explanationEn}
                </p>
              </>
            ) : (
              down.has(target.domain) && <Unavailable domains={[target.domain]} />
            )}
            {target.indicator.series && (
              <TargetBandChart
                series={target.indicator.series}
                min={target.min}
                max={target.max}
                fromYear={target.fromYear}
                toYear={target.toYear}
                label={t("overview.seriesChart", { name: target.indicator.name })}
              />
            )}
          </article>
        ))}
      </div>
    </Section>
  );
}
