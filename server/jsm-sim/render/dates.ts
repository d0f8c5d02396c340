// Jira renders instants in the caller's time zone; the service account's profile says Europe/Berlin.
export const CALLER_TIME_ZONE = 'Europe/Berlin';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function offsetMinutes(ms: number, timeZone: string): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(new Date(ms))
    .find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

interface LocalParts {
  local: Date;
  offset: string;
}

function localParts(ms: number, timeZone: string): LocalParts {
  const minutes = offsetMinutes(ms, timeZone);
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return { local: new Date(ms + minutes * 60_000), offset: `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}` };
}

function dateTime(local: Date): string {
  return `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
}

/** Jira's platform format: `2024-03-01T10:22:00.000+0100`. */
export function jiraDateTime(ms: number, timeZone = CALLER_TIME_ZONE): string {
  const { local, offset } = localParts(ms, timeZone);
  return `${dateTime(local)}.${pad(local.getUTCMilliseconds(), 3)}${offset}`;
}

export interface DateDto {
  iso8601: string;
  jira: string;
  friendly: string;
  epochMillis: number;
}

export function dateDto(ms: number, timeZone = CALLER_TIME_ZONE): DateDto {
  const { local, offset } = localParts(ms, timeZone);
  const hours = local.getUTCHours();
  const friendly = `${pad(local.getUTCDate())}/${MONTHS[local.getUTCMonth()]}/${pad(local.getUTCFullYear() % 100)} ${hours % 12 === 0 ? 12 : hours % 12}:${pad(local.getUTCMinutes())} ${hours < 12 ? 'AM' : 'PM'}`;
  return { iso8601: `${dateTime(local)}${offset}`, jira: jiraDateTime(ms, timeZone), friendly, epochMillis: ms };
}
