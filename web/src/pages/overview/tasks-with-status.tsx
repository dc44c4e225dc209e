import { useQuery } from "urql";
import { Link } from "wouter";

import { Section, Unavailable } from "../../components/notices";
import { formatPeriod } from "../../format";
import { graphql } from "../../gql";
import type { TaskStatus } from "../../gql/graphql";
import { otherErrors, unavailableDomains } from "../../graphql/errors";
import { useLocale } from "../../i18n/locale";

const TasksWithStatusQuery = graphql(`
  query TasksWithStatus($status: TaskStatus!, $asOf: LocalDate!) {
    tasks(filter: { status: $status, asOf: $asOf }) {
      code
      title
      domain
      endYear
      leadAgencies {
        code
        name
      }
      latestReport(asOf: $asOf) {
        period
        percentComplete
      }
    }
  }
`);

/** The tasks with one status on a date (the overdue, the not reported), with their leads and latest report. */
export function TasksWithStatus({
  asOf,
  status,
  title,
  id,
}: {
  asOf: string;
  status: TaskStatus;
  title: string;
  id: string;
}) {
  const { t, locale, n } = useLocale();
  const [{ data, fetching, error }] = useQuery({ query: TasksWithStatusQuery, variables: { status, asOf } });
  const down = unavailableDomains(error);
  return (
    <Section id={id} title={title} loading={fetching && !data} down={down} errors={otherErrors(error)}>
      {data && data.tasks.length === 0 && <p>{t("common.none")}</p>}
      {data && data.tasks.length > 0 && (
        <ul className="task-list" data-list={status}>
          {data.tasks.map((task) => (
            <li key={task.code} data-task={task.code}>
              <Link href={`/tasks/${task.code}`} className="task-code">
                {task.code}
              </Link>{" "}
              <span className="task-title">{task.title}</span>
              <span className="meta">
                {t("common.lead")}:{" "}
                {task.leadAgencies.map((agency, index) => (
                  <span key={agency.code}>
                    {index > 0 && ", "}
                    <Link href={`/agencies/${agency.code}`}>{agency.code}</Link>
                  </span>
                ))}
                {" · "}
                {t("overview.latest")}:{" "}
                {task.latestReport ? (
                  `${formatPeriod(task.latestReport.period, locale)} (${n(task.latestReport.percentComplete)}%)`
                ) : down.has(task.domain) ? (
                  <Unavailable domains={[task.domain]} />
                ) : (
                  "–"
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
