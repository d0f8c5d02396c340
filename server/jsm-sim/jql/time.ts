import { JqlError } from './lexer.js';

const UNIT_MS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** Relative periods (`-5m`, `-2h`, `-1d`, `-1w`) and the absolute formats Jira lists, read as UTC. */
export function parseJqlDate(text: string, field: string, now: number): number {
  const relative = /^([+-]?)(\d+)([mhdw])$/.exec(text.trim());
  if (relative) {
    const amount = Number(relative[2]) * (UNIT_MS[relative[3] as string] ?? 0);
    return relative[1] === '-' ? now - amount : now + amount;
  }
  const absolute = /^(\d{4})[/-](\d{2})[/-](\d{2})(?: (\d{2}):(\d{2}))?$/.exec(text.trim());
  if (absolute) {
    const [, y, mo, d, h, mi] = absolute;
    const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0));
    if (!Number.isNaN(ms) && new Date(ms).getUTCDate() === Number(d)) return ms;
  }
  throw new JqlError(
    `Date value '${text}' for field '${field}' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.`,
  );
}
