import type { DirectiveStatus, TaskStatus, VerdictOutcome } from "../gql/graphql";
import { useLocale } from "../i18n/locale";

/** The colours of the statuses, shared by badges and charts (each also named in words). */
export const STATUS_COLOURS: Record<TaskStatus, string> = {
  COMPLETED_ON_TIME: "#1b7f3b",
  COMPLETED_LATE: "#7fae3c",
  IN_PROGRESS: "#1f5fa8",
  OVERDUE: "#b3261e",
  NOT_STARTED: "#8a8f98",
  NOT_REPORTED: "#c77700",
};

export const TASK_STATUSES = Object.keys(STATUS_COLOURS) as TaskStatus[];

export function TaskStatusBadge({ status }: { status: TaskStatus | null | undefined }) {
  const { t } = useLocale();
  if (!status) return <span className="badge">–</span>;
  return (
    <span className={`badge status-${status}`} data-status={status}>
      {t(`status.${status}`)}
    </span>
  );
}

export function VerdictBadge({ outcome }: { outcome: VerdictOutcome }) {
  const { t } = useLocale();
  return (
    <span className={`badge verdict-${outcome}`} data-outcome={outcome}>
      {t(`verdict.${outcome}`)}
    </span>
  );
}

export function DirectiveStatusBadge({ status }: { status: DirectiveStatus }) {
  const { t } = useLocale();
  return <span className={`badge directive-${status}`}>{t(`directive.${status}`)}</span>;
}
