import { type FormEvent, useState } from "react";
import { useMutation } from "urql";

import { WriteOutcome } from "../../components/notices";
import { graphql } from "../../gql";
import { refusalOf } from "../../graphql/errors";
import { useLocale } from "../../i18n/locale";

const RespondMutation = graphql(`
  mutation RespondToDirective($input: RespondToDirectiveInput!) {
    committee {
      respondToDirective(input: $input) {
        id
        status
      }
    }
  }
`);

/** An editor of an addressed agency answers a directive. */
export function DirectiveAnswerForm({ directiveId }: { directiveId: string }) {
  const { t } = useLocale();
  const [text, setText] = useState("");
  const [documentRef, setDocumentRef] = useState("");
  const [outcome, setOutcome] = useState<{ ok?: string; refused?: string }>({});
  const [, respond] = useMutation(RespondMutation);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // A new answer replaces the last one; an old refusal must not stand for it meanwhile.
    setOutcome({});
    const result = await respond({ input: { directiveId, text, ...(documentRef ? { documentRef } : {}) } });
    setOutcome(
      result.data?.committee.respondToDirective
        ? { ok: t("respond.sent") }
        : { refused: refusalOf(result.error)?.message ?? "?" },
    );
  };
  return (
    <form className="form compact" onSubmit={(event) => void submit(event)} noValidate data-form="respond">
      <label htmlFor={`respond-${directiveId}`}>{t("respond.text")}</label>
      <textarea id={`respond-${directiveId}`} rows={2} value={text} onChange={(event) => setText(event.target.value)} />
      <label htmlFor={`respond-ref-${directiveId}`}>{t("respond.documentRef")}</label>
      <input
        id={`respond-ref-${directiveId}`}
        value={documentRef}
        onChange={(event) => setDocumentRef(event.target.value)}
      />
      <div className="actions">
        <button type="submit">{t("respond.title")}</button>
      </div>
      <WriteOutcome ok={outcome.ok ?? null} refused={outcome.refused ?? null} />
    </form>
  );
}
