/**
 * How a reporting domain's names are formed, shared by the plan subgraph (which returns each
 * task as its domain's type) and the domain subgraphs (which declare that type).
 */

/** "LABOUR" → "Labour", the prefix of the domain's GraphQL types (LabourTask, LabourMutations). */
export function domainTypePrefix(domain: string): string {
  return domain.charAt(0) + domain.slice(1).toLowerCase();
}

/** "LABOUR" → "LabourTask", the concrete task type the domain owns. */
export function domainTaskTypeName(domain: string): string {
  return `${domainTypePrefix(domain)}Task`;
}

/** "LABOUR" → "labour": the domain's subgraph name and its root field namespace. */
export function domainFieldName(domain: string): string {
  return domain.toLowerCase();
}
