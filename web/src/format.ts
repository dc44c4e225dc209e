/**
 * Every number, date and period the app shows is formatted here: Vietnamese first (1.234,5 and
 * dd/mm/yyyy), English as a switch (1,234.5, dates still dd/mm/yyyy as the committee's papers
 * write them). Dates from the graph are Viet Nam dates ("2016-06-30") and are never shifted
 * through the browser's time zone.
 */
export type Locale = "vi" | "en";

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, digits: number): Intl.NumberFormat {
  const key = `${locale}:${digits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale === "vi" ? "vi-VN" : "en-GB", {
      minimumFractionDigits: 0,
      maximumFractionDigits: digits,
    });
    numberFormats.set(key, format);
  }
  return format;
}

/** 1234.5 → "1.234,5" (vi) or "1,234.5" (en); at most `digits` decimals; "–" for no value. */
export function formatNumber(value: number | null | undefined, locale: Locale, digits = 1): string {
  if (value === null || value === undefined || Number.isNaN(value)) return "–";
  return numberFormat(locale, digits).format(value);
}

/** A share 0–1 as a percentage: 0.857 → "85,7%". */
export function formatShare(share: number | null | undefined, locale: Locale): string {
  if (share === null || share === undefined) return "–";
  return `${formatNumber(share * 100, locale, 1)}%`;
}

/** "2016-06-30" → "30/06/2016". */
export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return "–";
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : isoDate;
}

/** A date typed as dd/mm/yyyy (or d/m/yyyy) → "yyyy-mm-dd"; null when it is no calendar date. */
export function parseDate(typed: string): string | null {
  const match = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(typed);
  if (!match) return null;
  const iso = `${match[3]}-${match[2].padStart(2, "0")}-${match[1].padStart(2, "0")}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : null;
}

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** An instant, in Viet Nam time: "2016-06-30T03:05:00Z" → "30/06/2016 10:05". */
export function formatDateTime(instant: string | null | undefined): string {
  if (!instant) return "–";
  const time = Date.parse(instant);
  if (Number.isNaN(time)) return instant;
  const local = new Date(time + VIETNAM_OFFSET_MS).toISOString();
  return `${formatDate(local.slice(0, 10))} ${local.slice(11, 16)}`;
}

/** Today in Hải Phòng (UTC+7), as the graph's dates are written. */
export function vietnamToday(now: Date = new Date()): string {
  return new Date(now.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** The parts of an administrative document's date line: "ngày 30 tháng 6 năm 2016". */
export function documentDate(isoDate: string, locale: Locale): string {
  const [year, month, day] = isoDate.split("-");
  if (locale === "en") return `${Number(day)} ${ENGLISH_MONTHS[Number(month) - 1]} ${year}`;
  // Nghị định 30/2020: a day below 10 and the months 1 and 2 take a leading zero; other months none.
  const shownMonth = Number(month) <= 2 ? month : String(Number(month));
  return `ngày ${day} tháng ${shownMonth} năm ${year}`;
}

const ENGLISH_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

const ROMAN = ["I", "II", "III", "IV"];

/** A reporting period as people say it: "2016-Q2" → "quý II năm 2016", "2016-H1" → "6 tháng đầu năm 2016". */
export function formatPeriod(period: string, locale: Locale): string {
  const match = /^(\d{4})(?:-(Q[1-4]|H[12]|\d{2}))?$/.exec(period);
  if (!match) return period;
  const [, year, part] = match;
  if (!part) return locale === "vi" ? `năm ${year}` : year;
  if (part.startsWith("Q")) {
    const quarter = Number(part.slice(1));
    return locale === "vi" ? `quý ${ROMAN[quarter - 1]} năm ${year}` : `Q${quarter} ${year}`;
  }
  if (part.startsWith("H")) {
    const first = part === "H1";
    if (locale === "vi") return `6 tháng ${first ? "đầu" : "cuối"} năm ${year}`;
    return `${first ? "first" : "second"} half of ${year}`;
  }
  return locale === "vi" ? `tháng ${Number(part)}/${year}` : `${ENGLISH_MONTHS[Number(part) - 1]} ${year}`;
}

/** What kind of committee document a period names: a quarterly report, or a six-monthly or annual review. */
export function documentKindOf(period: string): "quarterly" | "review" | null {
  if (/^\d{4}-Q[1-4]$/.test(period)) return "quarterly";
  if (/^\d{4}(-H[12])?$/.test(period)) return "review";
  return null;
}
