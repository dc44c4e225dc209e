import { type FormEvent, useState } from "react";
import { useLocation, useSearch } from "wouter";

import { DateInput } from "../../components/date-input";
import { vietnamToday } from "../../format";
import { clampYear, usePlanYears } from "../../graphql/plan-years";
import { useLocale } from "../../i18n/locale";
import { CycleTable, cycleYearOf } from "./cycle-table";
import { OpenDirectives } from "./open-directives";
import { StatusSummary } from "./status-summary";
import { TargetVerdicts } from "./target-verdicts";
import { TasksWithStatus } from "./tasks-with-status";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The committee's overview as of a date (`?asOf=2016-06-30`, today by default). */
export function OverviewPage() {
  const { t } = useLocale();
  const search = new URLSearchParams(useSearch());
  const [, navigate] = useLocation();
  const asked = search.get("asOf");
  const asOf = asked && ISO_DATE.test(asked) ? asked : vietnamToday();
  const [draft, setDraft] = useState(asOf);
  const planYears = usePlanYears();

  const choose = (event: FormEvent) => {
    event.preventDefault();
    if (ISO_DATE.test(draft)) navigate(`/?asOf=${draft}`);
  };

  return (
    <div className="page overview" data-as-of={asOf}>
      <div className="page-head">
        <h1>{t("overview.title")}</h1>
        <form className="inline-form" onSubmit={choose}>
          <label htmlFor="as-of">{t("common.asOf")}</label>
          <DateInput id="as-of" value={draft} onChange={(iso) => iso && setDraft(iso)} />
          <button type="submit">{t("common.apply")}</button>
        </form>
      </div>
      <StatusSummary asOf={asOf} />
      <div className="columns">
        <TasksWithStatus asOf={asOf} status="OVERDUE" title={t("overview.overdue")} id="overdue" />
        <TasksWithStatus asOf={asOf} status="NOT_REPORTED" title={t("overview.notReported")} id="not-reported" />
      </div>
      <TargetVerdicts asOf={asOf} />
      {planYears && <CycleTable year={clampYear(cycleYearOf(asOf), planYears)} />}
      <OpenDirectives asOf={asOf} />
    </div>
  );
}
