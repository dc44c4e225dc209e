/**
 * The audit trail keeps a record's before and after as JSON in TEXT columns, which hold 65 535
 * bytes on MySQL/MariaDB. A record that would not fit (a report with three 10 000-character texts
 * in Vietnamese, a submission of thousands of figures) must not make the write itself fail, so
 * what is kept is cut to fit: the longest texts are shortened, and a list of figures keeps its
 * first ones and says how many were left out. The records themselves are stored whole.
 */
export const AUDIT_PAYLOAD_BYTES = 60_000;

const bytesOf = (value: unknown) => Buffer.byteLength(JSON.stringify(value) ?? "", "utf8");

/** A plain copy of a record whose longest strings are shortened until its JSON fits in `limit` bytes. */
export function fitRecord<T extends object>(record: T, limit: number = AUDIT_PAYLOAD_BYTES): T {
  const copy = { ...record } as Record<string, unknown>;
  let size = bytesOf(copy);
  while (size > limit) {
    const [longest] = Object.entries(copy)
      .filter((entry): entry is [string, string] => typeof entry[1] === "string")
      .sort((a, b) => b[1].length - a[1].length);
    if (!longest || longest[1].length <= 200) break;
    const [key, text] = longest;
    const excess = size - limit;
    // Characters are up to 3 bytes (JSON escapes aside): cut at least the excess, at least half.
    const keep = Math.max(100, Math.min(Math.floor(text.length / 2), text.length - excess));
    copy[key] = `${text.slice(0, keep)}… [${text.length - keep} characters not kept in the audit trail]`;
    size = bytesOf(copy);
  }
  return copy as T;
}

/** A list of figures as the audit trail keeps it: all of them, or the first that fit and how many were left out. */
export interface AuditedFigures<T> {
  figures: T[];
  omitted?: number;
}

export function fitFigures<T>(figures: T[], limit: number = AUDIT_PAYLOAD_BYTES): AuditedFigures<T> {
  const whole = { figures };
  if (bytesOf(whole) <= limit) return whole;
  let size = bytesOf({ figures: [], omitted: figures.length });
  let kept = 0;
  for (const figure of figures) {
    const next = size + bytesOf(figure) + 1;
    if (next > limit) break;
    size = next;
    kept += 1;
  }
  return { figures: figures.slice(0, kept), omitted: figures.length - kept };
}
