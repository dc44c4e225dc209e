import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";

import { formatDate, formatNumber, type Locale } from "../format";
import { en, type MessageKey, vi } from "./messages";

interface LocaleContextValue {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  /** The label in the chosen language, with `{name}` filled from `values`. */
  t: (key: MessageKey, values?: Record<string, string | number>) => string;
  /** A number as this language writes it (1.234,5 or 1,234.5). */
  n: (value: number | null | undefined, digits?: number) => string;
  /** A date dd/mm/yyyy. */
  d: (isoDate: string | null | undefined) => string;
}

const LocaleContext = createContext<LocaleContextValue | null>(null);
const STORAGE_KEY = "hpig.locale";

export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => (localStorage.getItem(STORAGE_KEY) === "en" ? "en" : "vi"));
  const setLocale = useCallback((next: Locale) => {
    localStorage.setItem(STORAGE_KEY, next);
    setLocaleState(next);
  }, []);
  // The page's language follows the choice, also when it was kept from an earlier visit.
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const value = useMemo<LocaleContextValue>(() => {
    const messages = locale === "vi" ? vi : en;
    return {
      locale,
      setLocale,
      t: (key, values) =>
        messages[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
          values && name in values ? String(values[name]) : whole,
        ),
      n: (number, digits) => formatNumber(number, locale, digits),
      d: formatDate,
    };
  }, [locale, setLocale]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useLocale(): LocaleContextValue {
  const value = useContext(LocaleContext);
  if (!value) throw new Error("useLocale outside LocaleProvider");
  return value;
}
