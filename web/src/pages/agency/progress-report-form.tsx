import { type FormEvent, useState } from "react";
import { useMutation, useQuery } from "urql";

import { DateInput } from "../../components/date-input";
import { Section, WriteOutcome } from "../../components/notices";
import { graphql } from "../../gql";
import { type Domain, ReportProgressDocument, type ReportState } from "../../gql/graphql";
import { refusalOf } from "../../graphql/errors";
import { useLocale } from "../../i18n/locale";

const PeriodReportsQuery = graphql(`
  query PeriodReports($code: ID!, $period: String!) {
    task(code: $code) {
      code
      reports(period: $period) {
        revision
        reportingAgency {
          code
        }
      }
    }
  }
`);

/** The form field an API refusal is about, so its message is shown there. */
export function fieldOfRefusal(code: string | null): "period" | "percent" | "state" | "completedOn" | null {
  switch (code) {
    case "INVALID_PERIOD":
    case "PERIOD_OUTSIDE_TASK":
      return "period";
    case "PERCENT_OUT_OF_RANGE":
      return "percent";
    case "INCONSISTENT_STATE":
      return "state";
    case "INVALID_DATE":
      return "completedOn";
    default:
      return null;
  }
}

/** A domain's namespace in the graph, as its subgraph is named: LABOUR → labour. */
const domainField = (domain: Domain) => domain.toLowerCase() as Lowercase<Domain>;

/** The report mutation's variables that ask for this domain's namespace only. */
function namespaceOf(domain: Domain): Partial<Record<Lowercase<Domain>, boolean>> {
  return { [domainField(domain)]: true };
}

interface ReportableTask {
  code: string;
  title: string;
  domain: Domain;
}

/** An editor reports a led task's progress; what the API refuses is shown with its own message, at the field. */
export function ProgressReportForm({ tasks, agency }: { tasks: readonly ReportableTask[]; agency: string }) {
  const { t } = useLocale();
  const [taskCode, setTaskCode] = useState(tasks[0].code);
  const [period, setPeriod] = useState("");
  const [state, setState] = useState<ReportState>("IN_PROGRESS");
  const [percent, setPercent] = useState("");
  const [completedOn, setCompletedOn] = useState("");
  const [summary, setSummary] = useState("");
  const [difficulties, setDifficulties] = useState("");
  const [proposals, setProposals] = useState("");
  const [outcome, setOutcome] = useState<{ ok?: string; refused?: string; code?: string | null }>({});
  const [{ data: existing }] = useQuery({
    query: PeriodReportsQuery,
    variables: { code: taskCode, period },
    pause: !/^\d{4}(-(Q[1-4]|H[12]))?$/.test(period),
    requestPolicy: "network-only",
  });
  // Made by codegen from the domain manifest (web/codegen.ts): every domain's namespace, one asked for.
  const [, report] = useMutation(ReportProgressDocument);
  const ownRevisions = (existing?.task?.reports ?? [])
    .filter((entry) => entry.reportingAgency.code === agency)
    .map((entry) => entry.revision);
  const expectedRevision = ownRevisions.length > 0 ? Math.max(...ownRevisions) : undefined;
  const domain = tasks.find((task) => task.code === taskCode)!.domain;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setOutcome({});
    const result = await report({
      input: {
        taskCode,
        period: period.trim(),
        reportingAgency: agency,
        state,
        percentComplete: Number(percent),
        ...(completedOn ? { completedOn } : {}),
        summary,
        ...(difficulties ? { difficulties } : {}),
        ...(proposals ? { proposals } : {}),
        ...(expectedRevision !== undefined ? { expectedRevision } : {}),
      },
      ...namespaceOf(domain),
    });
    const recorded = result.data?.[domainField(domain)]?.reportTaskProgress;
    if (recorded) {
      setOutcome({
        ok: t("report.recorded", { task: recorded.taskCode, period: recorded.period, revision: recorded.revision }),
      });
    } else {
      const refusal = refusalOf(result.error);
      setOutcome({ refused: refusal?.message ?? "?", code: refusal?.code ?? null });
    }
  };
  const field = fieldOfRefusal(outcome.code ?? null);
  const fieldError = (name: typeof field) =>
    field === name && outcome.refused ? (
      <span className="field-error" id={`report-${name}-error`}>
        {outcome.refused}
      </span>
    ) : null;

  return (
    <Section id="report-form" title={t("report.form")}>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate data-form="report-progress">
        <label htmlFor="report-task">{t("report.task")}</label>
        <select id="report-task" value={taskCode} onChange={(event) => setTaskCode(event.target.value)}>
          {tasks.map((task) => (
            <option key={task.code} value={task.code}>
              {task.code} — {task.title.slice(0, 90)}
            </option>
          ))}
        </select>
        <label htmlFor="report-period">{t("report.period")}</label>
        <input
          id="report-period"
          value={period}
          onChange={(event) => setPeriod(event.target.value)}
          aria-describedby={field === "period" ? "report-period-error" : undefined}
        />
        {fieldError("period")}
        {expectedRevision !== undefined && (
          <p className="hint">{t("report.correction", { revision: expectedRevision })}</p>
        )}
        <label htmlFor="report-state">{t("report.state")}</label>
        <select id="report-state" value={state} onChange={(event) => setState(event.target.value as ReportState)}>
          {(["NOT_STARTED", "IN_PROGRESS", "COMPLETED"] as const).map((option) => (
            <option key={option} value={option}>
              {t(`state.${option}`)}
            </option>
          ))}
        </select>
        {fieldError("state")}
        <label htmlFor="report-percent">{t("report.percent")}</label>
        <input
          id="report-percent"
          type="number"
          inputMode="numeric"
          value={percent}
          onChange={(event) => setPercent(event.target.value)}
          aria-describedby={field === "percent" ? "report-percent-error" : undefined}
        />
        {fieldError("percent")}
        <label htmlFor="report-completed-on">{t("report.completedOn")}</label>
        <DateInput
          id="report-completed-on"
          value={completedOn}
          onChange={(iso, typed) => setCompletedOn(iso ?? typed.trim())}
        />
        {fieldError("completedOn")}
        <label htmlFor="report-summary">{t("report.summary")}</label>
        <textarea id="report-summary" rows={3} value={summary} onChange={(event) => setSummary(event.target.value)} />
        <label htmlFor="report-difficulties">{t("report.difficulties")}</label>
        <textarea
          id="report-difficulties"
          rows={2}
          value={difficulties}
          onChange={(event) => setDifficulties(event.target.value)}
        />
        <label htmlFor="report-proposals">{t("report.proposals")}</label>
        <textarea
          id="report-proposals"
          rows={2}
          value={proposals}
          onChange={(event) => setProposals(event.target.value)}
        />
        <div className="actions">
          <button type="submit">{t("common.send")}</button>
        </div>
        <WriteOutcome ok={outcome.ok ?? null} refused={outcome.refused ?? null} />
      </form>
    </Section>
  );
}
