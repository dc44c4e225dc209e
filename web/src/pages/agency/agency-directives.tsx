import { Link } from "wouter";

import { mayRespondToDirective } from "../../auth/rights";
import { useSession } from "../../auth/session-context";
import { DirectiveStatusBadge } from "../../components/badges";
import { Section } from "../../components/notices";
import { formatDate } from "../../format";
import type { AgencyDeskQuery } from "../../gql/graphql";
import { useLocale } from "../../i18n/locale";
import { DirectiveAnswerForm } from "./directive-answer-form";

type DeskDirective = NonNullable<AgencyDeskQuery["agency"]>["toAnswer"][number];

/** What a directive asks, by when, about which task. */
function DirectiveLine({ directive }: { directive: DeskDirective }) {
  const { t } = useLocale();
  return (
    <>
      <DirectiveStatusBadge status={directive.status} /> {directive.text}{" "}
      <span className="meta">
        {t("common.dueOn")}: {formatDate(directive.dueOn)}
        {directive.taskCode && (
          <>
            {" · "}
            <Link href={`/tasks/${directive.taskCode}`}>{directive.taskCode}</Link>
          </>
        )}
      </span>
    </>
  );
}

/** The directives an agency has still to answer (with the answer form for its editor), then those it answered, with the answers. */
export function AgencyDirectives({
  agency,
  toAnswer,
  answered,
}: {
  agency: string;
  toAnswer: readonly DeskDirective[];
  answered: readonly DeskDirective[];
}) {
  const { t } = useLocale();
  const { claims } = useSession();
  return (
    <Section id="agency-directives" title={t("agency.directives")}>
      {toAnswer.length === 0 ? (
        <p>{t("common.none")}</p>
      ) : (
        <ul className="directive-list" data-list="to-answer">
          {toAnswer.map((directive) => (
            <li key={directive.id} data-directive={directive.id}>
              <DirectiveLine directive={directive} />
              {mayRespondToDirective(
                claims,
                directive.addressees.map((addressee) => addressee.agencyCode),
              ) && <DirectiveAnswerForm directiveId={directive.id} />}
            </li>
          ))}
        </ul>
      )}
      {answered.length > 0 && (
        <>
          <h3>{t("agency.answered")}</h3>
          <ul className="directive-list" data-list="answered">
            {answered.map((directive) => (
              <li key={directive.id} data-directive={directive.id}>
                <DirectiveLine directive={directive} />
                <ul>
                  {directive.responses
                    .filter((response) => response.agencyCode === agency)
                    .map((response) => (
                      <li key={response.id} data-response={response.id}>
                        {formatDate(response.respondedOn)}: <span data-response-text>{response.text}</span>
                        {response.documentRef && ` (${response.documentRef})`}
                      </li>
                    ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}
