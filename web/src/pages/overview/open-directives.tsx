import { useQuery } from "urql";
import { Link } from "wouter";

import { DirectiveStatusBadge } from "../../components/badges";
import { Section } from "../../components/notices";
import { formatDate } from "../../format";
import { graphql } from "../../gql";
import { otherErrors, unavailableDomains } from "../../graphql/errors";
import { useLocale } from "../../i18n/locale";

const OpenDirectivesQuery = graphql(`
  query OpenDirectives($asOf: LocalDate!) {
    directives(filter: { asOf: $asOf }) {
      id
      text
      dueOn
      status
      taskCode
      agencyCode
      addressees {
        agencyCode
        responded
      }
    }
  }
`);

/** The committee's directives not yet answered on the date (open or overdue). */
export function OpenDirectives({ asOf }: { asOf: string }) {
  const { t } = useLocale();
  const [{ data, fetching, error }] = useQuery({ query: OpenDirectivesQuery, variables: { asOf } });
  const open = data?.directives.filter((directive) => directive.status !== "RESPONDED") ?? [];
  return (
    <Section
      id="directives"
      title={t("overview.directives")}
      loading={fetching && !data}
      down={unavailableDomains(error)}
      errors={otherErrors(error)}
    >
      {data && open.length === 0 && <p>{t("common.none")}</p>}
      {open.length > 0 && (
        <ul className="directive-list">
          {open.map((directive) => (
            <li key={directive.id} data-directive={directive.id}>
              <DirectiveStatusBadge status={directive.status} /> <span>{directive.text}</span>
              <span className="meta">
                {t("common.dueOn")}: {formatDate(directive.dueOn)}
                {directive.taskCode && (
                  <>
                    {" · "}
                    <Link href={`/tasks/${directive.taskCode}`}>{directive.taskCode}</Link>
                  </>
                )}
                {" · "}
                {directive.addressees.map((addressee, index) => (
                  <span key={addressee.agencyCode}>
                    {index > 0 && ", "}
                    <Link href={`/agencies/${addressee.agencyCode}`}>{addressee.agencyCode}</Link>
                    {addressee.responded ? " ✓" : ""}
                  </span>
                ))}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
