import type { ReactNode } from "react";

import { useLocale } from "../i18n/locale";

/** Said where a domain's part of a page would be, when that domain did not answer. */
export function Unavailable({ domains }: { domains: Iterable<string> }) {
  const { t } = useLocale();
  const names = [...domains].map((domain) => domain.toLowerCase()).join(", ");
  return (
    <span className="unavailable" data-unavailable={names}>
      {t("common.unavailable", { domains: names })}
    </span>
  );
}

/** A section's heading, its loading state, and what went wrong, around what it shows. */
export function Section({
  title,
  id,
  loading,
  down,
  errors,
  children,
}: {
  title: string;
  id: string;
  loading?: boolean;
  down?: Set<string>;
  errors?: string[];
  children?: ReactNode;
}) {
  const { t } = useLocale();
  return (
    <section className="card" aria-labelledby={`${id}-title`} data-section={id}>
      <h2 id={`${id}-title`}>{title}</h2>
      {down && down.size > 0 && (
        <p className="notice warning" role="status">
          {t("common.partial", { domains: [...down].map((domain) => domain.toLowerCase()).join(", ") })}
        </p>
      )}
      {errors?.map((message) => (
        <p className="notice error" role="alert" key={message}>
          {message}
        </p>
      ))}
      {loading ? <p aria-busy="true">{t("common.loading")}</p> : children}
    </section>
  );
}

/** The answer to a write: the API's own message when refused. */
export function WriteOutcome({ ok, refused }: { ok?: string | null; refused?: string | null }) {
  const { t } = useLocale();
  if (refused) {
    return (
      <p className="notice error" role="alert" data-refusal>
        {t("common.refused", { message: refused })}
      </p>
    );
  }
  return ok ? (
    <p className="notice success" role="status">
      {ok}
    </p>
  ) : null;
}
