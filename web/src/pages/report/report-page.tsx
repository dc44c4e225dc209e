import { type FormEvent, useState } from "react";
import { useQuery } from "urql";
import { useLocation } from "wouter";

import { mayWriteCommitteeDocuments } from "../../auth/rights";
import { useSession } from "../../auth/session-context";
import { documentKindOf, formatDate } from "../../format";
import { graphql } from "../../gql";
import { otherErrors, unavailableDomains } from "../../graphql/errors";
import { useLocale } from "../../i18n/locale";
import { RecordReviewForm } from "./record-review-form";
import { ReportDocument } from "./report-document";
import { SectionsEditor } from "./sections-editor";
import { SubmitReportForm } from "./submit-report-form";

const CommitteeDocumentQuery = graphql(`
  query CommitteeDocumentPage($period: String!, $quarterly: Boolean!, $review: Boolean!) {
    quarterlyReport(period: $period) @include(if: $quarterly) {
      ...DocumentContent
      state
      submittedOn
    }
    review(period: $period) @include(if: $review) {
      ...DocumentContent
      kind
      reviewState: state
      meetingDate
      participants
      conclusions
      decisions
    }
  }

  fragment DocumentContent on CommitteeDocument {
    period
    revision
    asOf
    documentNumber
    signedBy
    summary {
      total
      byStatus {
        status
        count
      }
    }
    groups {
      group {
        code
        title
      }
      tasks {
        code
        title
        status
        percentComplete
        leadAgencies {
          code
        }
        latestReport {
          period
          summary
        }
      }
    }
    overdue {
      code
      title
      leadAgencies {
        code
      }
    }
    notReported {
      code
      title
      leadAgencies {
        code
      }
    }
    directives {
      id
      text
      dueOn
      status
      addressees {
        agencyCode
        responded
      }
    }
    sections {
      key
      title
      text
    }
  }
`);

function PeriodChooser({ period }: { period: string }) {
  const { t } = useLocale();
  const [, navigate] = useLocation();
  const [draft, setDraft] = useState(period);
  const open = (event: FormEvent) => {
    event.preventDefault();
    navigate(`/reports/${draft.trim()}`);
  };
  return (
    <form className="inline-form no-print" onSubmit={open}>
      <label htmlFor="report-period-choice">{t("doc.period")}</label>
      <input id="report-period-choice" value={draft} onChange={(event) => setDraft(event.target.value)} size={8} />
      <button type="submit">{t("doc.open")}</button>
    </form>
  );
}

/** The standing office's quarterly report (2016-Q2) or the committee's review (2016-H1, 2016), printable as an A4 document. */
export function ReportPage({ period }: { period: string }) {
  const { t } = useLocale();
  const { claims } = useSession();
  const kind = documentKindOf(period);
  const [{ data, fetching, error }] = useQuery({
    query: CommitteeDocumentQuery,
    variables: { period, quarterly: kind === "quarterly", review: kind === "review" },
    pause: kind === null,
  });
  const document = data?.quarterlyReport ?? data?.review;
  const down = unavailableDomains(error);
  const mayWrite = mayWriteCommitteeDocuments(claims);
  return (
    <div className="page report" data-period={period}>
      <div className="page-head no-print">
        <PeriodChooser period={period} />
        {document && (
          <button type="button" onClick={() => window.print()} data-print>
            {t("doc.pdf")}
          </button>
        )}
      </div>
      {kind === null && (
        <p className="notice error" role="alert">
          {t("doc.unknownPeriod", { period })}
        </p>
      )}
      {fetching && !data && <p aria-busy="true">{t("common.loading")}</p>}
      {otherErrors(error).map((message) => (
        <p className="notice error no-print" role="alert" key={message}>
          {message}
        </p>
      ))}
      {down.size > 0 && (
        <p className="notice warning no-print" role="status">
          {t("common.partial", { domains: [...down].map((domain) => domain.toLowerCase()).join(", ") })}
        </p>
      )}
      {data?.quarterlyReport && (
        <>
          <ReportDocument
            document={data.quarterlyReport}
            kind="quarterly"
            state={data.quarterlyReport.state}
            issuedOn={data.quarterlyReport.submittedOn ?? null}
          />
          {data.quarterlyReport.state === "SUBMITTED" && (
            // Said where the forms were: they go once the report is submitted (and with them their own notice).
            <p className="notice success no-print" role="status" data-submitted>
              {t("doc.submittedOnNotice", { date: formatDate(data.quarterlyReport.submittedOn) })}
            </p>
          )}
          {mayWrite && data.quarterlyReport.state === "DRAFT" && (
            <>
              <SectionsEditor
                period={period}
                revision={data.quarterlyReport.revision}
                sections={data.quarterlyReport.sections}
              />
              <SubmitReportForm period={period} revision={data.quarterlyReport.revision} />
            </>
          )}
        </>
      )}
      {data?.review && (
        <>
          <ReportDocument
            document={data.review}
            kind={data.review.kind === "ANNUAL" ? "annual" : "review"}
            state={data.review.reviewState}
            issuedOn={data.review.meetingDate ?? null}
            review={data.review}
          />
          {mayWrite && <RecordReviewForm review={data.review} />}
        </>
      )}
      {!document && !fetching && kind !== null && otherErrors(error).length === 0 && <p>{t("common.notFound")}</p>}
    </div>
  );
}
