const NUMERAL_PATTERN = /^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;
const DIGIT_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

/** The value of a well-formed upper-case Roman numeral ("IV" → 4), or null for anything else. */
export function romanNumeralValue(text: string): number | null {
  if (text === "" || !NUMERAL_PATTERN.test(text)) {
    return null;
  }
  const values = [...text].map((digit) => DIGIT_VALUES[digit] ?? 0);
  // A digit smaller than the one after it is subtracted: IV = 5 - 1.
  return values.reduce((sum, value, i) => sum + (value < (values[i + 1] ?? 0) ? -value : value), 0);
}
