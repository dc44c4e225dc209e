import { type FormEvent, useState } from "react";
import { useMutation } from "urql";

import { DateInput } from "../../components/date-input";
import { WriteOutcome } from "../../components/notices";
import { vietnamToday } from "../../format";
import { graphql } from "../../gql";
import { refusalOf } from "../../graphql/errors";
import { useLocale } from "../../i18n/locale";

const DecideMutation = graphql(`
  mutation DecideProposal($input: DecideProposalInput!) {
    committee {
      decideProposal(input: $input) {
        id
        state
        decisionNumber
        decidedOn
      }
    }
  }
`);

/** The standing office records the People's Committee's decision on a pending proposal. */
export function DecideProposalForm({ proposalId }: { proposalId: string }) {
  const { t } = useLocale();
  const [approved, setApproved] = useState("true");
  const [decisionNumber, setDecisionNumber] = useState("");
  const [decidedOn, setDecidedOn] = useState(vietnamToday());
  const [note, setNote] = useState("");
  const [outcome, setOutcome] = useState<{ ok?: string; refused?: string }>({});
  const [, decide] = useMutation(DecideMutation);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // A new answer replaces the last one; an old refusal must not stand for it meanwhile.
    setOutcome({});
    const result = await decide({
      input: { id: proposalId, approved: approved === "true", decisionNumber, decidedOn, ...(note ? { note } : {}) },
    });
    setOutcome(
      result.data?.committee.decideProposal
        ? { ok: t("decide.recorded") }
        : { refused: refusalOf(result.error)?.message ?? "?" },
    );
  };
  const id = (name: string) => `decide-${proposalId}-${name}`;
  return (
    <form className="form compact" onSubmit={(event) => void submit(event)} noValidate data-form="decide">
      <label htmlFor={id("approved")}>{t("decide.outcome")}</label>
      <select id={id("approved")} value={approved} onChange={(event) => setApproved(event.target.value)}>
        <option value="true">{t("proposal.APPROVED")}</option>
        <option value="false">{t("proposal.REJECTED")}</option>
      </select>
      <label htmlFor={id("number")}>{t("decide.number")}</label>
      <input id={id("number")} value={decisionNumber} onChange={(event) => setDecisionNumber(event.target.value)} />
      <label htmlFor={id("date")}>{t("decide.date")}</label>
      <DateInput id={id("date")} value={decidedOn} onChange={(iso, typed) => setDecidedOn(iso ?? typed.trim())} />
      <label htmlFor={id("note")}>{t("decide.note")}</label>
      <input id={id("note")} value={note} onChange={(event) => setNote(event.target.value)} />
      <div className="actions">
        <button type="submit">{t("decide.submit")}</button>
      </div>
      <WriteOutcome ok={outcome.ok ?? null} refused={outcome.refused ?? null} />
    </form>
  );
}
