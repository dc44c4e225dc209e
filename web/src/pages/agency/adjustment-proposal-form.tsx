import { type FormEvent, useState } from "react";
import { useMutation, useQuery } from "urql";

import { Section, WriteOutcome } from "../../components/notices";
import { graphql } from "../../gql";
import type { ProposeAdjustmentInput } from "../../gql/graphql";
import { refusalOf } from "../../graphql/errors";
import { useLocale } from "../../i18n/locale";
import { parseCodes, parseLeads } from "./proposal-input";

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

const ProgramGroupsQuery = graphql(`
  query ProposalProgramGroups {
    programGroups {
      code
      title
    }
  }
`);

/** The task select's value for "a new task in a program group". */
const NEW_TASK = "";

/**
 * An editor of a lead agency proposes a change of one of its tasks (any of period, leads,
 * coordinating agencies, title, note) or a new task in a program group. Fields left empty are
 * not sent; the API checks the whole proposal and its message is shown as it words it.
 */
export function AdjustmentProposalForm({
  tasks,
}: {
  tasks: ReadonlyArray<{ code: string; title: string; startYear: number; endYear: number }>;
}) {
  const { t } = useLocale();
  const [taskCode, setTaskCode] = useState(tasks[0]?.code ?? NEW_TASK);
  const [groupCode, setGroupCode] = useState("");
  const [fields, setFields] = useState({
    title: "",
    startYear: "",
    endYear: "",
    leads: "",
    coordinating: "",
    coordinationNote: "",
    reason: "",
  });
  const [outcome, setOutcome] = useState<{ ok?: string; refused?: string }>({});
  const [, propose] = useMutation(ProposeMutation);
  const isNew = taskCode === NEW_TASK;
  const [{ data: groups }] = useQuery({ query: ProgramGroupsQuery, pause: !isNew });
  const task = tasks.find((candidate) => candidate.code === taskCode);
  const set = (name: keyof typeof fields) => (event: { target: { value: string } }) =>
    setFields({ ...fields, [name]: event.target.value });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // A new answer replaces the last one; an old refusal must not stand for it meanwhile.
    setOutcome({});
    const leads = parseLeads(fields.leads);
    const input: ProposeAdjustmentInput = {
      ...(isNew ? { groupCode: groupCode || (groups?.programGroups[0]?.code ?? "") } : { taskCode }),
      reason: fields.reason,
      ...(fields.title ? { title: fields.title } : {}),
      ...(fields.startYear ? { startYear: Number(fields.startYear) } : {}),
      ...(fields.endYear ? { endYear: Number(fields.endYear) } : {}),
      ...(leads.length ? { leadAgencies: leads } : {}),
      ...(fields.coordinating ? { coordinatingAgencies: parseCodes(fields.coordinating) } : {}),
      ...(fields.coordinationNote ? { coordinationNote: fields.coordinationNote } : {}),
    };
    const result = await propose({ input });
    const proposal = result.data?.committee.proposeAdjustment;
    setOutcome(
      proposal ? { ok: t("propose.sent", { id: proposal.id }) } : { refused: refusalOf(result.error)?.message ?? "?" },
    );
  };
  return (
    <Section id="propose" title={t("propose.title")}>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate data-form="propose">
        <label htmlFor="propose-task">{t("propose.task")}</label>
        <select id="propose-task" value={taskCode} onChange={(event) => setTaskCode(event.target.value)}>
          {tasks.map((candidate) => (
            <option key={candidate.code} value={candidate.code}>
              {candidate.code} ({candidate.startYear}–{candidate.endYear})
            </option>
          ))}
          <option value={NEW_TASK}>{t("propose.newTask")}</option>
        </select>
        {isNew && (
          <>
            <label htmlFor="propose-group">{t("propose.group")}</label>
            <select id="propose-group" value={groupCode} onChange={(event) => setGroupCode(event.target.value)}>
              {groups?.programGroups.map((group) => (
                <option key={group.code} value={group.code}>
                  {group.code}. {group.title}
                </option>
              ))}
            </select>
          </>
        )}
        <label htmlFor="propose-title">{t(isNew ? "propose.titleNew" : "propose.titleChange")}</label>
        <textarea id="propose-title" rows={2} value={fields.title} onChange={set("title")} placeholder={task?.title} />
        <label htmlFor="propose-start">{t("propose.startYear")}</label>
        <input
          id="propose-start"
          type="number"
          placeholder={task ? String(task.startYear) : undefined}
          value={fields.startYear}
          onChange={set("startYear")}
        />
        <label htmlFor="propose-end">{t("propose.endYear")}</label>
        <input
          id="propose-end"
          type="number"
          placeholder={task ? String(task.endYear) : undefined}
          value={fields.endYear}
          onChange={set("endYear")}
        />
        <label htmlFor="propose-leads">{t("propose.leads")}</label>
        <textarea id="propose-leads" rows={2} value={fields.leads} onChange={set("leads")} />
        <label htmlFor="propose-coordinating">{t("propose.coordinating")}</label>
        <input id="propose-coordinating" value={fields.coordinating} onChange={set("coordinating")} />
        <label htmlFor="propose-note">{t("propose.coordinationNote")}</label>
        <textarea id="propose-note" rows={2} value={fields.coordinationNote} onChange={set("coordinationNote")} />
        <label htmlFor="propose-reason">{t("propose.reason")}</label>
        <textarea id="propose-reason" rows={2} value={fields.reason} onChange={set("reason")} />
        <div className="actions">
          <button type="submit">{t("common.send")}</button>
        </div>
        <WriteOutcome ok={outcome.ok ?? null} refused={outcome.refused ?? null} />
      </form>
    </Section>
  );
}
