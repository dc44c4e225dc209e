import { useEffect, useState } from "react";

import { formatDate, parseDate } from "../format";

/**
 * A date typed and shown as dd/mm/yyyy whatever the browser's language. `onChange` gets
 * "yyyy-mm-dd", or null and the text as typed while it is no date (a form may send that on, for
 * the API to refuse in its own words).
 */
export function DateInput({
  id,
  value,
  onChange,
}: {
  id: string;
  value: string;
  onChange: (iso: string | null, typed: string) => void;
}) {
  const [text, setText] = useState(value ? formatDate(value) : "");
  useEffect(() => {
    if (value && value !== parseDate(text)) setText(formatDate(value));
    // Only a new value from outside rewrites what was typed.
  }, [value]);
  return (
    <input
      id={id}
      inputMode="numeric"
      placeholder="dd/mm/yyyy"
      size={10}
      value={text}
      aria-invalid={text !== "" && parseDate(text) === null}
      onChange={(event) => {
        setText(event.target.value);
        onChange(parseDate(event.target.value), event.target.value);
      }}
    />
  );
}
