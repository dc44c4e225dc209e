import { useQuery } from "urql";
import { Link } from "wouter";

import { DirectiveStatusBadge, TaskStatusBadge } from "../../components/badges";
import { Section, Unavailable } from "../../components/notices";
import { formatDate, formatDateTime } from "../../format";
import { graphql } from "../../gql";
import { otherErrors, unavailableDomains } from "../../graphql/errors";
import { useLocale } from "../../i18n/locale";
import { AdjustmentProposals } from "../agency/adjustment-proposals";
import { TaskReports } from "./task-reports";

/*
 * The status at the end of each of the plan's years, as aliases of one field: a task's history is
 * what its own `status(asOf:)` said then (2012–2020 are Plan 3438's years).
 */
const TaskQuery = graphql(`
  query TaskPage($code: ID!) {
    task(code: $code) {
      code
      title
      periodText
      startYear
      endYear
      coordinationNote
      domain
      group {
        code
        title
      }
      assignments {
        role
        scope
        asWritten
        agency {
          code
          name
        }
      }
      leadAgencies {
        code
      }
      status
      percentComplete
      y2012: status(asOf: "2012-12-31")
      y2013: status(asOf: "2013-12-31")
      y2014: status(asOf: "2014-12-31")
      y2015: status(asOf: "2015-12-31")
      y2016: status(asOf: "2016-12-31")
      y2017: status(asOf: "2017-12-31")
      y2018: status(asOf: "2018-12-31")
      y2019: status(asOf: "2019-12-31")
      y2020: status(asOf: "2020-12-31")
      reports(includeRevisions: true) {
        period
        revision
        state
        percentComplete
        completedOn
        summary
        difficulties
        proposals
        budgetEstimatedVnd
        budgetSpentVnd
        documentRefs
        reporter
        reportedAt
        reportingAgency {
          code
        }
      }
      implementationPlan {
        revision
        submittedOn
        summary
        budgetEstimatedVnd
        documentRefs
        reporter
        reportingAgency {
          code
        }
      }
      comments {
        id
        authorName
        text
        createdAt
        agency {
          code
        }
      }
      directives {
        id
        text
        dueOn
        issuedOn
        status
        responses {
          id
          agencyCode
          text
          respondedOn
        }
      }
    }
  }
`);

const YEARS = ["y2012", "y2013", "y2014", "y2015", "y2016", "y2017", "y2018", "y2019", "y2020"] as const;

/** One task: its assignments as written, status history, reports with revisions, plan and budget, comments, directives. */
export function TaskPage({ code }: { code: string }) {
  const { t, n } = useLocale();
  const [{ data, fetching, error }] = useQuery({ query: TaskQuery, variables: { code } });
  const down = unavailableDomains(error);
  const task = data?.task;
  if (fetching && !data) return <p aria-busy="true">{t("common.loading")}</p>;
  if (!task) {
    return (
      <div className="page">
        <h1>{t("task.title", { code })}</h1>
        <p className="notice error" role="alert">
          {otherErrors(error)[0] ?? t("common.notFound")}
        </p>
      </div>
    );
  }
  const domainDown = down.has(task.domain);
  const history = YEARS.map((key) => ({
    year: key.slice(1),
    status: task[key],
  })).filter((entry) => Number(entry.year) >= task.startYear);
  return (
    <div className="page task" data-task={task.code}>
      <div className="page-head">
        <h1>
          {t("task.title", { code: task.code })}: <span className="task-title">{task.title}</span>
        </h1>
      </div>
      {domainDown && (
        <p className="notice warning" role="status">
          <Unavailable domains={[task.domain]} />
        </p>
      )}
      <Section id="facts" title={`${t("common.group")} ${task.group.code}: ${task.group.title}`}>
        <dl className="facts">
          <dt>{t("task.periodText")}</dt>
          <dd>{task.periodText}</dd>
          <dt>{t("common.status")}</dt>
          <dd data-current-status>
            <TaskStatusBadge status={task.status} />
          </dd>
          <dt>{t("common.percent")}</dt>
          <dd data-percent>
            {task.percentComplete === null || task.percentComplete === undefined ? "–" : `${n(task.percentComplete)}%`}
          </dd>
          {task.coordinationNote && (
            <>
              <dt>{t("task.note")}</dt>
              <dd>{task.coordinationNote}</dd>
            </>
          )}
        </dl>
      </Section>
      <Section id="assignments" title={t("task.assignments")}>
        <table data-table="assignments">
          <thead>
            <tr>
              <th scope="col">{t("common.agency")}</th>
              <th scope="col">{t("common.status")}</th>
              <th scope="col">{t("task.asWritten")}</th>
              <th scope="col">{t("task.scope")}</th>
            </tr>
          </thead>
          <tbody>
            {task.assignments.map((assignment) => (
              <tr key={`${assignment.role}-${assignment.agency.code}`} data-agency={assignment.agency.code}>
                <th scope="row">
                  <Link href={`/agencies/${assignment.agency.code}`}>{assignment.agency.name}</Link>
                </th>
                <td>{t(`task.role.${assignment.role}`)}</td>
                <td>{assignment.asWritten}</td>
                <td>{assignment.scope ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      <Section id="history" title={t("task.statusHistory")}>
        <ol className="status-history">
          {history.map((entry) => (
            <li key={entry.year} data-year={entry.year}>
              <span className="year">{entry.year}</span> <TaskStatusBadge status={entry.status} />
            </li>
          ))}
        </ol>
      </Section>
      <TaskReports reports={task.reports} unavailable={domainDown ? task.domain : null} />
      <Section id="plan" title={t("task.plan")}>
        {task.implementationPlan ? (
          <dl className="facts" data-plan-revision={task.implementationPlan.revision}>
            <dt>{t("task.submittedOn")}</dt>
            <dd>{formatDate(task.implementationPlan.submittedOn)}</dd>
            <dt>{t("task.budgetEstimated")}</dt>
            <dd>
              {task.implementationPlan.budgetEstimatedVnd
                ? `${n(task.implementationPlan.budgetEstimatedVnd, 0)} đ`
                : "–"}
            </dd>
            <dt>{t("task.summary")}</dt>
            <dd>{task.implementationPlan.summary}</dd>
            <dt>{t("task.reporter")}</dt>
            <dd>
              {task.implementationPlan.reporter} ({task.implementationPlan.reportingAgency.code}),{" "}
              {t("doc.revision", { revision: task.implementationPlan.revision })}
            </dd>
          </dl>
        ) : domainDown ? (
          <Unavailable domains={[task.domain]} />
        ) : (
          <p>{t("task.noPlan")}</p>
        )}
      </Section>
      <Section id="comments" title={t("task.comments")}>
        {task.comments && task.comments.length > 0 ? (
          <ul>
            {task.comments.map((comment) => (
              <li key={comment.id}>
                <strong>
                  {comment.authorName} ({comment.agency.code})
                </strong>
                , {formatDateTime(comment.createdAt)}: {comment.text}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("common.none")}</p>
        )}
      </Section>
      <Section id="task-directives" title={t("task.directives")}>
        {task.directives.length === 0 && <p>{t("common.none")}</p>}
        <ul className="directive-list">
          {task.directives.map((directive) => (
            <li key={directive.id}>
              <DirectiveStatusBadge status={directive.status} /> {directive.text}{" "}
              <span className="meta">
                {formatDate(directive.issuedOn)} → {t("common.dueOn")} {formatDate(directive.dueOn)}
              </span>
              {directive.responses.map((response) => (
                <p key={response.id} className="response">
                  {response.agencyCode}, {formatDate(response.respondedOn)}: {response.text}
                </p>
              ))}
            </li>
          ))}
        </ul>
      </Section>
      <AdjustmentProposals filter={{ task: task.code }} />
    </div>
  );
}
