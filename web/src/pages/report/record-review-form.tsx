import { type FormEvent, useState } from "react";
import { useMutation } from "urql";

import { DateInput } from "../../components/date-input";
import { Section, WriteOutcome } from "../../components/notices";
import { vietnamToday } from "../../format";
import { graphql } from "../../gql";
import type { ReportSectionKey } from "../../gql/graphql";
import { refusalOf } from "../../graphql/errors";
import { useLocale } from "../../i18n/locale";

const RecordReviewMutation = graphql(`
  mutation RecordReview($input: RecordReviewInput!) {
    committee {
      recordReview(input: $input) {
        period
        state
        revision
      }
    }
  }
`);

interface ReviewForForm {
  period: string;
  revision: number;
  reviewState: string;
  meetingDate?: string | null;
  participants: readonly string[];
  conclusions?: string | null;
  decisions?: string | null;
  documentNumber?: string | null;
  signedBy?: string | null;
  sections: ReadonlyArray<{ key: ReportSectionKey; title: string; text: string }>;
}

/** The standing office records the review meeting (again, as a correction, once recorded). */
export function RecordReviewForm({ review }: { review: ReviewForForm }) {
  const { t } = useLocale();
  const [meetingDate, setMeetingDate] = useState(review.meetingDate ?? vietnamToday());
  const [participants, setParticipants] = useState(review.participants.join("\n"));
  const [conclusions, setConclusions] = useState(review.conclusions ?? "");
  const [decisions, setDecisions] = useState(review.decisions ?? "");
  const [documentNumber, setDocumentNumber] = useState(review.documentNumber ?? "");
  const [signedBy, setSignedBy] = useState(review.signedBy ?? "");
  const [texts, setTexts] = useState(() =>
    Object.fromEntries(review.sections.map((section) => [section.key, section.text])),
  );
  const [outcome, setOutcome] = useState<{ ok?: string; refused?: string }>({});
  const [, record] = useMutation(RecordReviewMutation);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // A new answer replaces the last one; an old refusal must not stand for it meanwhile.
    setOutcome({});
    const result = await record({
      input: {
        period: review.period,
        ...(review.reviewState === "RECORDED" ? { expectedRevision: review.revision } : {}),
        meetingDate,
        participants: participants
          .split("\n")
          .map((line) => line.trim())
          .filter(Boolean),
        conclusions,
        ...(decisions ? { decisions } : {}),
        ...(documentNumber ? { documentNumber } : {}),
        ...(signedBy ? { signedBy } : {}),
        sections: review.sections.map((section) => ({ key: section.key, text: texts[section.key] ?? "" })),
      },
    });
    setOutcome(
      result.data?.committee.recordReview
        ? { ok: t("doc.recorded") }
        : { refused: refusalOf(result.error)?.message ?? "?" },
    );
  };
  return (
    <Section id="record-review" title={t("doc.record")}>
      <form className="form no-print" onSubmit={(event) => void submit(event)} noValidate data-form="record-review">
        <label htmlFor="review-date">{t("doc.meetingDate")}</label>
        <DateInput
          id="review-date"
          value={meetingDate}
          onChange={(iso, typed) => setMeetingDate(iso ?? typed.trim())}
        />
        <label htmlFor="review-participants">{t("doc.participants")}</label>
        <textarea
          id="review-participants"
          rows={3}
          value={participants}
          onChange={(event) => setParticipants(event.target.value)}
        />
        <label htmlFor="review-conclusions">{t("doc.conclusions")}</label>
        <textarea
          id="review-conclusions"
          rows={3}
          value={conclusions}
          onChange={(event) => setConclusions(event.target.value)}
        />
        <label htmlFor="review-decisions">{t("doc.decisions")}</label>
        <textarea
          id="review-decisions"
          rows={2}
          value={decisions}
          onChange={(event) => setDecisions(event.target.value)}
        />
        {review.sections.map((section) => (
          <div key={section.key}>
            <label htmlFor={`review-section-${section.key}`}>{section.title}</label>
            <textarea
              id={`review-section-${section.key}`}
              rows={3}
              value={texts[section.key] ?? ""}
              onChange={(event) => setTexts({ ...texts, [section.key]: event.target.value })}
            />
          </div>
        ))}
        <label htmlFor="review-number">{t("doc.documentNumber")}</label>
        <input id="review-number" value={documentNumber} onChange={(event) => setDocumentNumber(event.target.value)} />
        <label htmlFor="review-signed-by">{t("doc.signedBy")}</label>
        <input id="review-signed-by" value={signedBy} onChange={(event) => setSignedBy(event.target.value)} />
        <div className="actions">
          <button type="submit">{t("doc.record")}</button>
        </div>
        <WriteOutcome ok={outcome.ok ?? null} refused={outcome.refused ?? null} />
      </form>
    </Section>
  );
}
