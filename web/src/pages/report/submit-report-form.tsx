import { type FormEvent, useState } from "react";
import { useMutation } from "urql";

import { DateInput } from "../../components/date-input";
import { Section, WriteOutcome } from "../../components/notices";
import { vietnamToday } from "../../format";
import { graphql } from "../../gql";
import { refusalOf } from "../../graphql/errors";
import { useLocale } from "../../i18n/locale";

const SubmitReportMutation = graphql(`
  mutation SubmitQuarterlyReport($input: SubmitQuarterlyReportInput!) {
    committee {
      submitQuarterlyReport(input: $input) {
        period
        state
        revision
      }
    }
  }
`);

/** The standing office submits the report: number, date and signatory; it is frozen from then on. */
export function SubmitReportForm({ period, revision }: { period: string; revision: number }) {
  const { t } = useLocale();
  const [documentNumber, setDocumentNumber] = useState("");
  const [submittedOn, setSubmittedOn] = useState(vietnamToday());
  const [signedBy, setSignedBy] = useState("");
  const [outcome, setOutcome] = useState<{ ok?: string; refused?: string }>({});
  const [, submitReport] = useMutation(SubmitReportMutation);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // A new answer replaces the last one; an old refusal must not stand for it meanwhile.
    setOutcome({});
    const result = await submitReport({
      input: { period, expectedRevision: revision, documentNumber, submittedOn, signedBy },
    });
    setOutcome(
      result.data?.committee.submitQuarterlyReport
        ? { ok: t("doc.submitted") }
        : { refused: refusalOf(result.error)?.message ?? "?" },
    );
  };
  return (
    <Section id="submit-report" title={t("doc.submit")}>
      <form className="form no-print" onSubmit={(event) => void submit(event)} noValidate data-form="submit-report">
        <label htmlFor="doc-number">{t("doc.documentNumber")}</label>
        <input id="doc-number" value={documentNumber} onChange={(event) => setDocumentNumber(event.target.value)} />
        <label htmlFor="doc-submitted-on">{t("doc.submittedOn")}</label>
        <DateInput
          id="doc-submitted-on"
          value={submittedOn}
          onChange={(iso, typed) => setSubmittedOn(iso ?? typed.trim())}
        />
        <label htmlFor="doc-signed-by">{t("doc.signedBy")}</label>
        <input id="doc-signed-by" value={signedBy} onChange={(event) => setSignedBy(event.target.value)} />
        <div className="actions">
          <button type="submit">{t("doc.submit")}</button>
        </div>
        <WriteOutcome ok={outcome.ok ?? null} refused={outcome.refused ?? null} />
      </form>
    </Section>
  );
}
