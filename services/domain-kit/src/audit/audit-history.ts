/** What a domain's audit entries are about, for history queries (`historyKey` in the kit). */
export const AuditSubjectType = { Task: "Task", Indicator: "Indicator" } as const;
