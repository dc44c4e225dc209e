import type { ProposedLeadInput } from "../../gql/graphql";

// What is typed in the proposal form's agency fields, as the API takes it.

/** "LDTBXH" or "LDTBXH: scope" per line → the leads in order; blank lines are skipped. */
export function parseLeads(text: string): ProposedLeadInput[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const colon = line.indexOf(":");
      if (colon < 0) return { agencyCode: line };
      return { agencyCode: line.slice(0, colon).trim(), scope: line.slice(colon + 1).trim() };
    });
}

/** "GDDT, KHDT" → ["GDDT", "KHDT"]. */
export const parseCodes = (text: string) =>
  text
    .split(/[,\s]+/)
    .map((code) => code.trim())
    .filter(Boolean);
