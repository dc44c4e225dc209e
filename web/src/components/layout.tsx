import type { ReactNode } from "react";
import { Link } from "wouter";

import { mainRole } from "../auth/rights";
import { useSession } from "../auth/session-context";
import { vietnamToday } from "../format";
import { usePlanYears } from "../graphql/plan-years";
import { useLocale } from "../i18n/locale";

/** The quarter a "reports" link opens: today's, or the plan's last one once the plan has ended. */
export function latestQuarter(today: string, horizonYear: number | undefined): string {
  const year = Number(today.slice(0, 4));
  const quarter = Math.ceil(Number(today.slice(5, 7)) / 3);
  return horizonYear !== undefined && year > horizonYear ? `${horizonYear}-Q4` : `${year}-Q${quarter}`;
}

function UserBadge() {
  const { claims, signOut } = useSession();
  const { t } = useLocale();
  if (!claims) return null;
  const role = mainRole(claims);
  return (
    <div className="user" data-user>
      <span>
        <span className="sr-only">{t("session.you")}: </span>
        <strong data-user-name>{claims.name || claims.subject}</strong>
      </span>
      {role && (
        <span data-user-role>
          {t("session.role")}: {t(`role.${role}`)}
        </span>
      )}
      {claims.agency && (
        <span data-user-agency>
          {t("session.agency")}: {claims.agency}
        </span>
      )}
      <button type="button" className="link-button" onClick={() => signOut()}>
        {t("session.signOut")}
      </button>
    </div>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const { t, locale, setLocale } = useLocale();
  const { claims } = useSession();
  const planYears = usePlanYears();
  return (
    <>
      <a className="skip-link" href="#main">
        {t("app.skip")}
      </a>
      <header className="app-header no-print">
        <div className="brand">
          <Link href="/">
            <span className="brand-title">{t("app.title")}</span>
          </Link>
          <span className="brand-subtitle">{t("app.subtitle")}</span>
        </div>
        <nav aria-label={t("nav.main")}>
          <Link href="/">{t("nav.overview")}</Link>
          <Link href={`/reports/${latestQuarter(vietnamToday(), planYears?.horizonYear)}`}>{t("nav.reports")}</Link>
          {claims?.agency && <Link href={`/agencies/${claims.agency}`}>{t("nav.myDesk")}</Link>}
        </nav>
        <div className="header-tools">
          <UserBadge />
          <button
            type="button"
            className="link-button"
            lang={locale === "vi" ? "en" : "vi"}
            onClick={() => setLocale(locale === "vi" ? "en" : "vi")}
          >
            {t("lang.switch")}
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
