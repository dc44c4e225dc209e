/** What a signed-in caller may be. A token carries one or more. */
export const ROLES = ["committee", "standing-office", "editor", "viewer", "service"] as const;
export type Role = (typeof ROLES)[number];

/**
 * Who is calling, as their verified token says. `agency` is the agency code an editor or viewer
 * belongs to (null for the committee or a service).
 */
export interface Principal {
  subject: string;
  name: string;
  agency: string | null;
  roles: Role[];
}

export function hasRole(principal: Principal | null, ...roles: Role[]): boolean {
  return principal !== null && principal.roles.some((role) => roles.includes(role));
}

/** An editor of this agency: the only one who writes its progress and its figures. */
export function isEditorOf(principal: Principal | null, agency: string): boolean {
  return hasRole(principal, "editor") && principal!.agency === agency;
}

/** How a principal appears in records and messages: "Nguyễn Văn A (editor, LDTBXH)". */
export function describePrincipal(principal: Principal): string {
  return `${principal.name} (${principal.roles.join(", ")}${principal.agency ? `, ${principal.agency}` : ""})`;
}
