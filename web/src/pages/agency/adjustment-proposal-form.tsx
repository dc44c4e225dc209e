import { type FormEvent, useState } from "react";
import { useMutation } from "urql";
import { Section, WriteOutcome } from "../../components/notices";
import { graphql } from "../../gql";
import { refusalOf } from "../../graphql/errors";
import { useLocale } from "../../i18n/locale";

const ProposeMutation = graphql(`
  mutation ProposeAdjustment($input: ProposeAdjustmentInput!) {
    committee {
      proposeAdjustment(input: $input) {
        id
        state
      }
    }
  }
`);

/** An editor of a lead agency proposes a new period for one of its tasks, with a reason. */
export function AdjustmentProposalForm({
  tasks,
}: {
  tasks: ReadonlyArray<{ code: string; title: string; startYear: number; endYear: number }>;
}) {
  const { t } = useLocale();
  const [taskCode, setTaskCode] = useState(tasks[0]!.code);
  const task = tasks.find((candidate) => candidate.code === taskCode)!;
  const [startYear, setStartYear] = useState("");
  const [endYear, setEndYear] = useState("");
  const [reason, setReason] = useState("");
  const [outcome, setOutcome] = useState<{ ok?: string; refused?: string }>({});
  const [, propose] = useMutation(ProposeMutation);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await propose({
      input: {
        taskCode,
        reason,
        ...(startYear ? { startYear: Number(startYear) } : {}),
        ...(endYear ? { endYear: Number(endYear) } : {}),
      },
    });
    const proposal = result.data?.committee.proposeAdjustment;
    setOutcome(
      proposal ? { ok: t("propose.sent", { id: proposal.id }) } : { refused: refusalOf(result.error)?.message ?? "?" },
    );
  };
  return (
    <Section id="propose" title={t("propose.title")}>
      <form className="form" onSubmit={submit} noValidate data-form="propose">
        <label htmlFor="propose-task">{t("propose.task")}</label>
        <select id="propose-task" value={taskCode} onChange={(event) => setTaskCode(event.target.value)}>
          {tasks.map((candidate) => (
            <option key={candidate.code} value={candidate.code}>
              {candidate.code} ({candidate.startYear}–{candidate.endYear})
            </option>
          ))}
        </select>
        <label htmlFor="propose-start">{t("propose.startYear")}</label>
        <input
          id="propose-start"
          type="number"
          placeholder={String(task.startYear)}
          value={startYear}
          onChange={(event) => setStartYear(event.target.value)}
        />
        <label htmlFor="propose-end">{t("propose.endYear")}</label>
        <input
          id="propose-end"
          type="number"
          placeholder={String(task.endYear)}
          value={endYear}
          onChange={(event) => setEndYear(event.target.value)}
        />
        <label htmlFor="propose-reason">{t("propose.reason")}</label>
        <textarea id="propose-reason" rows={2} value={reason} onChange={(event) => setReason(event.target.value)} />
        <div className="actions">
          <button type="submit">{t("common.send")}</button>
        </div>
        <WriteOutcome ok={outcome.ok ?? null} refused={outcome.refused ?? null} />
      </form>
    </Section>
  );
}
