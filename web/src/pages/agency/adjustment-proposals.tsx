import { useMemo } from "react";
import { useQuery } from "urql";
import { Link } from "wouter";

import { mayDecideProposals } from "../../auth/rights";
import { useSession } from "../../auth/session-context";
import { Section } from "../../components/notices";
import { formatDate } from "../../format";
import { graphql } from "../../gql";
import type { AdjustmentProposalListQuery } from "../../gql/graphql";
import { otherErrors } from "../../graphql/errors";
import { useLocale } from "../../i18n/locale";
import { DecideProposalForm } from "./decide-proposal-form";

const AdjustmentProposalListQuery = graphql(`
  query AdjustmentProposalList($filter: AdjustmentProposalFilter!) {
    adjustmentProposals(filter: $filter) {
      id
      kind
      state
      taskCode
      groupCode
      changes {
        title
        startYear
        endYear
        coordinationNote
        leadAgencies {
          agencyCode
          scope
        }
        coordinatingAgencyCodes
      }
      reason
      proposedBy {
        name
      }
      decisionNumber
      decidedOn
      decisionNote
    }
  }
`);

type Proposal = AdjustmentProposalListQuery["adjustmentProposals"][number];

/** What a proposal asks for, one line per changed part. */
function ProposedChanges({ changes }: { changes: Proposal["changes"] }) {
  const { t } = useLocale();
  const lines: Array<[string, string]> = [];
  if (changes.title) lines.push([t("propose.titleChange"), changes.title]);
  if (changes.startYear || changes.endYear)
    lines.push([t("task.periodText"), `${changes.startYear ?? "…"}–${changes.endYear ?? "…"}`]);
  if (changes.leadAgencies)
    lines.push([
      t("common.lead"),
      changes.leadAgencies.map((lead) => lead.agencyCode + (lead.scope ? ` (${lead.scope})` : "")).join(", "),
    ]);
  if (changes.coordinatingAgencyCodes)
    lines.push([t("common.coordinating"), changes.coordinatingAgencyCodes.join(", ") || t("common.none")]);
  if (changes.coordinationNote) lines.push([t("task.note"), changes.coordinationNote]);
  return (
    <ul className="plain">
      {lines.map(([label, value]) => (
        <li key={label}>
          {label}: {value}
        </li>
      ))}
    </ul>
  );
}

/**
 * The adjustment proposals of an agency (its desk) or about a task (its page), and the decisions
 * on them; the standing office records the decision on a pending one here.
 */
export function AdjustmentProposals({ filter }: { filter: { agency: string } | { task: string } }) {
  const { t } = useLocale();
  const { claims } = useSession();
  // A new proposal must refresh the list even while it is empty (no AdjustmentProposal in the answer yet).
  const context = useMemo(() => ({ additionalTypenames: ["AdjustmentProposal"] }), []);
  const [{ data, fetching, error }] = useQuery({ query: AdjustmentProposalListQuery, variables: { filter }, context });
  const proposals = data?.adjustmentProposals ?? [];
  const mayDecide = mayDecideProposals(claims);
  return (
    <Section id="proposals" title={t("proposal.list")} loading={fetching && !data} errors={otherErrors(error)}>
      {proposals.length === 0 ? (
        <p>{t("common.none")}</p>
      ) : (
        <table data-table="proposals">
          <thead>
            <tr>
              <th scope="col">{t("proposal.number")}</th>
              <th scope="col">{t("common.task")}</th>
              <th scope="col">{t("proposal.changes")}</th>
              <th scope="col">{t("propose.reason")}</th>
              <th scope="col">{t("proposal.state")}</th>
            </tr>
          </thead>
          <tbody>
            {proposals.map((proposal) => (
              <tr key={proposal.id} data-proposal={proposal.id}>
                <th scope="row">{proposal.id}</th>
                <td>
                  {proposal.taskCode ? (
                    <Link href={`/tasks/${proposal.taskCode}`}>{proposal.taskCode}</Link>
                  ) : (
                    t("proposal.newIn", { group: proposal.groupCode })
                  )}
                </td>
                <td>
                  <ProposedChanges changes={proposal.changes} />
                </td>
                <td>
                  {proposal.reason} <span className="meta">({proposal.proposedBy.name})</span>
                </td>
                <td>
                  <span className="badge" data-state={proposal.state}>
                    {t(`proposal.${proposal.state}`)}
                  </span>
                  {proposal.decisionNumber && (
                    <span className="meta" data-decision>
                      {" "}
                      {proposal.decisionNumber}, {formatDate(proposal.decidedOn)}
                      {proposal.decisionNote ? `: ${proposal.decisionNote}` : ""}
                    </span>
                  )}
                  {mayDecide && proposal.state === "PENDING" && <DecideProposalForm proposalId={proposal.id} />}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}
