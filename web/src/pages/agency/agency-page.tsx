import { useQuery } from "urql";
import { Link, useLocation, useSearch } from "wouter";

import { mayProposeAdjustment, mayReportProgress, mayUploadFigures } from "../../auth/rights";
import { useSession } from "../../auth/session-context";
import { TaskStatusBadge } from "../../components/badges";
import { Section, Unavailable } from "../../components/notices";
import { vietnamToday } from "../../format";
import { graphql } from "../../gql";
import { otherErrors, unavailableDomains } from "../../graphql/errors";
import { clampYear, usePlanYears } from "../../graphql/plan-years";
import { useLocale } from "../../i18n/locale";
import { cycleYearOf } from "../overview/cycle-table";
import { AdjustmentProposalForm } from "./adjustment-proposal-form";
import { AdjustmentProposals } from "./adjustment-proposals";
import { AgencyDirectives } from "./agency-directives";
import { ObligationCard } from "./obligation-card";
import { ProgressReportForm } from "./progress-report-form";
import { SpreadsheetUpload } from "./spreadsheet-upload";

const AgencyDeskQuery = graphql(`
  query AgencyDesk($code: ID!, $year: Int!) {
    agency(code: $code) {
      code
      name
      nameEn
      domain
      ledTasks {
        code
        title
        domain
        startYear
        endYear
        status
        percentComplete
        latestReport {
          period
          revision
        }
      }
      coordinatedTasks {
        code
        title
        domain
        status
        leadAgencies {
          code
        }
      }
      obligations(year: $year) {
        agencyCode
        domain
        deadline
        deadlineReason
        requiredFigures
        requirement {
          content
        }
        indicators {
          code
          name
        }
        submission {
          expectedItems
          receivedItems
          completeness
          timeliness
          status
          missing {
            indicatorCode
            period
            cell
            needs
          }
        }
      }
      toAnswer: directives(open: true) {
        ...DeskDirective
      }
      answered: directives(open: false) {
        ...DeskDirective
      }
    }
  }

  fragment DeskDirective on Directive {
    id
    text
    dueOn
    status
    taskCode
    addressees {
      agencyCode
      responded
    }
    responses {
      id
      agencyCode
      text
      documentRef
      respondedOn
    }
  }
`);

// An answer refreshes the desk even when it listed no directive yet.
const DESK_CONTEXT = { additionalTypenames: ["Directive"] };

type Desk = NonNullable<import("../../gql/graphql").AgencyDeskQuery["agency"]>;

function TaskTable({
  tasks,
  down,
  id,
}: {
  tasks: Desk["ledTasks"] | Desk["coordinatedTasks"];
  down: Set<string>;
  id: string;
}) {
  const { t, n } = useLocale();
  if (tasks.length === 0) return <p>{t("common.none")}</p>;
  return (
    <table data-table={id}>
      <thead>
        <tr>
          <th scope="col">{t("common.code")}</th>
          <th scope="col">{t("common.title")}</th>
          <th scope="col">{t("common.status")}</th>
          <th scope="col">{t("common.percent")}</th>
        </tr>
      </thead>
      <tbody>
        {tasks.map((task) => (
          <tr key={task.code} data-task={task.code}>
            <th scope="row">
              <Link href={`/tasks/${task.code}`}>{task.code}</Link>
            </th>
            <td>{task.title}</td>
            <td>
              {task.status === null && down.has(task.domain) ? (
                <Unavailable domains={[task.domain]} />
              ) : (
                <TaskStatusBadge status={task.status} />
              )}
            </td>
            <td className="number">
              {"percentComplete" in task && task.percentComplete !== null && task.percentComplete !== undefined
                ? `${n(task.percentComplete)}%`
                : "–"}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A department's desk: what it leads and coordinates, its December duty, directives to answer, and its editor's forms. */
export function AgencyPage({ code }: { code: string }) {
  const { t, locale } = useLocale();
  const { claims } = useSession();
  const planYears = usePlanYears();
  const search = new URLSearchParams(useSearch());
  const [, navigate] = useLocation();
  const askedYear = Number(search.get("year"));
  const year = planYears
    ? clampYear(Number.isInteger(askedYear) && askedYear > 0 ? askedYear : cycleYearOf(vietnamToday()), planYears)
    : null;
  const [{ data, fetching, error }] = useQuery({
    query: AgencyDeskQuery,
    variables: { code, year: year ?? 0 },
    pause: year === null,
    context: DESK_CONTEXT,
  });
  const down = unavailableDomains(error);
  const agency = data?.agency;
  if (!agency) {
    if ((fetching && !data) || year === null) return <p aria-busy="true">{t("common.loading")}</p>;
    return (
      <div className="page">
        <h1>{code}</h1>
        <p className="notice error" role="alert">
          {otherErrors(error)[0] ?? t("common.notFound")}
        </p>
      </div>
    );
  }
  const name = locale === "vi" ? agency.name : agency.nameEn;
  const years = planYears
    ? Array.from({ length: planYears.horizonYear - planYears.firstYear + 1 }, (_, i) => planYears.firstYear + i)
    : [];
  const reportableTasks = mayReportProgress(claims, [agency.code]) ? agency.ledTasks : [];
  return (
    <div className="page agency" data-agency={agency.code}>
      <div className="page-head">
        <h1>{t("agency.title", { name })}</h1>
        <form className="inline-form" onSubmit={(event) => event.preventDefault()}>
          <label htmlFor="desk-year">{t("agency.year")}</label>
          <select
            id="desk-year"
            value={year ?? ""}
            onChange={(event) => navigate(`/agencies/${agency.code}?year=${event.target.value}`)}
          >
            {years.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        </form>
      </div>
      {otherErrors(error).map((message) => (
        <p className="notice error" role="alert" key={message}>
          {message}
        </p>
      ))}
      <div className="columns">
        <Section id="led" title={t("agency.led")} down={down}>
          <TaskTable tasks={agency.ledTasks} down={down} id="led" />
        </Section>
        <Section id="coordinated" title={t("agency.coordinated")}>
          <TaskTable tasks={agency.coordinatedTasks} down={down} id="coordinated" />
        </Section>
      </div>
      <Section id="obligation" title={t("agency.obligation", { year: year! })}>
        {agency.obligations.length === 0 ? (
          <p>{t("agency.noObligation")}</p>
        ) : (
          agency.obligations.map((obligation) => (
            <ObligationCard key={obligation.agencyCode + obligation.domain} obligation={obligation} down={down} />
          ))
        )}
        {agency.obligations.length > 0 && (
          <SpreadsheetUpload agency={agency.code} year={year!} mayUpload={mayUploadFigures(claims, agency.code)} />
        )}
      </Section>
      <AgencyDirectives agency={agency.code} toAnswer={agency.toAnswer} answered={agency.answered} />
      {reportableTasks.length > 0 && <ProgressReportForm tasks={reportableTasks} agency={agency.code} />}
      <AdjustmentProposals filter={{ agency: agency.code }} />
      {mayProposeAdjustment(claims, [agency.code]) && <AdjustmentProposalForm tasks={agency.ledTasks} />}
    </div>
  );
}
