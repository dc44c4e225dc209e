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

const ROLE_PHRASES: Record<Role, (agency: string | null) => string> = {
  committee: () => "a member of the committee",
  "standing-office": () => "on the standing office",
  editor: (agency) => `an editor of ${agency ?? "no agency"}`,
  viewer: (agency) => `a viewer of ${agency ?? "no agency"}`,
  service: () => "a service",
};

/** How a refusal names its caller: "you are an editor of KHDT", "you are a viewer of LDTBXH and a service", "you are not signed in". */
export function callerPhrase(principal: Principal | null): string {
  if (!principal) return "you are not signed in";
  const phrases = principal.roles.map((role) => ROLE_PHRASES[role](principal.agency));
  return `you are ${phrases.length > 0 ? phrases.join(" and ") : "without a role"}`;
}

/** A list of codes as a refusal names them: "LDTBXH", "CT or BQLKKT", "LDTBXH, GDDT or KHDT". */
export function orList(codes: readonly string[]): string {
  if (codes.length <= 1) return codes[0] ?? "(none)";
  return `${codes.slice(0, -1).join(", ")} or ${codes.at(-1)}`;
}
