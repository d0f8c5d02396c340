// Rules the portal checks texts by, shared with the widget so that the form says the same before sending.

/** Characters as the portal counts them: code points, so an emoji is one character as the user sees it, not two UTF-16 units. */
export function charCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xd800 || code > 0xdbff) count++;
  }
  return count;
}

const EMAIL = /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:]{2,}$/;

export function isEmail(value: string): boolean {
  return value.length <= 254 && EMAIL.test(value);
}

/** A day as date fields take it (`YYYY-MM-DD`, as JSM's date fields do, FACTS §3), and one the calendar has. */
export function isDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value);
}

/**
 * A number as number fields take it: decimal digits with a point. `Number` would also read "0x10" as 16 and "1e3" as
 * 1000, which nobody types into a number field.
 */
export const isDecimal = (value: string): boolean => /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(value);
