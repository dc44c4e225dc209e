import { callerPhrase, ForbiddenError, hasRole, orList, type Principal } from "@hpig/kit";

/**
 * Who may write what in a domain subgraph. Reading is open to every signed-in role; writing is
 * for an editor of an agency, and only about what that agency answers for: the progress and
 * implementation plans of the tasks it leads, the figures of the indicators it reports, and
 * comments on the tasks it leads or coordinates. The committee, the standing office, viewers and
 * services write nothing here. These checks run in the services, where the writes are, so
 * GraphQL and the spreadsheet routes are held to the same rules.
 */

/** The task facts the rights depend on (the domain's copy of the registry). */
export interface TaskAgencies {
  code: string;
  leadAgencies: string[];
  coordinatingAgencies: string[];
}

/** The editor's agency, or null when the caller is not an editor (of any agency). */
function editorAgency(principal: Principal | null): string | null {
  return hasRole(principal, "editor") && principal!.agency ? principal!.agency : null;
}

/**
 * The lead agency a progress report or implementation plan is recorded for, when the caller may
 * write it: an editor of that lead. A named `reportingAgency` must be the editor's own; left out,
 * it is the editor's agency when that agency leads the task (so BQLKKT's editor reports III.2
 * without naming itself). `what` completes "Only an editor of LDTBXH may …", e.g. "report task V.1".
 * Whether a named agency leads the task at all is checked before (NOT_A_LEAD_AGENCY).
 */
export function leadAgencyFor(
  principal: Principal | null,
  task: TaskAgencies,
  requested: string | null | undefined,
  what: string,
): string {
  const agency = editorAgency(principal);
  if (requested) {
    if (agency === requested) return requested;
    const forWhom = task.leadAgencies.length > 1 ? ` for ${requested}` : "";
    throw new ForbiddenError(`Only an editor of ${requested} may ${what}${forWhom}; ${callerPhrase(principal)}.`, {
      needs: { role: "editor", agencies: [requested] },
    });
  }
  if (agency && task.leadAgencies.includes(agency)) return agency;
  throw new ForbiddenError(`Only an editor of ${orList(task.leadAgencies)} may ${what}; ${callerPhrase(principal)}.`, {
    needs: { role: "editor", agencies: task.leadAgencies },
  });
}

/** The agency a comment on the task is made for: the editor's, when it leads or coordinates the task. */
export function commentingAgencyFor(principal: Principal | null, task: TaskAgencies): string {
  const agencies = [...new Set([...task.leadAgencies, ...task.coordinatingAgencies])];
  const agency = editorAgency(principal);
  if (agency && agencies.includes(agency)) return agency;
  throw new ForbiddenError(
    `Only an editor of an agency that leads or coordinates task ${task.code} (${orList(agencies)}) may comment on it; ${callerPhrase(principal)}.`,
    { needs: { role: "editor", agencies } },
  );
}

/**
 * Figures may be submitted only by an editor of the unit that reports their indicators (the
 * domain's copy of the plan's catalogue says which: `reporterOf`). The whole submission is
 * refused, listing every foreign indicator; indicators this domain does not define are left to
 * the figure rules (UNKNOWN_INDICATOR). Returns the editor's agency.
 */
export function checkFigureRights(
  principal: Principal | null,
  indicatorCodes: Iterable<string>,
  reporterOf: (code: string) => string | undefined,
): string {
  const agency = editorAgency(principal);
  const foreign = [...new Set(indicatorCodes)]
    .sort()
    .map((code) => ({ indicator: code, reportedBy: reporterOf(code) ?? null }))
    .filter((entry) => agency === null || entry.reportedBy !== agency);
  if (agency !== null && foreign.length === 0) return agency;
  const units = [...new Set(foreign.map((entry) => entry.reportedBy).filter((unit): unit is string => unit !== null))];
  const needed =
    units.length === 1 && foreign.every((entry) => entry.reportedBy === units[0])
      ? `Only an editor of ${units[0]} may submit figures of ${foreign.map((entry) => entry.indicator).join(", ")}`
      : foreign.length > 0
        ? `Only an editor of the unit that reports an indicator may submit its figures: ${foreign
            .map((entry) => `${entry.indicator} (${entry.reportedBy ?? "no unit in the catalogue"})`)
            .join(", ")}`
        : "Only an editor of the unit that reports an indicator may submit its figures";
  throw new ForbiddenError(`${needed}; ${callerPhrase(principal)}. Nothing was recorded.`, {
    needs: { role: "editor", agencies: units },
    indicators: foreign,
  });
}

/**
 * Who a record names as its reporter: the signed-in caller, as their token names them (inputs
 * carry no reporter, so nobody writes in another's name).
 */
export function reporterOf(principal: Principal | null): string {
  if (!principal) throw new Error("a write needs a signed-in caller");
  return principal.name.slice(0, 255);
}
