import { TASK_STATUSES } from "../../components/badges";
import { documentDate, formatDate, formatPeriod } from "../../format";
import type { DocumentContentFragment } from "../../gql/graphql";
import { useLocale } from "../../i18n/locale";

interface ReviewRecord {
  meetingDate?: string | null;
  participants: readonly string[];
  conclusions?: string | null;
  decisions?: string | null;
}

/**
 * The document as the committee files it (Nghị định 30/2020 layout): issuing body and number at
 * the left, quốc hiệu and tiêu ngữ at the right, place and date, title, the body with its tables,
 * recipients and the signature block. Print CSS (document.css) sets A4 and the page numbers.
 */
export function ReportDocument({
  document,
  kind,
  state,
  issuedOn,
  review,
}: {
  document: DocumentContentFragment;
  kind: "quarterly" | "review" | "annual";
  state: string;
  issuedOn: string | null;
  review?: ReviewRecord;
}) {
  const { t, n, locale } = useLocale();
  const period = formatPeriod(document.period, locale);
  const draft = state === "DRAFT";
  const title =
    kind === "quarterly" ? t("doc.quarterlyTitle") : kind === "annual" ? t("doc.annualTitle") : t("doc.reviewTitle");
  const countOf = (status: string) => document.summary.byStatus.find((count) => count.status === status)?.count ?? 0;
  return (
    <article className="document" lang="vi" data-document={document.period} data-state={state}>
      <table className="document-head" role="presentation">
        <tbody>
          <tr>
            <td className="issuer">
              <p>{t("doc.superior")}</p>
              <p className="strong">{t("doc.issuer")}</p>
              <hr className="short-rule" />
              <p>{t("doc.number", { number: document.documentNumber ?? `${"\u00a0".repeat(8)}/BC-BCĐ` })}</p>
            </td>
            <td className="nation">
              <p className="strong">{t("doc.nation")}</p>
              <p className="strong motto">{t("doc.motto")}</p>
              <hr className="long-rule" />
              <p className="place">{t("doc.place", { date: documentDate(issuedOn ?? document.asOf, locale) })}</p>
            </td>
          </tr>
        </tbody>
      </table>
      {draft && <p className="draft-mark">{t("doc.draft")}</p>}
      <h1 className="document-title">{title}</h1>
      <p className="document-subject">{t("doc.quarterlySubject", { period })}</p>

      <h2>I. {t("doc.summary")}</h2>
      <p>{t("doc.summaryText", { date: formatDate(document.asOf), total: n(document.summary.total) })}</p>
      <table className="document-table" data-table="document-summary">
        <thead>
          <tr>
            {TASK_STATUSES.map((status) => (
              <th scope="col" key={status}>
                {t(`status.${status}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            {TASK_STATUSES.map((status) => (
              <td key={status} className="number" data-status={status}>
                {n(countOf(status))}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
      {document.sections
        .filter((section) => section.key === "OVERALL_ASSESSMENT")
        .map((section) => (
          <SectionText key={section.key} title={section.title} text={section.text} />
        ))}

      <h2>II. {t("doc.groups")}</h2>
      {document.groups.map((group) => (
        <section key={group.group.code} className="document-group">
          <h3>
            {group.group.code}. {group.group.title}
          </h3>
          <table className="document-table">
            <thead>
              <tr>
                <th scope="col">{t("common.code")}</th>
                <th scope="col">{t("common.task")}</th>
                <th scope="col">{t("common.lead")}</th>
                <th scope="col">{t("common.status")}</th>
                <th scope="col">%</th>
                <th scope="col">{t("overview.latest")}</th>
              </tr>
            </thead>
            <tbody>
              {group.tasks.map((task) => (
                <tr key={task.code} data-task={task.code}>
                  <td>{task.code}</td>
                  <td>{task.title}</td>
                  <td>{task.leadAgencies.map((agency) => agency.code).join(", ")}</td>
                  <td>{t(`status.${task.status}`)}</td>
                  <td className="number">
                    {task.percentComplete === null || task.percentComplete === undefined
                      ? "–"
                      : n(task.percentComplete)}
                  </td>
                  <td>{task.latestReport ? `${task.latestReport.period}: ${task.latestReport.summary}` : "–"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}

      <h2>III. {t("doc.overdue")}</h2>
      <TaskCodes tasks={document.overdue} id="overdue" />
      <h2>IV. {t("doc.notReported")}</h2>
      <TaskCodes tasks={document.notReported} id="not-reported" />
      <h2>V. {t("doc.directives")}</h2>
      {document.directives.length === 0 ? (
        <p>{t("common.none")}</p>
      ) : (
        <ul>
          {document.directives.map((directive) => (
            <li key={directive.id}>
              {directive.text} ({t("common.dueOn")} {formatDate(directive.dueOn)}; {t(`directive.${directive.status}`)})
            </li>
          ))}
        </ul>
      )}
      {review?.meetingDate && (
        <>
          <h2>{t("doc.meeting", { date: formatDate(review.meetingDate) })}</h2>
          {review.participants.length > 0 && <p>{review.participants.join("; ")}</p>}
          {review.conclusions && <SectionText title={t("doc.conclusions")} text={review.conclusions} />}
          {review.decisions && <SectionText title={t("doc.decisions")} text={review.decisions} />}
        </>
      )}
      {document.sections
        .filter((section) => section.key !== "OVERALL_ASSESSMENT")
        .map((section, index) => (
          <SectionText
            key={section.key}
            title={`${["VI", "VII"][index] ?? ""}. ${section.title}`}
            text={section.text}
            heading
          />
        ))}

      <table className="document-foot" role="presentation">
        <tbody>
          <tr>
            <td className="recipients">
              <p className="strong-italic">{t("doc.recipients")}</p>
              {t("doc.recipientsList")
                .split("\n")
                .map((line) => (
                  <p key={line}>{line}</p>
                ))}
            </td>
            <td className="signature">
              <p className="strong">{t("doc.signFor")}</p>
              <p className="strong">{t("doc.signRole")}</p>
              <div className="signature-space" />
              <p className="strong" data-signed-by>
                {document.signedBy ?? ""}
              </p>
            </td>
          </tr>
        </tbody>
      </table>
    </article>
  );
}

function SectionText({ title, text, heading }: { title: string; text: string; heading?: boolean }) {
  const { t } = useLocale();
  const Heading = heading ? "h2" : "h3";
  return (
    <>
      <Heading>{title}</Heading>
      {text.trim() === "" ? (
        <p className="no-text">{t("doc.noSectionText")}</p>
      ) : (
        text.split(/\n+/).map((paragraph, index) => <p key={index}>{paragraph}</p>)
      )}
    </>
  );
}

function TaskCodes({ tasks, id }: { tasks: DocumentContentFragment["overdue"]; id: string }) {
  const { t } = useLocale();
  if (tasks.length === 0) return <p>{t("common.none")}</p>;
  return (
    <ul data-list={id}>
      {tasks.map((task) => (
        <li key={task.code} data-task={task.code}>
          {task.code} – {task.title} ({task.leadAgencies.map((agency) => agency.code).join(", ")})
        </li>
      ))}
    </ul>
  );
}
