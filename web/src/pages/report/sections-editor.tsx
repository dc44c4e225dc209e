import { type FormEvent, useState } from "react";
import { useMutation } from "urql";

import { Section, WriteOutcome } from "../../components/notices";
import { graphql } from "../../gql";
import type { ReportSectionKey } from "../../gql/graphql";
import { refusalOf } from "../../graphql/errors";
import { useLocale } from "../../i18n/locale";

const SaveReportMutation = graphql(`
  mutation SaveQuarterlyReport($input: SaveQuarterlyReportInput!) {
    committee {
      saveQuarterlyReport(input: $input) {
        period
        revision
        sections {
          key
          title
          text
        }
      }
    }
  }
`);

/** The standing office writes the draft's three sections; each save is the report's next revision. */
export function SectionsEditor({
  period,
  revision,
  sections,
}: {
  period: string;
  revision: number;
  sections: ReadonlyArray<{ key: ReportSectionKey; title: string; text: string }>;
}) {
  const { t } = useLocale();
  const [texts, setTexts] = useState(() => Object.fromEntries(sections.map((section) => [section.key, section.text])));
  const [outcome, setOutcome] = useState<{ ok?: string; refused?: string }>({});
  const [, save] = useMutation(SaveReportMutation);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // A new answer replaces the last one; an old refusal must not stand for it meanwhile.
    setOutcome({});
    const result = await save({
      input: {
        period,
        ...(revision > 0 ? { expectedRevision: revision } : {}),
        sections: sections.map((section) => ({ key: section.key, text: texts[section.key] ?? "" })),
      },
    });
    setOutcome(
      result.data?.committee.saveQuarterlyReport
        ? { ok: t("common.saved") }
        : { refused: refusalOf(result.error)?.message ?? "?" },
    );
  };
  return (
    <Section id="sections-editor" title={t("doc.edit")}>
      <form className="form no-print" onSubmit={(event) => void submit(event)} noValidate data-form="sections">
        {sections.map((section) => (
          <div key={section.key}>
            <label htmlFor={`section-${section.key}`}>{section.title}</label>
            <textarea
              id={`section-${section.key}`}
              rows={5}
              value={texts[section.key] ?? ""}
              onChange={(event) => setTexts({ ...texts, [section.key]: event.target.value })}
            />
          </div>
        ))}
        <div className="actions">
          <button type="submit">{t("common.save")}</button>
        </div>
        <WriteOutcome ok={outcome.ok ?? null} refused={outcome.refused ?? null} />
      </form>
    </Section>
  );
}
