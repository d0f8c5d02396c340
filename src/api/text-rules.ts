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

/** A date and time with its offset from UTC, as the portal and JSM write them. */
export interface DateTimeParts {
  day: string;
  hour: number;
  minute: number;
  /** Minutes east of UTC. */
  offset: number;
}

// ISO 8601 as the widget sends it (2026-12-08T14:30+01:00) and as Jira writes it (2026-12-08T14:30:00.000+0100).
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::[0-5]\d(?:\.\d{1,3})?)?(?:Z|([+-])([01]\d):?([0-5]\d))$/;

/** The parts of a date and time with an offset, or null for anything else (a day the calendar lacks, too). */
export function dateTimeParts(value: string): DateTimeParts | null {
  const match = DATE_TIME.exec(value);
  if (!match || !isDay(match[1]!)) return null;
  const offset = match[4] ? (match[4] === '-' ? -1 : 1) * (Number(match[5]) * 60 + Number(match[6])) : 0;
  return { day: match[1]!, hour: Number(match[2]), minute: Number(match[3]), offset };
}

/**
 * A number as number fields take it: decimal digits with a point. `Number` would also read "0x10" as 16 and "1e3" as
 * 1000, which nobody types into a number field.
 */
export const isDecimal = (value: string): boolean => /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(value);
